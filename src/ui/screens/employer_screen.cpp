// The employer administrator's workspace (#/employer): the unit's talents as rows, each
// with its assigned specialist or a chip when it has none (S6.1.4) and the state of its
// latest application; the selected talent (beside the list on a desk, a page of its
// own on a phone) has a button per specialist of the unit to assign one. A filter
// field narrows the list by name. The list is clipped: a unit of thousands of talents
// draws only the rows in view. Links lead to the grading of specialists, the unit's
// local credentials and (signed in) the specialists' accounts.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "ui/theme.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/record_list.h"
#include "ui/widgets/work_view.h"
#include "ui/widgets/text.h"

#include <algorithm>

namespace huicai::ui {

namespace {

RecordRow talentRow(const app::AppState& state, const Talent& t) {
    RecordRow row{t.id, t.name};
    if (t.specialist.empty()) row.chip = {state.tr("ui.employer.no_specialist"), Tone::Warning, Icon::None};
    else row.facts = format(state.tr("ui.talent.specialist"), "name", staffName(state, t.specialist));
    if (const CardApplication* app = latestApplication(state, t.id))
        row.facts += (row.facts.empty() ? "" : " · ") + format(state.tr("ui.timeline.state"), "state", stateLabel(state, app->state));
    return row;
}

void talentDetail(app::AppState& state, Ui& ui, const Talent& t, const std::vector<const Staff*>& specialists) {
    heading(ui, t.name, TextStyle::Heading, Tone::Text);
    if (t.specialist.empty()) textColored(ui, colour(Tone::Warning), state.tr("ui.employer.no_specialist"));
    else text(ui, format(state.tr("ui.talent.specialist"), "name", staffName(state, t.specialist)));
    if (const CardApplication* app = latestApplication(state, t.id))
        textColored(ui, colour(Tone::Muted), format(state.tr("ui.timeline.state"), "state", stateLabel(state, app->state)));
    startChoices();
    for (const Staff* s : specialists) {
        if (s->id == t.specialist) continue;
        if (rowButton(ui, format(state.tr("ui.employer.assign_to"), "name", s->name) + "##assign-" + t.id + "-" + s->id))
            ui.request(app::RunCommand{AssignSpecialist{t.id, s->id}});
    }
}

} // namespace

void employerScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.employer.title"));
    if (!roleGate(state, ui, Role::EmployerAdmin, "employer_admin")) return;
    std::string& selected = state.work.fields["selected-employer"];
    // On a phone an open talent is a page of its own.
    const bool talentPage = state.narrow && !selected.empty();
    if (!talentPage) {
        startChoices();
        if (rowButton(ui, labelled(state, "ui.grading.nav", "to-grading")))
            ui.request(app::Navigate{app::Route{app::Screen::UnitGrading, {}}});
        if (rowButton(ui, labelled(state, "ui.green.employer_nav", "to-credentials")))
            ui.request(app::Navigate{app::Route{app::Screen::EmployerCredentials, {}}});
        if (state.work.server() && rowButton(ui, labelled(state, "ui.console.nav_specialists", "to-accounts")))
            ui.request(app::Navigate{app::Route{app::Screen::Admin, {}}});
    }
    app::Workspace& d = state.work;
    const Actor* actor = d.actor();
    if (!actor) return;
    std::vector<const Staff*> specialists;
    for (const auto& [id, s] : d.state.staff)
        if (s.org == actor->scope && s.role == Role::EmployerSpecialist) specialists.push_back(&s);

    std::string& filter = state.work.queueFilter;
    if (!talentPage)
        searchField(ui, "##talent-filter", state.tr("ui.employer.filter_hint"), filter,
                    measureWidth(Measure::Form));
    std::vector<const Talent*> talents;
    const Talent* chosen = nullptr;
    for (const auto& [id, t] : d.state.talents) {
        if (t.employer != actor->scope) continue;
        if (!filter.empty() && t.name.find(filter) == std::string::npos && t.id.find(filter) == std::string::npos) continue;
        talents.push_back(&t);
        if (t.id == selected) chosen = &t;
    }
    // Talents still without a specialist first: they are the unit's work (S6.1.4).
    std::stable_partition(talents.begin(), talents.end(), [](const Talent* t) { return t->specialist.empty(); });
    if (talents.empty()) {
        selected.clear();
        wrappedText(ui, state.tr("ui.employer.no_talents"), 0, colour(Tone::Muted));
        return;
    }
    keepSelection(state, selected, chosen != nullptr, talents.front()->id);
    masterDetail(
        state, ui, "##employer-talents", selected, "ui.list.select_hint",
        [&] {
            auto row = [&](int i) { return talentRow(state, *talents[static_cast<size_t>(i)]); };
            auto isSelected = [&](int i) { return talents[static_cast<size_t>(i)]->id == selected; };
            if (const int hit = recordList(ui, "##talent-list", static_cast<int>(talents.size()), state.narrow ? 6 : 8, row, isSelected);
                hit >= 0)
                selected = talents[static_cast<size_t>(hit)]->id;
        },
        [&] {
            auto it = d.state.talents.find(selected);
            if (it != d.state.talents.end()) talentDetail(state, ui, it->second, specialists);
        });
}

} // namespace huicai::ui
