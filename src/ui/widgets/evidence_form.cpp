// Implements the per-document evidence form and list of evidence_form.h. A form's
// fields live in the workspace: the description of item <id> under
// "evidence-<form>-<id>", its files in the attachment field of the same name.
#include "ui/widgets/evidence_form.h"

#include "core/attachment.h"
#include "ui/theme.h"
#include "ui/widgets/attachment_field.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

std::string fieldOf(const std::string& form, const Evidence& item) { return "evidence-" + form + "-" + item.id; }

std::string itemName(const app::AppState& state, const Evidence& item) { return state.zh() ? item.nameZh : item.nameEn; }

// The documents of one item: files as download links, paper documents by their words.
void documents(app::AppState& state, Ui& ui, const std::vector<std::string>& docs, float width) {
    for (const auto& doc : docs) {
        if (auto sha = attachmentHash(doc)) attachmentLink(state, ui, *sha);
        else wrappedText(ui, format(state.tr("ui.evidence.paper"), "document", doc), width);
    }
}

} // namespace

std::optional<std::vector<EvidenceDocument>> evidenceForm(app::AppState& state, Ui& ui, const std::string& form,
                                                          const EligibilityBasis& basis,
                                                          const std::vector<EvidenceDocument>& held, std::string_view introKey,
                                                          float width) {
    textColored(ui, colour(Tone::Muted), state.tr("ui.evidence.title"));
    wrappedText(ui, state.tr(introKey), width, colour(Tone::Muted));
    std::vector<EvidenceDocument> entries;
    bool ready = true;
    // Items that have a document are listed in the timeline; their fields open on demand.
    std::string& more = serviceField(state, "evidence-" + form + "-more");
    bool folded = false;
    for (const Evidence& item : basis.evidence) {
        const std::string field = fieldOf(form, item);
        std::string& words = serviceField(state, field);
        const auto files = state.attach.files.of(field);
        const auto docs = documentsFor(held, item.id);
        if (!docs.empty() && more.empty() && blankDocument(words) && files.empty()) {
            folded = true;
            continue;
        }
        ImGui::PushID(item.id.c_str());
        ImGui::Dummy(ImVec2(0, space::kTight));
        const bool given = !docs.empty() || !blankDocument(words) || !files.empty();
        const std::string line = format(state.tr(given ? "ui.evidence.given" : "ui.evidence.open"), "item", itemName(state, item));
        wrappedText(ui, line, width, given ? colour(Tone::Success) : 0);
        searchField(ui, ("##" + field).c_str(), format(state.tr("ui.evidence.paper_hint"), "item", itemName(state, item)), words,
                    width);
        const auto refs = attachmentField(state, ui, field, "", width, false);
        if (!refs) ready = false;
        if (!blankDocument(words)) entries.push_back(EvidenceDocument{item.id, words});
        if (refs)
            for (const auto& ref : *refs) entries.push_back(EvidenceDocument{item.id, ref});
        ImGui::PopID();
    }
    attachmentHint(state, ui, width);
    if (folded && button(ui, labelled(state, "ui.evidence.more", "evidence-more-" + form))) more = "1";
    if (!ready) return std::nullopt;
    return entries;
}

void clearEvidenceForm(app::AppState& state, const std::string& form, const EligibilityBasis& basis) {
    for (const Evidence& item : basis.evidence) {
        const std::string field = fieldOf(form, item);
        serviceField(state, field).clear();
        state.attach.files.clear(field);
    }
    serviceField(state, "evidence-" + form + "-more").clear();
}

void evidenceList(app::AppState& state, Ui& ui, const EligibilityBasis* basis, const std::vector<EvidenceDocument>& held) {
    textColored(ui, colour(Tone::Muted), state.tr("ui.evidence.title"));
    if (basis)
        for (const Evidence& item : basis->evidence) {
            ImGui::PushID(item.id.c_str());
            const auto docs = documentsFor(held, item.id);
            if (docs.empty()) {
                wrappedText(ui, format(state.tr("ui.evidence.missing"), "item", itemName(state, item)), 0, colour(Tone::Warning));
            } else {
                wrappedText(ui, format(state.tr("ui.evidence.given"), "item", itemName(state, item)), 0, colour(Tone::Success));
                documents(state, ui, docs, 0);
            }
            ImGui::PopID();
        }
    if (const auto other = documentsFor(held, ""); !other.empty()) {
        text(ui, state.tr("ui.evidence.other"));
        documents(state, ui, other, 0);
    }
    downloadStatus(state, ui);
}

} // namespace huicai::ui
