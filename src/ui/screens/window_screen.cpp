// The window specialist's workspace (#/window, demo mode): the review queue of the
// applications held by the acting window, sorted by working days left (those without
// a running limit last), each with its deadline chip and the actions its state allows:
// approve, escalate to the next-higher window, issue the card (province), return for
// revision or reject with the reason typed in the row.
#include "ui/screens/screens.h"

#include "ui/theme.h"
#include "ui/widgets/work_view.h"
#include "ui/widgets/text.h"

#include <algorithm>
#include <climits>

namespace huicai::ui {

namespace {

bool inQueue(CardState s) {
    return s == CardState::UnderWindowReview || s == CardState::ApprovedAtWindow || s == CardState::AtProvince ||
           s == CardState::PanelApproved;
}

int daysLeft(const app::AppState& state, const CardApplication& app) {
    auto left = workingDaysLeft(app.clock, state.work.today, state.work.calendar);
    return left && left->has_value() ? **left : INT_MAX;
}

void actions(app::AppState& state, Ui& ui, const CardApplication& app) {
    const std::string& id = app.id;
    if (app.state == CardState::UnderWindowReview &&
        button(ui, labelled(state, "workflow.command.ApproveAtWindow", "approve-" + id))) {
        ui.request(app::RunCommand{ApproveAtWindow{id, ""}});
    }
    if (app.state == CardState::ApprovedAtWindow &&
        button(ui, labelled(state, "workflow.command.EscalateToUpperWindow", "escalate-" + id))) {
        ui.request(app::RunCommand{EscalateToUpperWindow{id}});
    }
    if ((app.state == CardState::AtProvince || app.state == CardState::PanelApproved) &&
        button(ui, labelled(state, "workflow.command.IssueCard", "issue-" + id))) {
        ui.request(app::RunCommand{IssueCard{id}});
    }
    if (app.state == CardState::ApprovedAtWindow) return;
    std::string& reason = state.work.reasons[id];
    const float width = std::min(ImGui::GetContentRegionAvail().x, 520.0f);
    searchField(ui, ("##reason-" + id).c_str(), state.tr("ui.window.reason_hint"), reason, width);
    std::vector<std::string> reasons;
    if (!reason.empty()) reasons.push_back(reason);
    if (button(ui, labelled(state, "workflow.command.ReturnForRevision", "return-" + id)))
        ui.request(app::RunCommand{ReturnForRevision{id, reasons}});
    ImGui::SameLine();
    if (button(ui, labelled(state, "workflow.command.RejectApplication", "reject-" + id)))
        ui.request(app::RunCommand{RejectApplication{id, reasons}});
}

} // namespace

void windowScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.window.title"));
    if (!roleGate(state, ui, "window_", "window_county")) return;
    const Actor* actor = state.work.actor();
    if (!actor) return;
    textColored(ui, theme::kMuted, format(state.tr("ui.timeline.window"), "region", regionName(state, actor->scope)));
    if (button(ui, labelled(state, "ui.service.nav_window", "to-services")))
        ui.request(app::Navigate{app::Route{app::Screen::WindowServices, {}}});
    commandNotice(state, ui);
    std::vector<const CardApplication*> queue;
    for (const auto& [id, app] : state.work.state.cardApplications)
        if (app.window == actor->scope && inQueue(app.state)) queue.push_back(&app);
    std::stable_sort(queue.begin(), queue.end(), [&](const CardApplication* a, const CardApplication* b) {
        return daysLeft(state, *a) < daysLeft(state, *b);
    });
    for (const CardApplication* app : queue) {
        ImGui::Separator();
        text(ui, talentName(state, app->talent) + " · " + app->id + " · " + classLabel(state, app->cardClass) + " " +
                     app->basis);
        timeline(state, ui, *app);
        actions(state, ui, *app);
    }
    if (queue.empty()) wrappedText(ui, state.tr("ui.window.empty"), 0, theme::kMuted);
}

} // namespace huicai::ui
