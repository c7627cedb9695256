// Implements backupDataFolder and restoreDataFolder over store/backup.h and the
// attachments' folder layout (file_store.h).
#include "backup.h"

#include "file_service.h"
#include "file_store.h"
#include "server.h"

#include "store/backup.h"
#include "store/database.h"

#include <algorithm>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

namespace huicai::serve {

namespace fs = std::filesystem;

namespace {

bool isSha256Name(const std::string& s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

// The hashes of the complete attachments under `root` (files/<2 hex>/<sha256>).
std::vector<std::string> completeFiles(const fs::path& root) {
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& dir : fs::directory_iterator(root, ec)) {
        const std::string name = dir.path().filename().string();
        if (name.size() != 2 || !dir.is_directory(ec)) continue;
        for (const auto& f : fs::directory_iterator(dir.path(), ec)) {
            const std::string sha = f.path().filename().string();
            if (isSha256Name(sha) && sha.compare(0, 2, name) == 0 && f.is_regular_file(ec)) out.push_back(sha);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<std::string> readWhole(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return makeError("error.backup.io", "read " + p.string());
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return makeError("error.backup.io", "read " + p.string());
    return bytes;
}

// Writes `bytes` to `p` through p.tmp, synced, then renamed: `p` is whole or absent.
Status writeDurably(const fs::path& p, const std::string& bytes) {
    const fs::path tmp = p.string() + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return makeError("error.backup.io", "write " + tmp.string());
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ::close(fd);
            return makeError("error.backup.io", "write " + tmp.string());
        }
        done += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    std::error_code ec;
    if (synced) fs::rename(tmp, p, ec);
    if (!synced || ec) return makeError("error.backup.io", "write " + p.string());
    return Ok{};
}

Status syncFile(const fs::path& p) {
    const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return makeError("error.backup.io", "open " + p.string());
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) return makeError("error.backup.io", "sync " + p.string());
    return Ok{};
}

// Opens `path` (migrating it to this build's schema) and checks its integrity.
Result<int> checkedSchema(const fs::path& path) {
    auto db = store::Database::open(path.string());
    if (!db) return db.error();
    if (auto check = db->integrityCheck(); check != "ok") return makeError("error.backup.corrupt", path.string() + ": " + check);
    return db->schemaVersion();
}

} // namespace

Result<BackupSummary> backupDataFolder(const fs::path& data, const fs::path& to) {
    std::error_code ec;
    if (fs::exists(to, ec)) return makeError("error.backup.exists", to.string());
    const fs::path partial = to.string() + ".partial";
    fs::remove(partial, ec);
    if (auto s = store::snapshotDatabase((data / kDatabaseFile).string(), partial.string()); !s) return s.error();
    ::chmod(partial.c_str(), 0600);
    const fs::path root = data / kFilesFolder;
    const FileStore files(root);
    BackupSummary out;
    const auto hashes = completeFiles(root);
    auto bundled = store::bundleFiles(partial.string(), hashes, [&](const std::string& sha) -> Result<std::string> {
        auto bytes = readWhole(files.completePath(sha));
        if (!bytes) return bytes.error();
        if (sha256Hex(*bytes) != sha) return makeError("error.backup.file_damaged", sha);
        out.fileBytes += bytes->size();
        return bytes;
    });
    if (!bundled) {
        fs::remove(partial, ec);
        return bundled.error();
    }
    out.files = hashes.size();
    auto schema = checkedSchema(partial);
    if (!schema) {
        fs::remove(partial, ec);
        return schema.error();
    }
    out.schema = *schema;
    if (auto s = syncFile(partial); !s) return s.error();
    fs::rename(partial, to, ec);
    if (ec) return makeError("error.backup.io", "rename to " + to.string());
    out.size = fs::file_size(to, ec);
    return out;
}

Result<BackupSummary> restoreDataFolder(const fs::path& from, const fs::path& data, bool replace) {
    std::error_code ec;
    if (!fs::is_regular_file(from, ec)) return makeError("error.backup.no_backup", from.string());
    const fs::path db = data / kDatabaseFile;
    if (fs::exists(db, ec) && !replace) return makeError("error.backup.data_not_empty", db.string());
    fs::create_directories(data / kFilesFolder, ec);
    if (ec) return makeError("error.backup.io", "create " + (data / kFilesFolder).string());

    // The database first into a side file, checked, before anything in the folder changes.
    const fs::path restoring = db.string() + ".restoring";
    if (auto s = store::unbundledCopy(from.string(), restoring.string()); !s) return s.error();
    ::chmod(restoring.c_str(), 0600);
    auto schema = checkedSchema(restoring);
    if (!schema) {
        fs::remove(restoring, ec);
        return schema.error();
    }
    // Every attachment checked first, then written (a damaged backup changes nothing).
    BackupSummary out;
    out.schema = *schema;
    auto checked = store::forEachBundledFile(from.string(), [&](const std::string& sha, const std::string& bytes) -> Status {
        if (!isSha256Name(sha) || sha256Hex(bytes) != sha) return makeError("error.backup.file_damaged", sha);
        return Ok{};
    });
    if (!checked) {
        fs::remove(restoring, ec);
        return checked.error();
    }
    const FileStore files(data / kFilesFolder);
    if (auto s = files.prepare(); !s) return s.error();
    auto written = store::forEachBundledFile(from.string(), [&](const std::string& sha, const std::string& bytes) -> Status {
        const fs::path p = files.completePath(sha);
        std::error_code e;
        fs::create_directories(p.parent_path(), e);
        if (auto s = writeDurably(p, bytes); !s) return s;
        ++out.files;
        out.fileBytes += bytes.size();
        return Ok{};
    });
    if (!written) return written.error();
    for (const char* suffix : {"-wal", "-shm"}) fs::remove(db.string() + suffix, ec);
    fs::rename(restoring, db, ec);
    if (ec) return makeError("error.backup.io", "rename to " + db.string());
    out.size = fs::file_size(db, ec);
    return out;
}

} // namespace huicai::serve
