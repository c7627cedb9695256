// Implements Statement and Transaction over the SQLite C API.
#include "store/statement.h"

#include "store/database.h"

#include <sqlite3.h>

namespace huicai::store {

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_failed = true;
    }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::string_view text) {
    if (m_stmt) sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (m_stmt) sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    if (m_stmt) sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (m_stmt) sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step() {
    if (!m_stmt) return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) m_failed = true;
    return false;
}

Status Statement::run(const char* what) {
    if (!m_stmt) return error(what);
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_failed = true;
        return error(what);
    }
    return Ok{};
}

Error Statement::error(const char* what) const {
    return makeError("error.store.sqlite", std::string(what) + ": " + sqlite3_errmsg(m_db));
}

std::string Statement::blob(int column) const {
    const void* p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(static_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
             : std::string();
}

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

void Statement::reset() {
    if (!m_stmt) return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Transaction::Transaction(Database& db) : m_db(db), m_begun(db.exec("BEGIN IMMEDIATE")) { m_open = m_begun.ok(); }

Transaction::~Transaction() {
    if (m_open) (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit() {
    if (!m_open) return m_begun.ok() ? makeError("error.store.sqlite", "commit: no transaction") : m_begun.error();
    auto s = m_db.exec("COMMIT");
    if (s) m_open = false;
    return s;
}

} // namespace huicai::store
