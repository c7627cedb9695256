// The talent's workspace (#/talent): the profile with the name field (Chinese
// through the input-method bridge, saved on its own or with the application), the
// Huicai Card application (class and
// basis from the talent reference, then the documents the basis lists, each attached
// or described, evidence_form.h) and, once applied, the application as a timeline.
// Applying saves a changed name first.
// Below: the invitations to windows' liaison events, answered here, and the
// typical cases windows published.
#include "ui/screens/screens.h"

#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/evidence_form.h"
#include "core/workflow_credentials.h"
#include "ui/widgets/service_grid.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/typical_cases.h"
#include "ui/widgets/work_view.h"
#include "ui/widgets/text.h"

#include <imgui_stdlib.h>

namespace huicai::ui {

namespace {

void applyForm(app::AppState& state, Ui& ui, const Talent& talent) {
    app::Workspace& d = state.work;
    const auto& classes = d.talent.classes();
    if (classes.empty()) return;
    d.classIndex = std::clamp(d.classIndex, 0, static_cast<int>(classes.size()) - 1);
    const CardClass cls = classes[d.classIndex].cardClass;
    const auto bases = d.talent.basesOf(cls);
    if (bases.empty()) return;
    d.basisIndex = std::clamp(d.basisIndex, 0, static_cast<int>(bases.size()) - 1);
    const EligibilityBasis& basis = *bases[d.basisIndex];
    const float width = measureWidth(Measure::Form);

    heading(ui, state.tr("ui.talent.apply_title"));
    textColored(ui, colour(Tone::Muted), state.tr("ui.talent.class"));
    const std::string preview = classLabel(state, cls);
    ui.fonts.note(preview);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##card-class", preview.c_str())) {
        for (int i = 0; i < static_cast<int>(classes.size()); ++i) {
            const std::string l = classLabel(state, classes[i].cardClass);
            ui.fonts.note(l);
            if (ImGui::Selectable((l + "##class-" + std::to_string(i)).c_str(), i == d.classIndex)) {
                d.classIndex = i;
                d.basisIndex = 0;
            }
        }
        ImGui::EndCombo();
    }
    markCombo(ui, state.tr("ui.talent.class"), preview);
    textColored(ui, colour(Tone::Muted), state.tr("ui.talent.basis"));
    const std::string basisPreview = basisText(state, basis);
    ui.fonts.note(basisPreview);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##card-basis", basisPreview.c_str())) {
        for (int i = 0; i < static_cast<int>(bases.size()); ++i) {
            const std::string l = basisText(state, *bases[i]);
            ui.fonts.note(l);
            if (ImGui::Selectable((l + "##basis-" + std::to_string(i)).c_str(), i == d.basisIndex)) d.basisIndex = i;
        }
        ImGui::EndCombo();
    }
    markCombo(ui, state.tr("ui.talent.basis"), basisPreview);
    wrappedText(ui, basisText(state, basis), width, colour(Tone::Muted));
    ImGui::Dummy(ImVec2(0, space::kTight));
    const auto evidence = evidenceForm(state, ui, "apply", basis, {}, "ui.evidence.intro_apply", width);
    ImGui::Dummy(ImVec2(0, space::kTight));
    if (button(ui, labelled(state, "workflow.command.SubmitCardApplication", "apply")) && evidence) {
        if (d.name != talent.name) {
            UpdateTalentProfile update;
            update.talent = talent.id;
            update.name = d.name;
            ui.request(app::RunCommand{update});
        }
        const std::string id = d.newId("CA", d.state.cardApplications.size());
        ui.request(app::RunCommand{SubmitCardApplication{id, cls, basis.id, *evidence},
                                   [&state, basis] { clearEvidenceForm(state, "apply", basis); }});
    }
}

// The talent's invitations to liaison events (S6.1.1 (5)): the event, its item and
// day, the answer given, and Accept / Decline with a note while the core offers it.
void invitations(app::AppState& state, Ui& ui, const Talent& talent) {
    bool any = false;
    for (const auto& [id, i] : state.work.state.invitations) {
        if (i.talent != talent.id) continue;
        const auto e = state.work.state.events.find(i.event);
        if (e == state.work.state.events.end()) continue;
        if (!any) {
            ImGui::Dummy(ImVec2(0, space::kItem));
            heading(ui, state.tr("ui.liaison.invitations_title"));
            any = true;
        }
        ImGui::Separator();
        wrappedText(ui, e->second.date.iso() + " · " + e->second.title);
        textColored(ui, colour(Tone::Muted), itemName(state, e->second.item) + " · " + format(state.tr("ui.timeline.window"), "region", regionName(state, e->second.window)));
        if (i.answered)
            textColored(ui, i.accepted ? colour(Tone::Success) : colour(Tone::Muted),
                        state.tr(i.accepted ? "ui.liaison.accepted" : "ui.liaison.declined") + (i.note.empty() ? "" : " · " + i.note));
        const auto& offers = state.offersOn(recordKey("invitation", id));
        if (!findOffer(offers, "AnswerInvitation")) continue;
        std::string& note = serviceField(state, "invitation-" + id);
        searchField(ui, ("##invitation-note-" + id).c_str(), state.tr("ui.liaison.note_hint"), note,
                    measureWidth(Measure::Form));
        if (button(ui, labelled(state, "ui.liaison.accept", "accept-" + id)))
            ui.request(app::RunCommand{AnswerInvitation{id, true, note}, [&note] { note.clear(); }});
        ImGui::SameLine();
        if (button(ui, labelled(state, "ui.liaison.decline", "decline-" + id)))
            ui.request(app::RunCommand{AnswerInvitation{id, false, note}, [&note] { note.clear(); }});
    }
}

