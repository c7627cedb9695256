// The employer administrator's workspace (#/employer, demo mode): the unit's talents,
// each with its assigned specialist or flagged when it has none (S6.1.4), and a button
// per specialist of the unit to assign one; a filter field narrows the list by name.
// The list is clipped (clipped_list.h): a unit of thousands of talents draws only
// the ones in view. Links lead to the grading of specialists, the unit's local
// credentials and (signed in) the specialists' accounts.
#include "ui/screens/screens.h"

#include "ui/theme.h"
#include "ui/widgets/clipped_list.h"
#include "ui/widgets/work_view.h"
#include "ui/widgets/text.h"

namespace huicai::ui {

void employerScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.employer.title"));
    if (!roleGate(state, ui, Role::EmployerAdmin, "employer_admin")) return;
    if (button(ui, labelled(state, "ui.grading.nav", "to-grading")))
        ui.request(app::Navigate{app::Route{app::Screen::UnitGrading, {}}});
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.green.employer_nav", "to-credentials")))
        ui.request(app::Navigate{app::Route{app::Screen::EmployerCredentials, {}}});
    if (state.work.server()) {
        ImGui::SameLine();
        if (button(ui, labelled(state, "ui.console.nav_specialists", "to-accounts")))
            ui.request(app::Navigate{app::Route{app::Screen::Admin, {}}});
    }
    commandNotice(state, ui);
    app::Workspace& d = state.work;
    const Actor* actor = d.actor();
    if (!actor) return;
    std::vector<const Staff*> specialists;
    for (const auto& [id, s] : d.state.staff)
        if (s.org == actor->scope && s.role == Role::EmployerSpecialist) specialists.push_back(&s);

    std::string& filter = state.work.queueFilter;
    searchField(ui, "##talent-filter", state.tr("ui.employer.filter_hint"), filter,
                std::min(ImGui::GetContentRegionAvail().x, 520.0f));
    std::vector<const Talent*> talents;
    for (const auto& [id, t] : d.state.talents) {
        if (t.employer != actor->scope) continue;
        if (!filter.empty() && t.name.find(filter) == std::string::npos && t.id.find(filter) == std::string::npos) continue;
        talents.push_back(&t);
    }
    const int shown = static_cast<int>(talents.size());
    clippedList(shown, blockHeight(3, 1), [&](int i) {
        const Talent& t = *talents[static_cast<size_t>(i)];
        ImGui::Separator();
        text(ui, t.name);
        if (t.specialist.empty()) {
            textColored(ui, colour(Tone::Warning), state.tr("ui.employer.no_specialist"));
        } else {
            text(ui, format(state.tr("ui.talent.specialist"), "name", staffName(state, t.specialist)));
        }
        if (const CardApplication* app = latestApplication(state, t.id))
            textColored(ui, colour(Tone::Muted), format(state.tr("ui.timeline.state"), "state", stateLabel(state, app->state)));
        else
            ImGui::NewLine();
        for (const Staff* s : specialists) {
            if (s->id == t.specialist) continue;
            if (button(ui, format(state.tr("ui.employer.assign_to"), "name", s->name) + "##assign-" + t.id + "-" + s->id))
                ui.request(app::RunCommand{AssignSpecialist{t.id, s->id}});
            ImGui::SameLine();
        }
        ImGui::NewLine();
    });
    if (shown == 0) wrappedText(ui, state.tr("ui.employer.no_talents"), 0, colour(Tone::Muted));
}

} // namespace huicai::ui
