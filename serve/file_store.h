// FileStore: attachments on the server's disk, content-addressed. A complete file
// lives at <root>/<first two hex digits>/<sha256> and gets there only by rename,
// after its bytes were synced and checked (size, sha256, magic bytes of the
// declared type): a file at that path is always whole and correct. An upload in
// progress is <root>/partial/<upload id>, grown chunk by chunk at its current end,
// each chunk synced before it is acknowledged, so an interrupted upload resumes
// from the partial file's size. Not thread-safe: the caller serialises calls.
#pragma once
#include "core/result.h"
#include "sync/files.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace huicai::serve {

// The sha256 of a file's bytes in lowercase hex; nullopt when it cannot be read.
std::optional<std::string> sha256OfFile(const std::filesystem::path& path);
// The sha256 of `bytes` in lowercase hex.
std::string sha256Hex(std::string_view bytes);

class FileStore {
public:
    explicit FileStore(std::filesystem::path root) : m_root(std::move(root)) {}

    // Creates the root and the partial folder (error.files.storage when it cannot).
    Status prepare() const;

    std::filesystem::path completePath(std::string_view sha256) const;
    std::filesystem::path partialPath(std::int64_t uploadId) const;

    bool complete(std::string_view sha256) const;
    // Size of a complete file; 0 when there is none.
    std::uint64_t completeSize(std::string_view sha256) const;
    // The type a complete file's magic bytes show.
    std::optional<sync::FileType> completeType(std::string_view sha256) const;

    // Bytes received so far for an upload (its partial file's size, 0 without one).
    std::uint64_t received(std::int64_t uploadId) const;
    // Forgets the bytes received for an upload.
    void discard(std::int64_t uploadId) const;
    // Writes `bytes` at `offset`, which must be received(uploadId)
    // (error.files.offset, detail "expected N", otherwise), and syncs them; the new
    // received().
    Result<std::uint64_t> append(std::int64_t uploadId, std::uint64_t offset, std::string_view bytes) const;
    // Checks a fully received upload against its declaration and moves it to
    // completePath(): error.files.size_mismatch, error.files.content_type or
    // error.files.hash_mismatch (the partial file is removed: the upload starts
    // over), or error.files.storage.
    Status finish(std::int64_t uploadId, std::string_view sha256, std::uint64_t size, sync::FileType type) const;

private:
    std::filesystem::path m_root;
};

} // namespace huicai::serve
