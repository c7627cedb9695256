// The employer specialist's workspace (#/specialist): the talents assigned to them
// with the state of each one's latest application, then their open card applications,
// each with one control per offer the core makes (core/offers.h): complete (the
// documents the basis lists, item by item, evidence_form.h), submit to
// the window of the employer's level, resubmit after a return for revision. The list of talents is clipped (clipped_list.h), so only the
// rows in view look up their latest application. A filter narrows the open
// applications to a talent's name or an application id. Below, the trainings they attended
// (S6.1.1 (2)), the problems and suggestions they send their window about a talent
// they serve or their work (S6.2.4 (4)), and the typical cases windows published (S8.3).
#include "ui/screens/screens.h"

#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/clipped_list.h"
#include "ui/widgets/evidence_form.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/problem_form.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/training_view.h"
#include "ui/widgets/typical_cases.h"
#include "ui/widgets/work_view.h"
#include "ui/widgets/text.h"

namespace huicai::ui {

namespace {

// Completion (S7.1 (2)): the documents of the basis still to give, item by item. The
// button is live when the core offers completion, or waits only for documents the
// form now gives.
void completeForm(app::AppState& state, Ui& ui, const CardApplication& app, const std::vector<Offer>& offers) {
    const Offer* offer = findOffer(offers, "CompleteApplication");
    const EligibilityBasis* basis = state.work.talent.basis(app.basis);
    if (!offer || !basis) return;
    const std::string form = "complete-" + app.id;
    const float width = measureWidth(Measure::Form);
    const auto entries = evidenceForm(state, ui, form, *basis, app.evidence, "ui.evidence.intro_complete", width);
    std::vector<EvidenceDocument> merged = app.evidence;
    if (entries) addEvidence(merged, *entries);
    const bool live = entries && (offer->ready() || (offer->waitingOn == "error.card.evidence_missing" &&
                                                     missingEvidence(*basis, merged).empty()));
    const std::string label = labelled(state, "workflow.command.CompleteApplication", form);
    if (!live) {
        ImGui::BeginDisabled();
        button(ui, label);
        ImGui::EndDisabled();
        if (!offer->ready()) wrappedText(ui, state.errorText(offer->waitingOn, offer->waitingDetail), width, colour(Tone::Muted));
        return;
    }
    if (button(ui, label))
        ui.request(app::RunCommand{CompleteApplication{app.id, *entries},
                                   [&state, form, basis = *basis] { clearEvidenceForm(state, form, basis); }});
}

} // namespace

void specialistScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.specialist.title"));
    if (!roleGate(state, ui, Role::EmployerSpecialist, "employer_specialist")) return;
    if (button(ui, labelled(state, "ui.service.nav_specialist", "to-services")))
        ui.request(app::Navigate{app::Route{app::Screen::SpecialistServices, {}}});
    const app::Workspace& d = state.work;
    const Actor* actor = d.actor();
    if (!actor) return;
    textColored(ui, colour(Tone::Muted), state.tr("ui.specialist.my_talents"));
    std::vector<const Talent*> mine;
    for (const auto& [id, talent] : d.state.talents)
        if (talent.specialist == actor->id) mine.push_back(&talent);
    clippedList(static_cast<int>(mine.size()), ImGui::GetTextLineHeightWithSpacing(), [&](int i) {
        const Talent& talent = *mine[static_cast<size_t>(i)];
        const CardApplication* latest = latestApplication(state, talent.id);
        text(ui, "· " + talent.name + " · " +
                     (latest ? latest->id + " " + stateLabel(state, latest->state) : std::string(state.tr("ui.specialist.no_application"))));
    });
    ImGui::Dummy(ImVec2(0, space::kItem));
    std::string& filter = serviceField(state, "filter-specialist");
    filterField(state, ui, "##filter-specialist", filter);
    int shown = 0;
    for (const auto& [id, app] : d.state.cardApplications) {
        auto t = d.state.talents.find(app.talent);
        if (t == d.state.talents.end() || t->second.specialist != actor->id) continue;
        if (!isOpen(app) || !rowMatches(filter, {t->second.name, app.id})) continue;
        ++shown;
        beginCard(("##specialist-app-" + app.id).c_str(), measureWidth(Measure::Reading));
        text(ui, t->second.name + " · " + app.id + " · " + basisLabel(state, app.basis));
        timeline(state, ui, app);
        const std::vector<Offer>& offers = state.offersOn(recordKey("card_application", app.id));
        if (offers.empty()) textColored(ui, colour(Tone::Muted), state.tr("ui.specialist.waiting"));
        completeForm(state, ui, app, offers);
        if (offerButton(state, ui, offers, "SubmitToWindow", "submit-" + app.id))
            ui.request(app::RunCommand{SubmitToWindow{app.id}});
        if (offerButton(state, ui, offers, "Resubmit", "resubmit-" + app.id)) ui.request(app::RunCommand{Resubmit{app.id, ""}});
        refusalNotice(ui); // a refusal of a control of this card, under it
        endCard();
    }
    if (shown == 0) emptyState(ui, state.tr("ui.specialist.empty"));
    std::vector<std::string> talents;
    for (const Talent* t : mine) talents.push_back(t->id);
    ImGui::Dummy(ImVec2(0, space::kItem));
    problemsAndSuggestions(state, ui, *actor, talents); // S6.2.4 (4)
    trainingsAttended(state, ui, actor->id);
    ImGui::Dummy(ImVec2(0, space::kItem));
    typicalCases(state, ui);
}

} // namespace huicai::ui
