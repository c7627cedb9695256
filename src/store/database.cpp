// Implements Database: open, migrate, integrity check and the settings table.
#include "store/database.h"

#include "store/migrations.h"

#include <sqlite3.h>

#include <cassert>

namespace huicai::store {

namespace {

Error sqliteError(sqlite3* db, const char* what) {
    return makeError("error.store.sqlite", std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

struct Stmt {
    sqlite3_stmt* s = nullptr;
    ~Stmt() { sqlite3_finalize(s); }
};

} // namespace

int currentSchemaVersion() { return static_cast<int>(migrations().size()); }

Result<Database> Database::open(const std::string& path) { return openAtVersion(path, currentSchemaVersion()); }

Result<Database> Database::openAtVersion(const std::string& path, int version) {
    assert(version >= 0 && version <= currentSchemaVersion() && "openAtVersion: no such schema version");
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) return sqliteError(raw, "open");
    sqlite3_busy_timeout(raw, 5000);
    if (auto s = db.exec("PRAGMA foreign_keys=ON"); !s) return s.error();

    const int have = db.schemaVersion();
    const int want = version;
    if (have > currentSchemaVersion())
        return makeError("error.store.newer_schema", path + ": schema " + std::to_string(have) + " > " + std::to_string(currentSchemaVersion()));
    if (have >= want) return db;
    // Every step in one transaction: a new database is made in one commit (a commit is a
    // save in the browser), and a migration that fails leaves the file as it was.
    if (auto s = db.exec("BEGIN IMMEDIATE"); !s) return makeError("error.store.migration", s.error().detail);
    for (int v = have; v < want; ++v) {
        if (auto s = db.exec(std::string(migrations()[v])); !s) {
            (void)db.exec("ROLLBACK");
            return makeError("error.store.migration", "to version " + std::to_string(v + 1) + ": " + s.error().detail);
        }
    }
    if (auto s = db.exec("PRAGMA user_version=" + std::to_string(want) + ";\nCOMMIT;"); !s) {
        (void)db.exec("ROLLBACK");
        return makeError("error.store.migration", "to version " + std::to_string(want) + ": " + s.error().detail);
    }
    return db;
}

Database::Database(Database&& other) noexcept : m_db(other.m_db) { other.m_db = nullptr; }

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = other.m_db;
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database() { sqlite3_close_v2(m_db); }

int Database::schemaVersion() const {
    Stmt st;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &st.s, nullptr) != SQLITE_OK) return -1;
    return sqlite3_step(st.s) == SQLITE_ROW ? sqlite3_column_int(st.s, 0) : -1;
}

std::string Database::integrityCheck() const {
    Stmt st;
    if (sqlite3_prepare_v2(m_db, "PRAGMA integrity_check", -1, &st.s, nullptr) != SQLITE_OK) return sqlite3_errmsg(m_db);
    std::string out;
    while (sqlite3_step(st.s) == SQLITE_ROW) {
        if (!out.empty()) out += '\n';
        out += reinterpret_cast<const char*>(sqlite3_column_text(st.s, 0));
    }
    return out;
}

Status Database::exec(const std::string& sql) {
    char* msg = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
        Error e = makeError("error.store.sqlite", msg ? msg : sqlite3_errmsg(m_db));
        sqlite3_free(msg);
        return e;
    }
    return Ok{};
}

Status Database::useDurableWal() {
    return exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL");
}

Status Database::useWalWithoutSync() { return exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF"); }

std::optional<std::string> Database::setting(const std::string& key) const {
    Stmt st;
    if (sqlite3_prepare_v2(m_db, "SELECT value FROM settings WHERE key=?1", -1, &st.s, nullptr) != SQLITE_OK) return std::nullopt;
    sqlite3_bind_text(st.s, 1, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(st.s) != SQLITE_ROW) return std::nullopt;
    return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st.s, 0)));
}

Status Database::setSetting(const std::string& key, const std::string& value) {
    Stmt st;
    if (sqlite3_prepare_v2(m_db, "INSERT INTO settings(key,value) VALUES(?1,?2) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                           -1, &st.s, nullptr) != SQLITE_OK)
        return sqliteError(m_db, "prepare");
    sqlite3_bind_text(st.s, 1, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(st.s, 2, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(st.s) != SQLITE_DONE) return sqliteError(m_db, "write setting");
    return Ok{};
}

} // namespace huicai::store