// Who the talent is to the system, and the name they may correct (the name goes
// into an application too), in a card of `cardW`.
void profileCard(app::AppState& state, Ui& ui, const Talent& talent, float cardW) {
    app::Workspace& d = state.work;
    beginCard("##talent-profile", cardW);
    textColored(ui, colour(Tone::Muted), state.tr("ui.talent.name"));
    searchField(ui, "##talent-name", state.tr("ui.talent.name_hint"), d.name, measureWidth(Measure::Narrow));
    if (d.name != talent.name && !d.name.empty()) {
        if (!state.narrow) ImGui::SameLine();
        if (button(ui, labelled(state, "ui.talent.save_profile", "save-profile"))) {
            UpdateTalentProfile update;
            update.talent = talent.id;
            update.name = d.name;
            ui.request(app::RunCommand{update});
        }
    }
    const TalentCategory* cat = d.talent.category(talent.category);
    if (cat) wrappedText(ui, format(state.tr("ui.talent.category"), "category", state.zh() ? cat->nameZh : cat->nameEn));
    auto e = d.state.employers.find(talent.employer);
    wrappedText(ui, format(state.tr("ui.talent.employer"), "employer", e == d.state.employers.end() ? talent.employer : e->second.name));
    if (talent.specialist.empty())
        textColored(ui, colour(Tone::Warning), state.tr("ui.talent.no_specialist"));
    else
        text(ui, format(state.tr("ui.talent.specialist"), "name", staffName(state, talent.specialist)));

    refusalNotice(ui); // a refusal of a control of this card, under it

    endCard();
}

} // namespace

void talentScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    pageTitle(ui, state.tr("ui.talent.title"));
    if (!roleGate(state, ui, Role::Talent, "talent")) return;
    largerTextSwitch(state, ui);
    app::Workspace& d = state.work;
    const Actor* actor = d.actor();
    auto t = actor ? d.state.talents.find(actor->scope) : d.state.talents.end();
    if (t == d.state.talents.end()) {
        wrappedText(ui, state.tr("ui.talent.unknown"), 0, colour(Tone::Warning));
        return;
    }
    const Talent& talent = t->second;
    if (!d.nameLoaded) {
        d.name = talent.name;
        d.nameLoaded = true;
    }
    const float cardW = measureWidth(Measure::Reading);

    // The card or the application first: where it stands and what to do next; before
    // the first application, who the talent is (the form takes the name from there).
    const CardApplication* app = latestApplication(state, talent.id);
    if (!app) profileCard(state, ui, talent, cardW);
    if (app) {
        beginCard("##talent-application", cardW);
        heading(ui, format(state.tr("ui.talent.application"), "id", app->id));
        keyValue(ui, state.tr("ui.talent.basis"), basisLabel(state, app->basis));
        timeline(state, ui, *app);
        if (!app->card.empty() && primaryButton(ui, labelled(state, "ui.talent.view_card", "view-card"), 0, Icon::Card))
            ui.request(app::Navigate{app::Route{app::Screen::Card, {}}});
        refusalNotice(ui); // a refusal of a control of this card, under it
        endCard();
    }
    // With a card: the services it opens, as a grid of tiles (S5.1).
    const Entitlements entitled = entitlementsOf(d.state, talent.id, d.today, state.catalog, d.regions);
    if (!entitled.card.empty()) {
        beginCard("##talent-services", cardW);
        heading(ui, state.tr("ui.talent.services_title"));
        serviceGrid(state, ui, entitled.provincialItems, ImGui::GetContentRegionAvail().x);
        refusalNotice(ui); // a refusal of a control of this card, under it
        endCard();
    }
    // The form while the core offers a new application (none open, no valid card).
    const std::string newKey = recordKey("card_application", d.newId("CA", d.state.cardApplications.size()));
    if (findOffer(state.offersOn(newKey), "SubmitCardApplication")) {
        beginCard("##talent-apply", cardW);
        applyForm(state, ui, talent);
        refusalNotice(ui); // a refusal of a control of this card, under it
        endCard();
    }

    // The services the card opens.
    if (button(ui, labelled(state, "ui.service.nav_services", "to-services"), ImVec2(state.narrow ? cardW : 0, 0)))
        ui.request(app::Navigate{app::Route{app::Screen::Services, {}}});
    ImGui::Dummy(ImVec2(0, space::kTight));
    if (app) profileCard(state, ui, talent, cardW);

    invitations(state, ui, talent);
    ImGui::Dummy(ImVec2(0, space::kItem));
    typicalCases(state, ui);
}

} // namespace huicai::ui
