// The server's attachment uploads: one row per (sha256, user) that a user declared,
// with the declared size, MIME type and file name, the Unix time of the latest
// declaration, and whether the user has sent bytes that hashed to the sha256. The
// row's id names the upload's partial file on disk; the bytes of a complete
// attachment live on disk under the hash alone (serve/file_store.h). A user whose
// bytes were verified is one of the hash's uploaders: a declaration alone proves
// nothing. Table attachment_ref keeps who put each reference to an attachment into
// a record (the actor of a command that carried the reference), so a reference
// grants reading only when one who put it there is an uploader.
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
    bool verified = false;
};

// Inserts the user's upload of the hash, or replaces its size, type, name and time
// (keeping its id and whether it was verified); the row as stored.
Result<FileUploadRow> upsertUpload(Database& db, const FileUploadRow& row);
std::optional<FileUploadRow> uploadOf(Database& db, std::string_view sha256, std::string_view userId);
// Marks an upload's bytes as received and checked against its hash.
Status markVerified(Database& db, std::int64_t uploadId);
// How many users uploaded bytes of the hash (verified uploads).
std::int64_t uploaderCount(Database& db, std::string_view sha256);

// Remembers that `actor` put a reference to the hash into the record `recordKey`.
Status addReferenceAuthor(Database& db, std::string_view recordKey, std::string_view sha256, std::string_view actor);
// Did an uploader of the hash put a reference to it into the record?
bool referenceVouched(Database& db, std::string_view recordKey, std::string_view sha256);

} // namespace huicai::store
