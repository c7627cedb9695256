// Backup and restore of a server's data folder: the database (huicai.sqlite) and the
// attachments under files/, as one file. A backup is taken while the server runs:
// the database is copied as one committed state (store/backup.h), then every
// complete attachment is added with its bytes checked against its name; the file
// appears under its name only once whole (written as NAME.partial, synced, renamed).
// A restore checks the backup (integrity, every attachment's sha256), writes the
// attachments, then puts the database in place, migrated to this build's schema.
// The server must be stopped during a restore.
#pragma once
#include "core/result.h"

#include <cstdint>
#include <filesystem>

namespace huicai::serve {

struct BackupSummary {
    std::size_t files = 0;       // attachments carried
    std::uint64_t fileBytes = 0; // their bytes
    std::uint64_t size = 0;      // the backup file's size
    int schema = 0;              // the database's schema version
};

Result<BackupSummary> backupDataFolder(const std::filesystem::path& data, const std::filesystem::path& to);

// Refuses a data folder that already holds a database unless `replace`.
Result<BackupSummary> restoreDataFolder(const std::filesystem::path& from, const std::filesystem::path& data, bool replace);

} // namespace huicai::serve
