// Implements attachment references: recognising "file:<sha256>" entries, finding
// the records that hold them and the attachments a record holds.
#include "core/attachment.h"

#include "core/access.h"

#include <algorithm>

namespace huicai {

namespace {

bool holds(const std::vector<std::string>& entries, std::string_view ref) {
    return std::find(entries.begin(), entries.end(), ref) != entries.end();
}

bool holds(const std::vector<EvidenceDocument>& entries, std::string_view ref) {
    return std::any_of(entries.begin(), entries.end(), [&](const EvidenceDocument& e) { return e.document == ref; });
}

// The entries of a record that may reference attachments, in entry order.
std::vector<std::string> referenceEntries(const State& state, std::string_view kind, const std::string& id) {
    std::vector<std::string> out;
    if (kind == "card_application") {
        if (auto it = state.cardApplications.find(id); it != state.cardApplications.end())
            for (const auto& e : it->second.evidence) out.push_back(e.document);
    } else if (kind == "request") {
        if (auto it = state.requests.find(id); it != state.requests.end()) out = it->second.materials;
    }
    return out;
}

} // namespace

bool isSha256Hex(std::string_view s) {
    if (s.size() != 64) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string attachmentRef(std::string_view sha256) { return std::string(kAttachmentPrefix) + std::string(sha256); }

std::optional<std::string> attachmentHash(std::string_view entry) {
    if (!entry.starts_with(kAttachmentPrefix)) return std::nullopt;
    const std::string_view hash = entry.substr(kAttachmentPrefix.size());
    if (!isSha256Hex(hash)) return std::nullopt;
    return std::string(hash);
}

std::vector<std::string> referencingRecords(const State& state, std::string_view sha256) {
    std::vector<std::string> keys;
    if (!isSha256Hex(sha256)) return keys;
    const std::string ref = attachmentRef(sha256);
    for (const auto& [id, app] : state.cardApplications)
        if (holds(app.evidence, ref)) keys.push_back(recordKey("card_application", id));
    for (const auto& [id, request] : state.requests)
        if (holds(request.materials, ref)) keys.push_back(recordKey("request", id));
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::vector<std::string> attachmentsOf(const State& state, std::string_view key) {
    std::vector<std::string> hashes;
    auto parts = splitRecordKey(key);
    if (!parts) return hashes;
    for (const auto& e : referenceEntries(state, parts->first, parts->second))
        if (auto hash = attachmentHash(e)) hashes.push_back(std::move(*hash));
    return hashes;
}

bool attachmentVisible(const Actor& actor, std::string_view sha256, const State& state, const RegionTree& regions,
                       const ReferenceVouched& vouched) {
    const auto keys = referencingRecords(state, sha256);
    return std::any_of(keys.begin(), keys.end(),
                       [&](const std::string& key) { return visible(actor, key, state, regions) && vouched(key); });
}

} // namespace huicai
