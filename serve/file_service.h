// FileService: the attachment API over a FileStore in <data>/files and the
// file_upload rows (store/file_repo.h), authenticated and authorised through the
// SyncService (same bearer tokens as push and pull):
//   declare  POST /api/v1/files          -> bytes already received (0 new, N resumed, complete)
//   chunk    PUT  /api/v1/files/<sha256>?offset=N  (raw bytes) -> bytes received
//   download GET  /api/v1/files/<sha256> -> the bytes, for an uploader or a reader
// An uploader is a user who sent bytes that hashed to the sha256 (declaring a stored
// hash proves nothing and is answered as for an unknown one; the bytes are stored
// once). A reader may see, by the core's access policy, a record whose reference to
// the file was put in by an uploader (core/attachment.h, store/file_repo.h).
// Size is checked at the declaration (413 above --max-file, nothing stored), the
// offset of every chunk (409 with the expected offset), and the whole file after its
// last chunk (size, magic bytes of the declared type, sha256) before it becomes
// visible. File operations are serialised by one mutex. Shapes in src/sync/API.md.
#pragma once
#include "file_store.h"
#include "options.h"
#include "sync_service.h"

#include "store/file_repo.h"

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>

namespace huicai::serve {

struct FileDownload {
    std::filesystem::path path;
    std::string mime;
    std::uint64_t size = 0;
};

// A JSON reply, or (status 200) a file to send.
struct FileAnswer {
    Reply reply;
    std::optional<FileDownload> file;
};

class FileService {
public:
    FileService(SyncService& sync, const Options& options);
    // Creates the folders (error.files.storage when it cannot).
    Status prepare();

    Reply declare(const std::string& authorization, const std::string& body, std::int64_t now);
    Reply chunk(const std::string& authorization, const std::string& sha256, const std::optional<std::string>& offset,
                const std::string& bytes, std::int64_t now);
    FileAnswer download(const std::string& authorization, const std::string& sha256, std::int64_t now);

    const FileStore& store() const { return m_store; }

private:
    Reply fail(const Error& e);
    Reply completeStatus(const std::string& sha256);
    // Checks a fully received upload and makes its user an uploader of the hash.
    Status finish(const store::FileUploadRow& row, sync::FileType type);

    SyncService& m_sync;
    std::uint64_t m_maxFile;
    FileStore m_store;
    std::mutex m_mutex;
};

// The folder of the attachments inside the data folder.
inline constexpr const char* kFilesFolder = "files";

} // namespace huicai::serve
