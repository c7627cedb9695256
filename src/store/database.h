// Database: one SQLite connection with the Huicai schema applied. The same schema
// and the same ordered migration list (migrations.cpp) serve the browser database and
// the server database; PRAGMA user_version records how far a file has migrated.
// Errors come back as Result values; nothing throws.
#pragma once
#include "core/result.h"

#include <optional>
#include <string>

struct sqlite3;

namespace huicai::store {

class Database {
public:
    // Opens (creating if needed) the file at `path` (":memory:" for a scratch one)
    // and migrates it to the current schema version, every step in one transaction
    // (a step that fails leaves the file as it was).
    static Result<Database> open(const std::string& path);
    // Opens and migrates only up to `version` (at most the current one): for tests
    // that build a file as an older release made it.
    static Result<Database> openAtVersion(const std::string& path, int version);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    int schemaVersion() const;
    // "ok" when PRAGMA integrity_check finds nothing wrong.
    std::string integrityCheck() const;

    // Runs SQL with no result rows (DDL, pragmas). For this folder's own use.
    Status exec(const std::string& sql);

    // Local settings (language, last screen, ...): small key/value strings.
    std::optional<std::string> setting(const std::string& key) const;
    Status setSetting(const std::string& key, const std::string& value);

    // Server durability: write-ahead log with a full sync at every commit, so an
    // acknowledged transaction survives a crash or power loss.
    Status useDurableWal();
    // WAL without waiting for the disk: for benchmarks that measure CPU cost only.
    Status useWalWithoutSync();

    sqlite3* handle() const { return m_db; }

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

// The schema version this build writes.
int currentSchemaVersion();

} // namespace huicai::store
