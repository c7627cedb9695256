// Implements FileStore with POSIX files: pwrite + fsync for chunks, and fsync of
// the file and of its folder around the rename that makes an attachment complete.
#include "file_store.h"

#include "auth.h"

#include <sodium.h>

#include <array>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace huicai::serve {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kReadBuffer = 64 * 1024;

Error storage(const fs::path& path) { return makeError("error.files.storage", path.filename().string()); }

bool syncFolder(const fs::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

std::string readHead(const fs::path& path) {
    std::string head(sync::kSniffBytes, '\0');
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return {};
    const ssize_t n = ::pread(fd, head.data(), head.size(), 0);
    ::close(fd);
    head.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    return head;
}

std::uint64_t sizeOf(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    return static_cast<std::uint64_t>(st.st_size);
}

} // namespace

std::string sha256Hex(std::string_view bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> out{};
    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    return toHex(out.data(), out.size());
}

std::optional<std::string> sha256OfFile(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::array<unsigned char, kReadBuffer> buffer{};
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) break;
        crypto_hash_sha256_update(&state, buffer.data(), static_cast<unsigned long long>(n));
    }
    ::close(fd);
    std::array<unsigned char, crypto_hash_sha256_BYTES> out{};
    crypto_hash_sha256_final(&state, out.data());
    return toHex(out.data(), out.size());
}

Status FileStore::prepare() const {
    std::error_code ec;
    fs::create_directories(m_root / "partial", ec);
    if (ec || !fs::is_directory(m_root / "partial", ec)) return storage(m_root);
    return Ok{};
}

fs::path FileStore::completePath(std::string_view sha256) const {
    return m_root / std::string(sha256.substr(0, 2)) / std::string(sha256);
}

fs::path FileStore::partialPath(std::int64_t uploadId) const { return m_root / "partial" / std::to_string(uploadId); }

bool FileStore::complete(std::string_view sha256) const {
    std::error_code ec;
    return fs::is_regular_file(completePath(sha256), ec);
}

std::uint64_t FileStore::completeSize(std::string_view sha256) const { return sizeOf(completePath(sha256)); }

std::optional<sync::FileType> FileStore::completeType(std::string_view sha256) const {
    return sync::sniffFileType(readHead(completePath(sha256)));
}

std::uint64_t FileStore::received(std::int64_t uploadId) const { return sizeOf(partialPath(uploadId)); }

void FileStore::discard(std::int64_t uploadId) const {
    std::error_code ec;
    fs::remove(partialPath(uploadId), ec);
}

Result<std::uint64_t> FileStore::append(std::int64_t uploadId, std::uint64_t offset, std::string_view bytes) const {
    const fs::path path = partialPath(uploadId);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) return storage(path);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return storage(path);
    }
    const auto have = static_cast<std::uint64_t>(st.st_size);
    if (offset != have) {
        ::close(fd);
        return makeError("error.files.offset", "expected " + std::to_string(have));
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    const bool ok = done == bytes.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        // Keep only what is known to be whole: back to the size before this chunk.
        if (::truncate(path.c_str(), static_cast<off_t>(have)) != 0) discard(uploadId);
        return storage(path);
    }
    if (have == 0 && !syncFolder(path.parent_path())) return storage(path);
    return offset + bytes.size();
}

Status FileStore::finish(std::int64_t uploadId, std::string_view sha256, std::uint64_t size, sync::FileType type) const {
    const fs::path from = partialPath(uploadId);
    const std::string detail(sha256);
    if (received(uploadId) != size) {
        discard(uploadId);
        return makeError("error.files.size_mismatch", detail);
    }
    if (sync::sniffFileType(readHead(from)) != type) {
        discard(uploadId);
        return makeError("error.files.content_type", std::string(sync::mimeOf(type)));
    }
    auto actual = sha256OfFile(from);
    if (!actual) return storage(from);
    if (*actual != sha256) {
        discard(uploadId);
        return makeError("error.files.hash_mismatch", detail);
    }
    if (complete(sha256)) { // the same bytes arrived through another upload
        discard(uploadId);
        return Ok{};
    }
    const fs::path to = completePath(sha256);
    std::error_code ec;
    const bool newFolder = !fs::is_directory(to.parent_path(), ec);
    fs::create_directories(to.parent_path(), ec);
    if (ec) return storage(to.parent_path());
    if (newFolder && !syncFolder(m_root)) return storage(m_root);
    if (::rename(from.c_str(), to.c_str()) != 0) return storage(to);
    if (!syncFolder(to.parent_path()) || !syncFolder(from.parent_path())) return storage(to);
    return Ok{};
}

} // namespace huicai::serve
