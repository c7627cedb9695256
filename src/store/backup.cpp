// Implements backups with sqlite3_backup_* and the backup_file table.
#include "store/backup.h"

#include "store/statement.h"

#include <sqlite3.h>

#include <filesystem>

namespace huicai::store {

namespace {

Error sqliteFailure(sqlite3* db, const std::string& what) {
    return makeError("error.store.sqlite", what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

// Copies every page of `src` into `dst` in one step (a read transaction on src: one
// committed state).
Status copyPages(sqlite3* src, sqlite3* dst, const std::string& what) {
    sqlite3_backup* b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b) return sqliteFailure(dst, what);
    const int rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) return makeError("error.store.sqlite", what + ": " + sqlite3_errstr(rc));
    return Ok{};
}

struct Handle {
    sqlite3* db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
};

Status openRaw(Handle& h, const std::string& path, int flags) {
    if (sqlite3_open_v2(path.c_str(), &h.db, flags, nullptr) != SQLITE_OK) return sqliteFailure(h.db, "open " + path);
    sqlite3_busy_timeout(h.db, 10000);
    return Ok{};
}

constexpr const char* kBundleTable =
    "CREATE TABLE IF NOT EXISTS backup_file (sha256 TEXT PRIMARY KEY NOT NULL, bytes BLOB NOT NULL) STRICT";

// Copies the database file `from` into `to` (one committed state) and runs `after`
// on the copy.
Status copyDatabase(const std::string& from, const std::string& to, const char* after, const std::string& what) {
    Handle src, dst;
    if (auto s = openRaw(src, from, SQLITE_OPEN_READONLY); !s) return s;
    if (auto s = openRaw(dst, to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !s) return s;
    if (auto s = copyPages(src.db, dst.db, what + " of " + from); !s) return s;
    if (sqlite3_exec(dst.db, after, nullptr, nullptr, nullptr) != SQLITE_OK) return sqliteFailure(dst.db, what + " of " + to);
    return Ok{};
}

} // namespace

Status snapshotDatabase(const std::string& from, const std::string& to) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(from, ec)) return makeError("error.backup.no_database", from);
    if (std::filesystem::exists(to, ec)) return makeError("error.backup.exists", to);
    // The copy is a standalone file: no write-ahead log beside it.
    return copyDatabase(from, to, "PRAGMA journal_mode=DELETE", "backup");
}

Status bundleFiles(const std::string& path, const std::vector<std::string>& hashes,
                   const std::function<Result<std::string>(const std::string& sha256)>& read) {
    Handle h;
    if (auto s = openRaw(h, path, SQLITE_OPEN_READWRITE); !s) return s;
    if (sqlite3_exec(h.db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_exec(h.db, kBundleTable, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteFailure(h.db, "bundle table");
    for (const auto& sha : hashes) {
        auto bytes = read(sha);
        if (!bytes) return bytes.error(); // the handle's close rolls back
        Statement st(h.db, "INSERT OR REPLACE INTO backup_file (sha256, bytes) VALUES (?, ?)");
        st.bind(1, sha).bindBlob(2, *bytes);
        if (auto s = st.run("bundle file"); !s) return s;
    }
    if (sqlite3_exec(h.db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return sqliteFailure(h.db, "commit bundle");
    return Ok{};
}

Status forEachBundledFile(const std::string& path,
                          const std::function<Status(const std::string& sha256, const std::string& bytes)>& visit) {
    Handle h;
    if (auto s = openRaw(h, path, SQLITE_OPEN_READONLY); !s) return s;
    {
        Statement has(h.db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'backup_file'");
        if (!has.step()) return has.failed() ? has.error("backup file table") : Status(Ok{});
    }
    Statement st(h.db, "SELECT sha256, bytes FROM backup_file ORDER BY sha256");
    while (st.step())
        if (auto s = visit(st.text(0), st.blob(1)); !s) return s;
    if (st.failed()) return st.error("bundled files");
    return Ok{};
}

Status unbundledCopy(const std::string& from, const std::string& to) {
    std::error_code ec;
    std::filesystem::remove(to, ec);
    return copyDatabase(from, to, "DROP TABLE IF EXISTS backup_file; VACUUM", "unbundled copy");
}

} // namespace huicai::store
