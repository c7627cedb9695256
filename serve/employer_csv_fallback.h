// A minimal stand-in for data/employer_csv.h, used only by a build whose source tree
// lacks that header: the same declarations, with a plain reading of the format
// (header name,region[,id] in any order; RFC 4180 quotes; each row dry-run through
// apply() as the system administrator). The real checker replaces it.
#pragma once
#include "core/apply.h"
#include "core/command.h"
#include "core/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace huicai {

struct EmployerCsvRow {
    int line = 0;
    RegisterEmployer command;
};

struct EmployerCsvReject {
    int row = 0;
    Error error;
};

struct EmployerCsv {
    std::vector<EmployerCsvRow> rows;
    std::vector<EmployerCsvReject> rejects;
};

inline EmployerCsv checkEmployerCsv(std::string_view text, const State& state, const Context& ctx) {
    EmployerCsv out;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    // Rows of cells with their first line.
    std::vector<std::pair<int, std::vector<std::string>>> rows;
    std::vector<std::string> cells(1);
    bool quoted = false;
    int line = 1, rowLine = 1;
    bool any = false;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : '\n';
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { cells.back() += '"'; ++i; }
            else if (c == '"') quoted = false;
            else { if (c == '\n') ++line; cells.back() += c; }
            continue;
        }
        if (c == '"') { quoted = true; any = true; }
        else if (c == ',') { cells.emplace_back(); any = true; }
        else if (c == '\r') {}
        else if (c == '\n') {
            if (any || !cells.back().empty()) rows.emplace_back(rowLine, cells);
            cells.assign(1, std::string());
            any = false;
            rowLine = ++line;
        } else { cells.back() += c; any = true; }
    }
    if (rows.size() < 2) {
        out.rejects.push_back({1, makeError("error.import.empty", "")});
        return out;
    }
    int name = -1, region = -1, id = -1;
    const auto& header = rows[0].second;
    for (std::size_t k = 0; k < header.size(); ++k) {
        int* col = header[k] == "name" ? &name : header[k] == "region" ? &region : header[k] == "id" ? &id : nullptr;
        if (!col || *col >= 0) {
            out.rejects.push_back({1, makeError("error.import.header", header[k])});
            return out;
        }
        *col = static_cast<int>(k);
    }
    if (name < 0 || region < 0) {
        out.rejects.push_back({1, makeError("error.import.header", "name,region")});
        return out;
    }
    State dry = state;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& [at, row] = rows[r];
        if (row.size() != header.size()) {
            out.rejects.push_back({at, makeError("error.import.cells", std::to_string(row.size()) + "/" + std::to_string(header.size()))});
            continue;
        }
        RegisterEmployer command{id >= 0 ? row[static_cast<std::size_t>(id)] : std::string(), row[static_cast<std::size_t>(name)],
                                 row[static_cast<std::size_t>(region)]};
        RegisterEmployer trial = command;
        if (trial.id.empty()) trial.id = "csv-row-" + std::to_string(at);
        auto applied = apply(dry, Command{"csv-" + std::to_string(at), Actor{"csv", Role::SystemAdmin, ""}, trial}, ctx);
        if (!applied) out.rejects.push_back({at, applied.error()});
        else out.rows.push_back({at, command});
    }
    return out;
}

} // namespace huicai
