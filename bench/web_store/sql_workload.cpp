// Implements the SQL workload on SQLite's C interface.
#include "sql_workload.h"

#include <sqlite3.h>

#include <cstdio>
#include <string>

namespace huicai::bench {

namespace {

// A row's indexed text: spread over the keys so that lookups land everywhere.
std::string keyOf(int i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "k%08d", (i * 7919) % 1000003);
    return buf;
}

bool exec(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

} // namespace

SqlTimes runSqlWorkload(int rows, double (*nowMs)()) {
    SqlTimes t;
    sqlite3* db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
        t.insert = -1;
        return t;
    }
    const std::string body(100, 'x');
    bool ok = exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, k TEXT NOT NULL, v INTEGER NOT NULL, body TEXT NOT NULL)");
    sqlite3_stmt* st = nullptr;

    double t0 = nowMs();
    ok = ok && exec(db, "BEGIN") && sqlite3_prepare_v2(db, "INSERT INTO t(id,k,v,body) VALUES(?1,?2,?3,?4)", -1, &st, nullptr) == SQLITE_OK;
    for (int i = 0; ok && i < rows; ++i) {
        const std::string k = keyOf(i);
        sqlite3_bind_int(st, 1, i + 1);
        sqlite3_bind_text(st, 2, k.c_str(), static_cast<int>(k.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 3, i);
        sqlite3_bind_text(st, 4, body.c_str(), static_cast<int>(body.size()), SQLITE_STATIC);
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    ok = ok && exec(db, "COMMIT");
    t.insert = nowMs() - t0;

    t0 = nowMs();
    ok = ok && exec(db, "CREATE INDEX t_k ON t(k)");
    t.index = nowMs() - t0;

    t0 = nowMs();
    long long found = 0;
    ok = ok && sqlite3_prepare_v2(db, "SELECT v FROM t WHERE k=?1", -1, &st, nullptr) == SQLITE_OK;
    for (int i = 0; ok && i < rows / 2; ++i) {
        const std::string k = keyOf(i * 2);
        sqlite3_bind_text(st, 1, k.c_str(), static_cast<int>(k.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW) found += sqlite3_column_int(st, 0) >= 0;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    t.select = nowMs() - t0;
    ok = ok && found >= rows / 2;

    t0 = nowMs();
    ok = ok && exec(db, "BEGIN") && sqlite3_prepare_v2(db, "UPDATE t SET v=v+1 WHERE id=?1", -1, &st, nullptr) == SQLITE_OK;
    for (int i = 0; ok && i < rows; ++i) {
        sqlite3_bind_int(st, 1, i + 1);
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    ok = ok && exec(db, "COMMIT");
    t.update = nowMs() - t0;

    sqlite3_close(db);
    if (!ok) t.insert = -1;
    return t;
}

} // namespace huicai::bench
