// The window specialist's workspace (#/window): the review queue of the applications
// held by the acting window, sorted by working days left (those without a running
// limit last), each with its deadline chip and the actions its state allows: approve,
// escalate to the next-higher window, confirm the introduction contract (review
// class: its date typed in the row), refer to the expert panel and record the panel's
// decision with its experts and opinion (evaluation class, province), issue the card
// (province), return for revision or reject with the reason typed in the row. A
// filter field narrows the queue to the rows whose talent name or id contains it.
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
           s == CardState::ExpertPanel || s == CardState::PanelApproved;
}

// "a, b；c" → {"a", "b", "c"}: names split at commas (ASCII or Chinese) and semicolons.
std::vector<std::string> splitNames(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        const auto b = cur.find_first_not_of(' '), e = cur.find_last_not_of(' ');
        if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
        cur.clear();
    };
    auto separator = [&](size_t i) -> size_t {
        for (std::string_view sep : {",", ";", "，", "；", "、"})
            if (text.compare(i, sep.size(), sep) == 0) return sep.size();
        return 0;
    };
    for (size_t i = 0; i < text.size();) {
        if (const size_t n = separator(i)) {
            flush();
            i += n;
        } else {
            cur += text[i++];
        }
    }
    flush();
    return out;
}

void contractRow(app::AppState& state, Ui& ui, const CardApplication& app) {
    std::string& date = state.work.contractDates[app.id];
    if (date.empty()) date = state.work.today.iso();
    const float width = std::min(ImGui::GetContentRegionAvail().x * 0.5f, 200.0f);
    textColored(ui, theme::kMuted, state.tr("ui.window.contract_date"));
    ImGui::SameLine();
    searchField(ui, ("##contract-" + app.id).c_str(), state.tr("ui.window.contract_date_hint"), date, width);
    ImGui::SameLine();
    if (button(ui, labelled(state, "workflow.command.ConfirmContract", "contract-" + app.id))) {
        auto d = Date::parse(date);
        if (!d) {
            state.work.error = d.error().key;
            state.work.errorDetail = d.error().detail;
            state.work.done.clear();
        } else {
            ui.request(app::RunCommand{ConfirmContract{app.id, *d}});
        }
    }
}

void panelRow(app::AppState& state, Ui& ui, const CardApplication& app) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, 520.0f);
    std::string& experts = state.work.experts[app.id];
    std::string& opinion = state.work.opinions[app.id];
    searchField(ui, ("##experts-" + app.id).c_str(), state.tr("ui.window.experts_hint"), experts, width);
    searchField(ui, ("##opinion-" + app.id).c_str(), state.tr("ui.window.opinion_hint"), opinion, width);
    const auto names = splitNames(experts);
    if (button(ui, labelled(state, "ui.window.panel_approve", "panel-approve-" + app.id)))
        ui.request(app::RunCommand{RecordExpertPanelDecision{app.id, names, true, opinion}});
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.window.panel_reject", "panel-reject-" + app.id)))
        ui.request(app::RunCommand{RecordExpertPanelDecision{app.id, names, false, opinion}});
}

int daysLeft(const app::AppState& state, const CardApplication& app) {
    auto left = workingDaysLeft(app.clock, state.work.today, state.work.calendar);
    return left && left->has_value() ? **left : INT_MAX;
}

void actions(app::AppState& state, Ui& ui, const CardApplication& app) {
    const std::string& id = app.id;
    if (app.cardClass == CardClass::ReviewIssue) {
        if (app.contractConfirmedOn)
            textColored(ui, theme::kOk, format(state.tr("ui.window.contract_confirmed"), "date", app.contractConfirmedOn->iso()));
        else
            contractRow(state, ui, app);
    }
    if (app.state == CardState::ExpertPanel) {
        panelRow(state, ui, app);
        return;
    }
    if (app.state == CardState::AtProvince && app.cardClass == CardClass::EvaluationIssue &&
        button(ui, labelled(state, "workflow.command.ReferToExpertPanel", "panel-" + id))) {
        ui.request(app::RunCommand{ReferToExpertPanel{id}});
    }
    if (app.state == CardState::UnderWindowReview &&
        button(ui, labelled(state, "workflow.command.ApproveAtWindow", "approve-" + id))) {
        ui.request(app::RunCommand{ApproveAtWindow{id, ""}});
    }
    if (app.state == CardState::ApprovedAtWindow &&
        button(ui, labelled(state, "workflow.command.EscalateToUpperWindow", "escalate-" + id))) {
        ui.request(app::RunCommand{EscalateToUpperWindow{id}});
    }
    if (((app.state == CardState::AtProvince && app.cardClass != CardClass::EvaluationIssue) ||
         app.state == CardState::PanelApproved) &&
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
    std::string& filter = state.work.queueFilter;
    searchField(ui, "##queue-filter", state.tr("ui.window.filter_hint"), filter,
                std::min(ImGui::GetContentRegionAvail().x, 520.0f));
    std::vector<const CardApplication*> queue;
    for (const auto& [id, app] : state.work.state.cardApplications) {
        if (app.window != actor->scope || !inQueue(app.state)) continue;
        if (!filter.empty() && app.id.find(filter) == std::string::npos &&
            talentName(state, app.talent).find(filter) == std::string::npos)
            continue;
        queue.push_back(&app);
    }
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
