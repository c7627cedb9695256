// The server's attachment uploads: one row per (sha256, user) that a user declared,
// with the declared size, MIME type and file name and the Unix time of the latest
// declaration. The row's id names the upload's partial file on disk; the bytes of
// a complete attachment live on disk under the hash alone (serve/file_store.h).
// A user who declared a hash is one of its uploaders.
#pragma once
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace huicai::store {

class Database;

struct FileUploadRow {
    std::int64_t id = 0;
    std::string sha256;
    std::string userId;
    std::int64_t size = 0;
    std::string type;
    std::string name;
    std::int64_t declared = 0;
};

// Inserts the user's upload of the hash, or replaces its size, type, name and time
// (keeping its id); the row as stored.
Result<FileUploadRow> upsertUpload(Database& db, const FileUploadRow& row);
std::optional<FileUploadRow> uploadOf(Database& db, std::string_view sha256, std::string_view userId);
// How many users declared the hash.
std::int64_t uploaderCount(Database& db, std::string_view sha256);

} // namespace huicai::store
