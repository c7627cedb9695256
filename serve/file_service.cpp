// Implements FileService: declaration, chunks and download of attachments, each
// answering the status and error key of API.md.
#include "file_service.h"

#include "core/attachment.h"
#include "store/database.h"
#include "store/file_repo.h"

#include <charconv>
#include <map>

namespace huicai::serve {

namespace {

using nlohmann::json;

int fileStatus(const Error& e) {
    static const std::map<std::string, int, std::less<>> kStatus = {
        {"error.session.required", 401},
        {"error.session.invalid", 401},
        {"error.session.disabled", 403},
        {"error.session.password_change", 403},
        {"error.sync.protocol_version", 426},
        {"error.sync.schema_version", 409},
        {"error.files.type", 415},
        {"error.files.content_type", 415},
        {"error.files.too_large", 413},
        {"error.files.offset", 409},
        {"error.files.size_mismatch", 422},
        {"error.files.hash_mismatch", 422},
        {"error.files.beyond_size", 422},
        {"error.files.no_upload", 404},
        {"error.files.not_found", 404},
        {"error.files.storage", 500},
        {"error.store.corrupt", 500},
        {"error.store.sqlite", 500},
    };
    auto it = kStatus.find(e.key);
    return it != kStatus.end() ? it->second : 400;
}

} // namespace

FileService::FileService(SyncService& sync, const Options& options)
    : m_sync(sync), m_maxFile(options.maxFile), m_store(std::filesystem::path(options.data) / kFilesFolder) {}

Status FileService::prepare() { return m_store.prepare(); }

Reply FileService::fail(const Error& e) {
    Reply r = m_sync.error(fileStatus(e), e);
    if (e.key == "error.files.offset") {
        // "expected N": the offset the client must send next.
        const std::string_view digits = std::string_view(e.detail).substr(e.detail.rfind(' ') + 1);
        std::uint64_t expected = 0;
        std::from_chars(digits.data(), digits.data() + digits.size(), expected);
        r.body["expected"] = expected;
    }
    return r;
}

Reply FileService::completeStatus(const std::string& sha256) {
    const auto size = m_store.completeSize(sha256);
    return Reply{200, sync::fileStatusJson(sync::FileStatus{sha256, size, size, true})};
}

Reply FileService::declare(const std::string& authorization, const std::string& body, std::int64_t now) {
    auto user = m_sync.userOf(authorization, now);
    if (!user) return fail(user.error());
    auto decl = sync::decodeFileDeclaration(body);
    if (!decl) return fail(decl.error());
    if (auto v = sync::checkVersions(decl->versions, store::currentSchemaVersion()); !v) return fail(v.error());
    if (decl->size > m_maxFile)
        return fail(makeError("error.files.too_large", std::to_string(decl->size) + " > " + std::to_string(m_maxFile)));

    std::lock_guard lock(m_mutex);
    // Whether the server holds the file is not told: a declaration is answered alike
    // for a stored hash (of any size and type) and an unknown one, and only the bytes,
    // sent and checked against the hash, make the declarer an uploader.
    const std::string mime(sync::mimeOf(decl->type));
    const store::FileUploadRow wanted{0, decl->sha256, user->id, static_cast<std::int64_t>(decl->size), mime, decl->name, now};
    auto row = m_sync.database().with([&](store::Database& db) -> Result<store::FileUploadRow> {
        auto before = store::uploadOf(db, decl->sha256, user->id);
        auto stored = store::upsertUpload(db, wanted);
        // A declaration that differs from the pending one starts over.
        if (stored && before && (before->size != wanted.size || before->type != wanted.type)) m_store.discard(stored->id);
        return stored;
    });
    if (!row) return fail(row.error());
    if (row->verified && m_store.complete(decl->sha256) && m_store.completeSize(decl->sha256) == decl->size &&
        m_store.completeType(decl->sha256) == decl->type) {
        m_store.discard(row->id); // the user's own upload, already checked
        return completeStatus(decl->sha256);
    }
    const std::uint64_t received = m_store.received(row->id);
    if (received == decl->size) { // every byte arrived before an interruption: check them now
        if (auto s = finish(*row, decl->type); !s) return fail(s.error());
        return completeStatus(decl->sha256);
    }
    if (received > decl->size) m_store.discard(row->id);
    return Reply{200, sync::fileStatusJson(sync::FileStatus{decl->sha256, decl->size, received > decl->size ? 0 : received, false})};
}

Reply FileService::chunk(const std::string& authorization, const std::string& sha256, const std::optional<std::string>& offsetText,
                         const std::string& bytes, std::int64_t now) {
    auto user = m_sync.userOf(authorization, now);
    if (!user) return fail(user.error());
    if (!isSha256Hex(sha256)) return fail(makeError("error.files.no_upload", sha256.substr(0, 80)));
    if (!offsetText) return fail(makeError("error.sync.field", "offset: missing"));
    auto offset = sync::decodeChunkOffset(*offsetText);
    if (!offset) return fail(offset.error());
    if (bytes.empty()) return fail(makeError("error.sync.field", "body: empty chunk"));

    std::lock_guard lock(m_mutex);
    auto row = m_sync.database().with([&](store::Database& db) { return store::uploadOf(db, sha256, user->id); });
    if (!row) return fail(makeError("error.files.no_upload", sha256));
    if (row->verified && m_store.complete(sha256)) {
        m_store.discard(row->id);
        return completeStatus(sha256);
    }
    const auto size = static_cast<std::uint64_t>(row->size);
    const auto type = sync::fileTypeFromMime(row->type);
    if (!type) return fail(makeError("error.store.corrupt", "file_upload " + sha256));
    const std::uint64_t have = m_store.received(row->id);
    if (*offset != have) return fail(makeError("error.files.offset", "expected " + std::to_string(have)));
    if (bytes.size() > size - have)
        return fail(makeError("error.files.beyond_size", std::to_string(have + bytes.size()) + " > " + std::to_string(size)));
    // The first bytes already show the type: refuse a wrong file before storing any of it.
    if (have == 0 && bytes.size() >= sync::kSniffBytes && sync::sniffFileType(bytes) != type)
        return fail(makeError("error.files.content_type", row->type));
    auto received = m_store.append(row->id, have, bytes);
    if (!received) return fail(received.error());
    if (*received < size) return Reply{200, sync::fileStatusJson(sync::FileStatus{sha256, size, *received, false})};
    if (auto s = finish(*row, *type); !s) return fail(s.error());
    return completeStatus(sha256);
}

Status FileService::finish(const store::FileUploadRow& row, sync::FileType type) {
    // The bytes hash to the declared sha256 (stored once, whoever sent them first):
    // the user has the file and becomes one of its uploaders.
    if (auto s = m_store.finish(row.id, row.sha256, static_cast<std::uint64_t>(row.size), type); !s) return s;
    return m_sync.database().with([&](store::Database& db) { return store::markVerified(db, row.id); });
}

FileAnswer FileService::download(const std::string& authorization, const std::string& sha256, std::int64_t now) {
    auto user = m_sync.userOf(authorization, now);
    if (!user) return FileAnswer{fail(user.error()), std::nullopt};
    // One answer for a file that is missing, incomplete or not the actor's to read.
    const Reply notFound = fail(makeError("error.files.not_found", sha256.substr(0, 80)));
    if (!isSha256Hex(sha256)) return FileAnswer{notFound, std::nullopt};
    std::lock_guard lock(m_mutex);
    if (!m_store.complete(sha256)) return FileAnswer{notFound, std::nullopt};
    const bool uploader = m_sync.database().with([&](store::Database& db) {
        auto row = store::uploadOf(db, sha256, user->id);
        return row && row->verified;
    });
    if (!uploader && !m_sync.attachmentVisible(user->actor(), sha256)) return FileAnswer{notFound, std::nullopt};
    const auto type = m_store.completeType(sha256);
    if (!type) return FileAnswer{fail(makeError("error.files.storage", sha256)), std::nullopt};
    return FileAnswer{Reply{200, {}}, FileDownload{m_store.completePath(sha256), std::string(sync::mimeOf(*type)),
                                                   m_store.completeSize(sha256)}};
}

} // namespace huicai::serve
