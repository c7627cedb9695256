// Implements the attachments of the forms: the pick check, sizes for people, and the
// declaration/chunk state machine of each file.
#include "app/attachments.h"

#include "core/attachment.h"
#include "store/database.h"
#include "sync/answers.h"
#include "sync/endpoints.h"

#include <algorithm>
#include <cstdio>

namespace huicai::app {

namespace {

// The server's error key of a refused call, or `fallback`.
Error errorOf(int status, const std::string& body, const char* fallback) {
    auto answer = sync::decodeErrorAnswer(body);
    return makeError(answer ? answer->error.key : std::string(fallback), std::to_string(status));
}

// The `expected` offset of a 409 answer.
std::optional<std::uint64_t> expectedOffset(const std::string& body) {
    auto answer = sync::decodeErrorAnswer(body);
    return answer ? answer->expected : std::nullopt;
}

} // namespace

Result<sync::FileType> checkPickedFile(const std::string& name, std::uint64_t size, bool tooLarge, const std::string& bytes,
                                       const std::string& sha256, std::uint64_t maxBytes) {
    if (tooLarge || size > maxBytes) return makeError("error.attach.too_large", formatSize(size));
    if (size == 0) return makeError("error.attach.empty", name);
    if (bytes.size() != size || !isSha256Hex(sha256)) return makeError("error.attach.read", name);
    auto type = sync::sniffFileType(std::string_view(bytes).substr(0, sync::kSniffBytes));
    if (!type) return makeError("error.attach.type", name);
    return *type;
}

std::string formatSize(std::uint64_t bytes) {
    char buf[32];
    if (bytes < 1024) {
        std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(bytes));
    } else if (bytes < 1024 * 1024) {
        std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(bytes) / 1024.0);
    } else {
        std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    }
    return buf;
}

std::size_t Attachments::add(const std::string& field, const std::string& name, sync::FileType type, const std::string& sha256,
                             std::string bytes, bool local) {
    m_pickErrors.erase(field);
    if (auto i = indexOf(field, sha256)) return *i;
    Attachment a;
    a.field = field;
    a.name = name;
    a.type = type;
    a.sha256 = sha256;
    a.size = bytes.size();
    a.bytes = std::move(bytes);
    a.phase = local ? UploadPhase::Ready : UploadPhase::Declaring;
    if (local) a.received = a.size;
    m_items.push_back(std::move(a));
    return m_items.size() - 1;
}

void Attachments::setPickError(const std::string& field, Error error) { m_pickErrors[field] = std::move(error); }

const Error* Attachments::pickError(const std::string& field) const {
    auto it = m_pickErrors.find(field);
    return it == m_pickErrors.end() ? nullptr : &it->second;
}

void Attachments::remove(const std::string& field, const std::string& sha256) {
    std::erase_if(m_items, [&](const Attachment& a) { return a.field == field && a.sha256 == sha256; });
}

void Attachments::clear(const std::string& field) {
    std::erase_if(m_items, [&](const Attachment& a) { return a.field == field; });
    m_pickErrors.erase(field);
}

void Attachments::retry(const std::string& field, const std::string& sha256) {
    auto i = indexOf(field, sha256);
    if (!i || m_items[*i].phase != UploadPhase::Failed) return;
    m_items[*i].phase = UploadPhase::Declaring;
    m_items[*i].signedOut = false;
}

std::vector<const Attachment*> Attachments::of(const std::string& field) const {
    std::vector<const Attachment*> out;
    for (const auto& a : m_items)
        if (a.field == field) out.push_back(&a);
    return out;
}

std::optional<std::vector<std::string>> Attachments::readyRefs(const std::string& field) const {
    std::vector<std::string> refs;
    for (const auto& a : m_items) {
        if (a.field != field) continue;
        if (a.phase != UploadPhase::Ready) return std::nullopt;
        refs.push_back(attachmentRef(a.sha256));
    }
    return refs;
}

const Attachment* Attachments::find(const std::string& sha256) const {
    for (const auto& a : m_items)
        if (a.sha256 == sha256) return &a;
    return nullptr;
}

std::optional<std::size_t> Attachments::indexOf(const std::string& field, const std::string& sha256) const {
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].field == field && m_items[i].sha256 == sha256) return i;
    return std::nullopt;
}

std::optional<HttpCall> Attachments::next(std::size_t index) {
    if (index >= m_items.size()) return std::nullopt;
    Attachment& a = m_items[index];
    if (a.inFlight) return std::nullopt;
    if (a.phase == UploadPhase::Declaring) {
        const sync::FileDeclaration declaration{sync::Versions{sync::kProtocolVersion, store::currentSchemaVersion()},
                                                a.sha256, a.size, a.type, a.name};
        a.inFlight = true;
        return HttpCall{"POST", sync::endpoint::kFiles, sync::encodeFileDeclaration(declaration)};
    }
    if (a.phase == UploadPhase::Sending) {
        const std::uint64_t n = std::min(kChunkBytes, a.size - a.received);
        a.inFlight = true;
        return HttpCall{"PUT", sync::endpoint::fileChunk(a.sha256, a.received),
                        a.bytes.substr(static_cast<std::size_t>(a.received), static_cast<std::size_t>(n))};
    }
    return std::nullopt;
}

void Attachments::answer(std::size_t index, int status, const std::string& body) {
    if (index >= m_items.size()) return;
    Attachment& a = m_items[index];
    a.inFlight = false;
    auto fail = [&](Error e) {
        a.phase = UploadPhase::Failed;
        a.error = std::move(e);
    };
    if (status == 0) return fail(makeError("error.attach.offline", a.name));
    if (status == 401) {
        a.signedOut = true;
        return fail(errorOf(status, body, "error.session.invalid"));
    }
    if (status == 409) {
        if (auto at = expectedOffset(body); at && *at <= a.size) {
            a.received = *at;
            a.phase = UploadPhase::Sending;
            return;
        }
        a.phase = UploadPhase::Declaring; // ask the server where it stands
        return;
    }
    if (status == 404 && a.phase == UploadPhase::Sending) {
        a.phase = UploadPhase::Declaring; // the upload was dropped: declare it again
        a.received = 0;
        return;
    }
    if (status != 200) return fail(errorOf(status, body, "error.attach.refused"));
    auto st = sync::decodeFileStatus(body);
    if (!st || st->sha256 != a.sha256 || st->size != a.size) return fail(makeError("error.attach.refused", "answer"));
    a.received = st->received;
    a.phase = st->complete ? UploadPhase::Ready : UploadPhase::Sending;
}

} // namespace huicai::app
