// Implements the employer CSV check: an RFC 4180 reader that keeps each record's
// first line and bytes, the header's columns, and the dry run through apply().
#include "data/employer_csv.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace huicai {

namespace {

struct Record {
    int line = 0;         // the line it starts on
    std::string_view raw; // its bytes, for the encoding check
    std::vector<std::string> cells;
    bool openQuote = false; // a quoted cell ran to the end of the file
};

// Splits `text` into records. Line ends are LF, CRLF or a lone CR; inside quotes
// they belong to the cell.
std::vector<Record> readRecords(std::string_view text) {
    std::vector<Record> out;
    std::size_t i = 0;
    int line = 1;
    const auto atLineEnd = [&](std::size_t k) { return text[k] == '\n' || text[k] == '\r'; };
    const auto skipLineEnd = [&](std::size_t& k) {
        if (text[k] == '\r' && k + 1 < text.size() && text[k + 1] == '\n') ++k;
        ++k;
        ++line;
    };
    while (i < text.size()) {
        Record r;
        r.line = line;
        const std::size_t start = i;
        std::string cell;
        bool quoted = false;      // inside quotes now
        bool cellStarted = false; // a non-blank character or a quote was seen in this cell
        for (;;) {
            if (i >= text.size()) {
                r.openQuote = quoted;
                r.cells.push_back(std::move(cell));
                break;
            }
            const char c = text[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                    } else {
                        quoted = false;
                        ++i;
                    }
                } else if (atLineEnd(i)) {
                    const std::size_t from = i;
                    skipLineEnd(i);
                    cell.append(text.substr(from, i - from));
                } else {
                    cell += c;
                    ++i;
                }
                continue;
            }
            if (c == ',') {
                r.cells.push_back(std::move(cell));
                cell.clear();
                cellStarted = false;
                ++i;
            } else if (atLineEnd(i)) {
                r.cells.push_back(std::move(cell));
                r.raw = text.substr(start, i - start);
                skipLineEnd(i);
                break;
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
                cell.clear(); // spaces before the opening quote are not part of the cell
                ++i;
            } else {
                if (c != ' ' && c != '\t') cellStarted = true;
                cell += c;
                ++i;
            }
        }
        if (r.raw.empty()) r.raw = text.substr(start, i - start);
        out.push_back(std::move(r));
    }
    return out;
}

bool validUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        int n = 0;
        std::uint32_t cp = 0;
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            n = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            n = 2;
            cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            n = 3;
            cp = b & 0x07;
        } else return false;
        for (int k = 1; k <= n; ++k) {
            if (i + static_cast<std::size_t>(k) >= s.size()) return false;
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += static_cast<std::size_t>(n) + 1;
    }
    return true;
}

std::string trim(std::string_view s) {
    std::size_t a = 0, b = s.size();
    while (a < b && (s[a] == ' ' || s[a] == '\t')) ++a;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) --b;
    return std::string(s.substr(a, b - a));
}

bool blank(const Record& r) { return !r.openQuote && r.cells.size() == 1 && trim(r.cells[0]).empty(); }

enum class Column {
    Name,
    Region,
    Id
};

std::optional<Column> columnOf(std::string name) {
    for (char& c : name)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (name == "name" || name == "单位名称") return Column::Name;
    if (name == "region" || name == "区划代码") return Column::Region;
    if (name == "id" || name == "单位编号") return Column::Id;
    return std::nullopt;
}

// The header's column positions; nullopt when a column is unknown, repeated or missing.
std::optional<std::map<Column, std::size_t>> readHeader(const Record& r) {
    std::map<Column, std::size_t> at;
    for (std::size_t i = 0; i < r.cells.size(); ++i) {
        auto c = columnOf(trim(r.cells[i]));
        if (!c || !at.emplace(*c, i).second) return std::nullopt;
    }
    if (!at.count(Column::Name) || !at.count(Column::Region)) return std::nullopt;
    return at;
}

std::string uniqueAmong(std::string base, const auto& taken) {
    std::string s = base;
    for (int n = 2; taken.count(s); ++n) s = base + "-" + std::to_string(n);
    return s;
}

} // namespace

EmployerCsv checkEmployerCsv(std::string_view text, const State& state, const Context& ctx) {
    EmployerCsv out;
    const auto reject = [&](int row, std::string key, std::string detail) {
        out.rejects.push_back({row, makeError(std::move(key), std::move(detail))});
    };
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<Record> records = readRecords(text);
    std::size_t first = 0;
    while (first < records.size() && blank(records[first])) ++first;
    if (first == records.size()) {
        reject(1, "error.import.empty", "");
        return out;
    }
    const Record& head = records[first];
    if (!validUtf8(head.raw)) {
        reject(head.line, "error.import.encoding", "");
        return out;
    }
    const auto columns = readHeader(head);
    if (!columns) {
        reject(head.line, "error.import.header", std::string(head.raw));
        return out;
    }

    // Ids given in the file, so a placeholder never takes one of them.
    State dry = state;
    std::set<std::string, std::less<>> taken;
    for (const auto& [id, e] : state.employers) taken.insert(id);
    const auto idAt = columns->find(Column::Id);
    for (std::size_t k = first + 1; k < records.size(); ++k)
        if (idAt != columns->end() && idAt->second < records[k].cells.size())
            taken.insert(trim(records[k].cells[idAt->second]));

    std::set<std::pair<std::string, std::string>> names; // (region, name)
    for (const auto& [id, e] : state.employers) names.emplace(e.region, e.name);

    const Actor admin{"employer-csv-check", Role::SystemAdmin, ""};
    bool any = false;
    for (std::size_t k = first + 1; k < records.size(); ++k) {
        const Record& r = records[k];
        if (blank(r)) continue;
        any = true;
        if (!validUtf8(r.raw)) {
            reject(r.line, "error.import.encoding", "");
            continue;
        }
        if (r.openQuote) {
            reject(r.line, "error.import.quote", "");
            continue;
        }
        if (r.cells.size() != head.cells.size()) {
            reject(r.line, "error.import.cells", std::to_string(r.cells.size()) + "/" + std::to_string(head.cells.size()));
            continue;
        }
        RegisterEmployer cmd;
        cmd.name = trim(r.cells[columns->at(Column::Name)]);
        cmd.region = trim(r.cells[columns->at(Column::Region)]);
        if (idAt != columns->end()) cmd.id = trim(r.cells[idAt->second]);
        if (!cmd.name.empty() && names.count({cmd.region, cmd.name})) {
            reject(r.line, "error.import.duplicate", cmd.name);
            continue;
        }
        RegisterEmployer trial = cmd;
        if (trial.id.empty()) {
            trial.id = uniqueAmong("import-row-" + std::to_string(r.line), taken);
            taken.insert(trial.id);
        }
        const std::string commandId = uniqueAmong("employer-csv-" + std::to_string(r.line), dry.commandIds);
        auto applied = apply(dry, Command{commandId, admin, trial}, ctx);
        if (!applied) {
            out.rejects.push_back({r.line, applied.error()});
            continue;
        }
        names.emplace(cmd.region, cmd.name);
        out.rows.push_back({r.line, std::move(cmd)});
    }
    if (!any) reject(1, "error.import.empty", "");
    return out;
}

} // namespace huicai
