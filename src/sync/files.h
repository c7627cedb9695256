// The attachment messages shared by the web app and the server: the accepted file
// types with their magic bytes, the upload declaration and its strict decoder, the
// upload status answer, and the chunk offset of a query. An attachment is named by
// the sha256 of its bytes (core/attachment.h: records hold "file:<sha256>"). The
// exact HTTP exchange is in API.md next to this file.
#pragma once
#include "sync/protocol.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace huicai::sync {

enum class FileType {
    Pdf,
    Jpeg,
    Png
};

// The server's default largest attachment (--max-file): 10 MiB.
constexpr std::uint64_t kDefaultMaxFileBytes = std::uint64_t{10} << 20;
// The largest attachment any server accepts, whatever its --max-file.
constexpr std::uint64_t kMaxFileLimit = std::uint64_t{1} << 32;
// How many leading bytes sniffFileType needs at most.
constexpr std::size_t kSniffBytes = 8;
constexpr std::size_t kMaxFileNameBytes = 255;

// "application/pdf", "image/jpeg", "image/png".
std::string_view mimeOf(FileType type);
std::optional<FileType> fileTypeFromMime(std::string_view mime);
// The type whose magic bytes begin `head` (PDF "%PDF-", JPEG FF D8 FF, PNG
// 89 50 4E 47 0D 0A 1A 0A); nullopt for anything else.
std::optional<FileType> sniffFileType(std::string_view head);

// POST /api/v1/files {"protocol":1,"schema":4,"sha256":"<64 hex>","size":12345,
//   "type":"image/png","name":"证书.png"}: create or resume the upload of one file.
// A type outside mimeOf's is error.files.type; other faults error.sync.field.
struct FileDeclaration {
    Versions versions;
    std::string sha256;
    std::uint64_t size = 0; // 1..kMaxFileLimit
    FileType type = FileType::Pdf;
    std::string name; // 1..255 bytes, no control characters or slashes
};
std::string encodeFileDeclaration(const FileDeclaration& d);
Result<FileDeclaration> decodeFileDeclaration(std::string_view body);

// The answer to a declaration and to every chunk:
// {"sha256":"…","size":12345,"received":4096,"complete":false}. `received` is the
// offset of the next chunk to send; complete files answer received == size.
struct FileStatus {
    std::string sha256;
    std::uint64_t size = 0;
    std::uint64_t received = 0;
    bool complete = false;
    bool operator==(const FileStatus&) const = default;
};
nlohmann::json fileStatusJson(const FileStatus& status);
Result<FileStatus> decodeFileStatus(std::string_view body);

// The `offset` query value of PUT /api/v1/files/<sha256>?offset=N: decimal digits,
// at most kMaxFileLimit; error.sync.field otherwise.
Result<std::uint64_t> decodeChunkOffset(std::string_view text);

} // namespace huicai::sync
