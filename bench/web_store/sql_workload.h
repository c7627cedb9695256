// The same SQL in wasm and natively, to print what SQLite costs in the browser on this
// machine (sqlite.org's speedtest1 in miniature): `rows` inserts through one prepared
// statement in one transaction, an index built, rows/2 lookups by the indexed column,
// `rows` updates by key in one transaction, on an in-memory database. Built into the
// browser storage benchmark and into bench_sql (bench/native).
#pragma once

namespace huicai::bench {

struct SqlTimes {
    double insert = 0, index = 0, select = 0, update = 0; // ms
    double total() const { return insert + index + select + update; }
};

// `nowMs` is the platform's clock (milliseconds); a negative insert time means a
// statement failed.
SqlTimes runSqlWorkload(int rows, double (*nowMs)());

} // namespace huicai::bench
