// The evidence of a card application, one document at a time (S5.1): each item the
// application's basis lists, whether a document is held for it, a field to describe
// a paper document and an attach button for the item's files; and, in every
// timeline, the documents held per item (files as download links, paper documents by
// their description). The talent
// fills it when applying (items left empty are for the employer specialist), the
// specialist completes it, and every timeline lists the documents per item.
#pragma once
#include "app/app_state.h"
#include "core/card_evidence.h"
#include "ui/ui.h"

#include <optional>
#include <string>
#include <vector>

namespace huicai::ui {

// The form `form` ("apply", "complete-CA1") for `basis`, over the documents `held`,
// introduced by the i18n key `introKey`. The fields of an item that already has a
// document stay folded behind one "add a document to another item" button.
// Returns the new entries (described documents and ready files, item by item) once
// every picked file is ready; nullopt while one uploads or failed.
std::optional<std::vector<EvidenceDocument>> evidenceForm(app::AppState& state, Ui& ui, const std::string& form,
                                                          const EligibilityBasis& basis,
                                                          const std::vector<EvidenceDocument>& held, std::string_view introKey,
                                                          float width);
// Forgets what form `form` holds once its command went through.
void clearEvidenceForm(app::AppState& state, const std::string& form, const EligibilityBasis& basis);

// The documents of an application per item of its basis, a missing item marked, then
// its other documents (stored before documents were asked per item).
void evidenceList(app::AppState& state, Ui& ui, const EligibilityBasis* basis, const std::vector<EvidenceDocument>& held);

} // namespace huicai::ui
