// The evidence of a card application, asked per document (S5.1): each eligibility
// basis lists the documents it rests on (its evidence items, assets/talent.json),
// and an application holds one or more documents for each item, an attachment or a
// paper document described in words. The talent may leave items for the employer
// specialist; the application goes to a window only once every item has a document.
#pragma once
#include "core/model_card.h"
#include "core/result.h"
#include "core/talent_reference.h"

#include <string>
#include <string_view>
#include <vector>

namespace huicai {

// A document is blank when it holds nothing but white space.
bool blankDocument(std::string_view document);

// Every entry names an evidence item of the basis (error.card.evidence_unknown,
// detail: the id) and holds a document that is not blank
// (error.card.evidence_document, detail: the item's id).
Status checkEvidenceEntries(const EligibilityBasis& basis, const std::vector<EvidenceDocument>& entries);

// The basis's evidence items with no document among the entries, in the basis's order.
std::vector<std::string> missingEvidence(const EligibilityBasis& basis, const std::vector<EvidenceDocument>& entries);

// error.card.evidence_missing (detail: the missing ids joined by ", ") unless every
// item of the basis has a document.
Status checkEvidenceComplete(const EligibilityBasis& basis, const std::vector<EvidenceDocument>& entries);

// The documents held for one evidence item, in entry order; an empty id gives the
// entries stored before documents were asked per item.
std::vector<std::string> documentsFor(const std::vector<EvidenceDocument>& entries, std::string_view evidenceId);

// Appends the entries not already held (same item and same document), in order.
void addEvidence(std::vector<EvidenceDocument>& held, const std::vector<EvidenceDocument>& entries);

} // namespace huicai
