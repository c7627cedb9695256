#include "core/card_evidence.h"

#include <algorithm>

namespace huicai {

namespace {

bool listed(const EligibilityBasis& basis, std::string_view id) {
    return std::any_of(basis.evidence.begin(), basis.evidence.end(), [&](const Evidence& e) { return e.id == id; });
}

} // namespace

bool blankDocument(std::string_view document) {
    return std::all_of(document.begin(), document.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

Status checkEvidenceEntries(const EligibilityBasis& basis, const std::vector<EvidenceDocument>& entries) {
    for (const auto& e : entries) {
        if (!listed(basis, e.evidence)) return makeError("error.card.evidence_unknown", e.evidence);
        if (blankDocument(e.document)) return makeError("error.card.evidence_document", e.evidence);
    }
    return Ok{};
}

std::vector<std::string> missingEvidence(const EligibilityBasis& basis, const std::vector<EvidenceDocument>& entries) {
    std::vector<std::string> out;
    for (const auto& item : basis.evidence)
        if (std::none_of(entries.begin(), entries.end(), [&](const EvidenceDocument& e) { return e.evidence == item.id; }))
            out.push_back(item.id);
    return out;
}

Status checkEvidenceComplete(const EligibilityBasis& basis, const std::vector<EvidenceDocument>& entries) {
    const auto missing = missingEvidence(basis, entries);
    if (missing.empty()) return Ok{};
    std::string detail;
    for (const auto& id : missing) detail += (detail.empty() ? "" : ", ") + id;
    return makeError("error.card.evidence_missing", detail);
}

std::vector<std::string> documentsFor(const std::vector<EvidenceDocument>& entries, std::string_view evidenceId) {
    std::vector<std::string> out;
    for (const auto& e : entries)
        if (e.evidence == evidenceId) out.push_back(e.document);
    return out;
}

void addEvidence(std::vector<EvidenceDocument>& held, const std::vector<EvidenceDocument>& entries) {
    for (const auto& e : entries)
        if (std::find(held.begin(), held.end(), e) == held.end()) held.push_back(e);
}

} // namespace huicai
