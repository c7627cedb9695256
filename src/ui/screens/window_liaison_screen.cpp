// The window's liaison work (#/window/liaison, S6.1.1 (5), S8.3): talent liaison
// events of the invitation items (A19 recuperation, A27 seminars, A28 visits, A29
// guidance and project needs) — a form to create one (title, item, date), checked
// before it is sent; the window's events, each with its invitations and the talents'
// answers, and an Invite button for each talent the core lets the window invite
// (core/liaison.h) — and the typical cases: a form to publish one and the cases
// published so far.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/liaison.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/typical_cases.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <map>

namespace huicai::ui {

namespace {

struct LiaisonForm {
    std::string title, item, date;
    std::string caseTitle, caseSummary;
    std::string hint, caseHint; // i18n keys of the forms' own checks, or empty
    // Whom each event may invite, asked of the core per event as it is drawn.
    CoreAnswer<std::map<std::string, std::vector<std::string>>> invitable;
};

void eventForm(app::AppState& state, Ui& ui, LiaisonForm& f) {
    heading(ui, state.tr("ui.liaison.form_title"));
    const float width = measureWidth(Measure::Form);
    searchField(ui, "##event-title", state.tr("ui.liaison.title_hint"), f.title, width);
    textColored(ui, colour(Tone::Muted), state.tr("ui.liaison.item"));
    startChoices();
    for (const ServiceItem& i : state.catalog.items())
        if (i.mode == ObtainMode::Invitation && choice(ui, itemName(state, i.code) + "##event-item-" + i.code, f.item == i.code))
            f.item = i.code;
    searchField(ui, "##event-date", state.tr("ui.liaison.date_hint"), f.date, measureWidth(Measure::Field));
    if (button(ui, labelled(state, "workflow.command.CreateLiaisonEvent", "create-event"))) {
        const auto date = Date::parse(f.date);
        if (f.title.empty()) {
            f.hint = "ui.liaison.need_title";
        } else if (f.item.empty()) {
            f.hint = "ui.liaison.need_item";
        } else if (!date) {
            f.hint = "ui.liaison.need_date";
        } else {
            f.hint.clear();
            const std::string id = state.work.newId("EV", state.work.state.events.size());
            ui.request(app::RunCommand{CreateLiaisonEvent{id, f.title, f.item, *date}, [&f] {
                                           f.title.clear();
                                           f.date.clear();
                                       }});
        }
    }
    if (!f.hint.empty()) fieldError(ui, state.tr(f.hint), 0);
}

std::string answerText(const app::AppState& state, const Invitation& i) {
    if (!i.answered) return state.tr("ui.liaison.no_answer");
    std::string s = state.tr(i.accepted ? "ui.liaison.accepted" : "ui.liaison.declined");
    if (!i.note.empty()) s += " · " + i.note;
    return s;
}

void eventList(app::AppState& state, Ui& ui, LiaisonForm& f, const Actor& actor) {
    heading(ui, state.tr("ui.liaison.list_title"));
    auto& invitable = f.invitable.get(state, [] { return std::map<std::string, std::vector<std::string>>{}; });
    std::vector<const LiaisonEvent*> rows;
    for (const auto& [id, e] : state.work.state.events)
        if (e.window == actor.scope) rows.push_back(&e);
    std::sort(rows.begin(), rows.end(), [](const LiaisonEvent* a, const LiaisonEvent* b) {
        return a->date != b->date ? a->date > b->date : a->id > b->id;
    });
    if (rows.empty()) emptyState(ui, state.tr("ui.liaison.none"));
    for (const LiaisonEvent* e : rows) {
        ImGui::Separator();
        cappedText(ui, e->date.iso() + " · " + e->title, 2);
        textColored(ui, colour(Tone::Muted), itemName(state, e->item));
        for (const auto& [iid, i] : state.work.state.invitations)
            if (i.event == e->id) cappedText(ui, talentName(state, i.talent) + " · " + answerText(state, i), 2);
        auto found = invitable.find(e->id);
        if (found == invitable.end())
            found = invitable.emplace(e->id, invitableTalents(state.work.state, actor, e->id, state.workContext())).first;
        for (const auto& t : found->second) {
            if (button(ui, format(state.tr("ui.liaison.invite"), "name", talentName(state, t)) + "##invite-" + e->id + "-" + t))
                ui.request(app::RunCommand{InviteTalent{e->id, t}});
            if (!state.narrow) ImGui::SameLine();
        }
        if (!found->second.empty() && !state.narrow) ImGui::NewLine();
    }
}

void caseForm(app::AppState& state, Ui& ui, LiaisonForm& f) {
    heading(ui, state.tr("ui.case.form_title"));
    const float width = measureWidth(Measure::Form);
    searchField(ui, "##case-title", state.tr("ui.case.title_hint"), f.caseTitle, width);
    multilineField(ui, "##case-summary", state.tr("ui.case.summary_hint"), f.caseSummary, width, 80.0f);
    if (button(ui, labelled(state, "workflow.command.PublishTypicalCase", "publish-case"))) {
        if (f.caseTitle.empty() || f.caseSummary.empty()) {
            f.caseHint = "ui.case.need_text";
        } else {
            f.caseHint.clear();
            const std::string id = state.work.newId("TC", state.work.state.typicalCases.size());
            ui.request(app::RunCommand{PublishTypicalCase{id, f.caseTitle, f.caseSummary, "", ""}, [&f] {
                                           f.caseTitle.clear();
                                           f.caseSummary.clear();
                                       }});
        }
    }
    if (!f.caseHint.empty()) fieldError(ui, state.tr(f.caseHint), 0);
}

} // namespace

void windowLiaisonScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = windowScreenHead(state, ui, "ui.liaison.title");
    if (!actor) return;
    LiaisonForm& f = screenForm<LiaisonForm>(state, "window_liaison");
    eventForm(state, ui, f);
    ImGui::Dummy(ImVec2(0, space::kItem));
    eventList(state, ui, f, *actor);
    ImGui::Dummy(ImVec2(0, space::kItem));
    caseForm(state, ui, f);
    ImGui::Dummy(ImVec2(0, space::kItem));
    typicalCases(state, ui);
}

} // namespace huicai::ui
