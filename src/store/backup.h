// Backups of the server's database. A snapshot is taken with SQLite's online backup
// API from a read-only connection, so the server keeps writing meanwhile and the copy
// holds exactly one committed state (every transaction acknowledged before the copy
// began, none half). The copy can also carry attachment bytes (table backup_file), so
// one file brings a whole data folder back; restoring copies the snapshot without
// that table into place.
#pragma once
#include "core/result.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::store {

// Copies the database file `from` into a new file `to` (which must not exist).
Status snapshotDatabase(const std::string& from, const std::string& to);

// Adds to the backup file `path` the bytes of each file in `hashes`, as `read` gives
// them, in one transaction.
Status bundleFiles(const std::string& path, const std::vector<std::string>& hashes,
                   const std::function<Result<std::string>(const std::string& sha256)>& read);
// Calls `visit(sha256, bytes)` for every file the backup at `path` carries (read-only).
Status forEachBundledFile(const std::string& path,
                          const std::function<Status(const std::string& sha256, const std::string& bytes)>& visit);

// Copies the backup file `from` to `to` without its attachment bytes, compacted.
Status unbundledCopy(const std::string& from, const std::string& to);

} // namespace huicai::store
