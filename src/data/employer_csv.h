// Employers from a CSV file: checks every row of a file of employers (one per row,
// to be registered with RegisterEmployer) before anything is registered, so the
// administrator sees every fault with its line number and the good rows at once.
//
// File format: UTF-8 text, with or without a byte order mark, lines ending in CRLF
// or LF, cells quoted as RFC 4180 says ("a ""quoted"", name" holds a comma and a
// quote). The first line is the header: the columns `name` and `region` and an
// optional `id`, in any order, also named in Chinese (单位名称, 区划代码, 单位编号).
// Blank lines are skipped; cells are trimmed of surrounding spaces and tabs.
//   name,region,id
//   济南某研究院,370102,E1
//   "青岛某公司,分公司",370202,
//
// Each row's RegisterEmployer is dry-run through apply() on a copy of the state (as
// the system administrator; a row without an id gets a placeholder id unique within
// the check), one row after the other, so a reject carries the core's own key
// (error.region.unknown, error.name.characters, error.record.exists for an id
// taken, error.command.field for an empty name or region). A name already used by
// an employer of the same region, in the state or on an earlier row, is
// error.import.duplicate (detail the name). Faults of the file itself:
// error.import.header (row 1, detail the header line) when a column is missing,
// unknown or repeated; error.import.cells (detail "<found>/<expected>") for a row
// with the wrong number of cells; error.import.quote for a quote left open;
// error.import.encoding for a row (or header) that is not UTF-8; error.import.empty
// (row 1) for a file with no header or no row. A bad header stops the check there.
#pragma once
#include "core/apply.h"
#include "core/command.h"
#include "core/result.h"

#include <string_view>
#include <vector>

namespace huicai {

struct EmployerCsvRow {
    int line = 0;             // the 1-based line of the file the row starts on
    RegisterEmployer command; // command.id is empty when the row gave none (the server assigns one)
};

struct EmployerCsvReject {
    int row = 0; // the 1-based line of the file the row starts on; the header is line 1
    Error error;
};

struct EmployerCsv {
    std::vector<EmployerCsvRow> rows;       // the rows that would register, in file order
    std::vector<EmployerCsvReject> rejects; // in file order
};

EmployerCsv checkEmployerCsv(std::string_view text, const State& state, const Context& ctx);

} // namespace huicai
