// The window specialist's workspace (#/window): the review queue of the applications
// held by the acting window as a compact list, one line per application (talent name,
// application id, class, state, deadline chip, due date), sorted by working days left
// (those without a running limit last) and drawn with ImGuiListClipper, so a queue of
// 100k rows costs only the visible lines; the sorted, filtered rows come from the
// workspace's QueueIndex (app/queue_index.h), rebuilt only when the state, the filter
// or today changes. A filter field narrows the list to the rows whose talent name or
// id contains it; the selected row (a click, or the only row left by the filter) shows
// its timeline and, below the list, one control per offer the core makes the window
// on it (core/offers.h): approve, escalate to the next-higher window, confirm the
// introduction contract (its date typed), refer to the expert panel and record the
// panel's decision with its experts and opinion, issue the card (greyed with the
// reason while it waits on the contract or the panel), return for revision or reject
// with the reason typed.
#include "ui/screens/screens.h"

#include "app/deadline_chip.h"
#include "app/queue_index.h"
#include "core/account_policy.h"
#include "core/evaluation_scope.h"
#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/work_view.h"
#include "ui/widgets/text.h"

#include <algorithm>

namespace huicai::ui {

namespace {

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

void contractRow(app::AppState& state, Ui& ui, const std::vector<Offer>& offers, const CardApplication& app) {
    std::string& date = state.work.contractDates[app.id];
    if (date.empty()) date = state.work.today.iso();
    const float width = std::min(ImGui::GetContentRegionAvail().x * 0.5f, 200.0f);
    textColored(ui, colour(Tone::Muted), state.tr("ui.window.contract_date"));
    ImGui::SameLine();
    searchField(ui, ("##contract-" + app.id).c_str(), state.tr("ui.window.contract_date_hint"), date, width);
    ImGui::SameLine();
    if (offerButton(state, ui, offers, "ConfirmContract", "contract-" + app.id)) {
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

void panelRow(app::AppState& state, Ui& ui, const std::vector<Offer>& offers, const CardApplication& app) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, 520.0f);
    std::string& experts = state.work.experts[app.id];
    std::string& opinion = state.work.opinions[app.id];
    searchField(ui, ("##experts-" + app.id).c_str(), state.tr("ui.window.experts_hint"), experts, width);
    searchField(ui, ("##opinion-" + app.id).c_str(), state.tr("ui.window.opinion_hint"), opinion, width);
    const auto names = splitNames(experts);
    if (offerButton(state, ui, offers, "RecordExpertPanelDecision", "panel-approve-" + app.id, "ui.window.panel_approve"))
        ui.request(app::RunCommand{RecordExpertPanelDecision{app.id, names, true, opinion}});
    ImGui::SameLine();
    if (offerButton(state, ui, offers, "RecordExpertPanelDecision", "panel-reject-" + app.id, "ui.window.panel_reject"))
        ui.request(app::RunCommand{RecordExpertPanelDecision{app.id, names, false, opinion}});
}

// One control per offer the core makes the acting window on the application.
void actions(app::AppState& state, Ui& ui, const CardApplication& app) {
    const std::string& id = app.id;
    const std::vector<Offer>& offers = state.offersOn(recordKey("card_application", id));
    if (app.contractConfirmedOn)
        textColored(ui, colour(Tone::Success), format(state.tr("ui.window.contract_confirmed"), "date", app.contractConfirmedOn->iso()));
    if (findOffer(offers, "ConfirmContract")) contractRow(state, ui, offers, app);
    if (findOffer(offers, "RecordExpertPanelDecision")) panelRow(state, ui, offers, app);
    if (offerButton(state, ui, offers, "ReferToExpertPanel", "panel-" + id)) ui.request(app::RunCommand{ReferToExpertPanel{id}});
    if (offerButton(state, ui, offers, "ApproveAtWindow", "approve-" + id)) ui.request(app::RunCommand{ApproveAtWindow{id, ""}});
    if (offerButton(state, ui, offers, "EscalateToUpperWindow", "escalate-" + id))
        ui.request(app::RunCommand{EscalateToUpperWindow{id}});
    if (offerButton(state, ui, offers, "IssueCard", "issue-" + id)) ui.request(app::RunCommand{IssueCard{id}});
    if (!findOffer(offers, "ReturnForRevision") && !findOffer(offers, "RejectApplication")) return;
    std::string& reason = state.work.reasons[id];
    const float width = std::min(ImGui::GetContentRegionAvail().x, 520.0f);
    searchField(ui, ("##reason-" + id).c_str(), state.tr("ui.window.reason_hint"), reason, width);
    std::vector<std::string> reasons;
    if (!reason.empty()) reasons.push_back(reason);
    if (offerButton(state, ui, offers, "ReturnForRevision", "return-" + id))
        ui.request(app::RunCommand{ReturnForRevision{id, reasons}});
    ImGui::SameLine();
    if (offerButton(state, ui, offers, "RejectApplication", "reject-" + id))
        ui.request(app::RunCommand{RejectApplication{id, reasons}});
}

// A row's height: two lines of text in a row a finger can hit on a phone.
float queueRowHeight() { return std::max(ImGui::GetTextLineHeight() * 2 + space::kItem * 2, kTouchTarget); }

// One row of the list, read at a glance: the talent and the application number with
// the deadline chip at the right; under them the class, where it comes from (the
// employer's region) and the state, with the due date at the right.
void queueLine(app::AppState& state, Ui& ui, const CardApplication& app, const std::string& name, bool selected) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = queueRowHeight();
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const std::string label = name + " · " + app.id;
    if (ImGui::Selectable(("##row-" + app.id).c_str(), selected, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, height)))
        state.work.queueSelected = app.id;
    ui.map.annotate(ImGui::GetItemID(), label);
    const ImVec2 end = ImGui::GetCursorScreenPos();
    const float inset = space::kItem;

    const WorkCalendar& cal = state.work.dueCalendar();
    std::string chipText;
    Tone chipTone = Tone::Muted;
    Icon chipIcon = Icon::None;
    if (auto c = app::deadlineChip(app.clock, state.work.today, cal); c && *c != app::DeadlineChip::None) {
        chipText = state.tr(app::chipKey(*c));
        chipTone = *c == app::DeadlineChip::Overdue ? Tone::Danger : *c == app::DeadlineChip::DueSoon ? Tone::Warning
                                                                                                      : Tone::Success;
        chipIcon = *c == app::DeadlineChip::Overdue ? Icon::Overdue : *c == app::DeadlineChip::DueSoon ? Icon::DueSoon
                                                                                                       : Icon::OnTime;
    }
    const float chipW = chipText.empty() ? 0 : chipWidth(chipText, chipIcon);
    ImGui::SetCursorScreenPos(ImVec2(at.x + inset, at.y + space::kItem - 2));
    ImGui::PushClipRect(ImVec2(at.x, at.y), ImVec2(at.x + width - chipW - inset * 2, at.y + height), true);
    text(ui, label);
    ImGui::PopClipRect();
    if (!chipText.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(at.x + width - chipW - inset, at.y + space::kItem - 4));
        chip(ui, chipText, chipTone, chipIcon);
    }

    auto due = dueDate(app.clock, cal);
    std::string dueText = due && due->has_value() ? (*due)->iso() : std::string();
    if (!dueText.empty() && app::provisionalDue(app.clock, cal)) dueText += " " + std::string(state.tr("ui.chip.provisional"));
    const float dueW = dueText.empty() ? 0 : ImGui::CalcTextSize(dueText.c_str()).x;
    std::string facts = classLabel(state, app.cardClass) + " · " + regionName(state, employerRegion(state.work.state, app.employer));
    if (!state.narrow) facts += " · " + stateLabel(state, app.state);
    ImGui::SetCursorScreenPos(ImVec2(at.x + inset, at.y + space::kItem + line));
    ImGui::PushClipRect(ImVec2(at.x, at.y), ImVec2(at.x + width - dueW - inset * 3, at.y + height), true);
    textColored(ui, colour(Tone::Muted), facts);
    ImGui::PopClipRect();
    if (!dueText.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(at.x + width - dueW - inset, at.y + space::kItem + line));
        textColored(ui, colour(Tone::Muted), dueText);
    }
    ImGui::SetCursorScreenPos(end);
}

// The selected application when it is still in this window's queue and passes the filter.
const CardApplication* selectedApp(const app::AppState& state, const std::string& window) {
    const std::string& id = state.work.queueSelected;
    if (id.empty()) return nullptr;
    auto it = state.work.state.cardApplications.find(id);
    if (it == state.work.state.cardApplications.end()) return nullptr;
    const CardApplication& app = it->second;
    if (app.window != window || !app::inReviewQueue(app.state)) return nullptr;
    const std::string& filter = state.work.queueFilter;
    if (!filter.empty() && app.id.find(filter) == std::string::npos &&
        talentName(state, app.talent).find(filter) == std::string::npos)
        return nullptr;
    return &app;
}

void queueList(app::AppState& state, Ui& ui, const std::vector<const app::QueueRow*>& rows) {
    const float line = queueRowHeight() + ImGui::GetStyle().ItemSpacing.y;
    const int shown = std::min<int>(static_cast<int>(rows.size()), state.narrow ? 6 : 8);
    const float height = shown * line + ImGui::GetStyle().WindowPadding.y * 2;
    // A list that fits whole leaves the wheel and touch drags to the page.
    const bool fits = static_cast<int>(rows.size()) <= shown;
    if (!ImGui::BeginChild("##queue-list", ImVec2(0, height), true,
                           fits ? ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar : 0)) {
        ImGui::EndChild();
        return;
    }
    const auto& apps = state.work.state.cardApplications;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), line);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const app::QueueRow& row = *rows[static_cast<size_t>(i)];
            auto it = apps.find(row.id);
            if (it == apps.end()) {
                ImGui::Dummy(ImVec2(0, queueRowHeight()));
                continue;
            }
            queueLine(state, ui, it->second, row.name, state.work.queueSelected == row.id);
        }
    }
    ImGui::EndChild();
}

} // namespace

void windowScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.window.title"));
    if (!roleGate(state, ui, Role::WindowSpecialist, "window_county")) return;
    const Actor* actor = state.work.actor();
    if (!actor) return;
    textColored(ui, colour(Tone::Muted), format(state.tr("ui.timeline.window"), "region", regionName(state, actor->scope)));
    // Links to the window's other screens, wrapping to the width.
    struct Link {
        const char* key;
        const char* id;
        app::Screen screen;
    };
    static constexpr Link kLinks[] = {
        {"ui.service.nav_window", "to-services", app::Screen::WindowServices},
        {"ui.oversight.nav.archive", "to-archive", app::Screen::Archive},
        {"ui.oversight.nav.dashboard", "to-dashboard", app::Screen::Dashboard},
        {"ui.grading.eval_nav", "to-evaluations", app::Screen::WindowEvaluations},
        {"ui.intake.nav", "to-intake", app::Screen::WindowIntake},
        {"ui.complaint.nav", "to-complaints", app::Screen::WindowComplaints},
        {"ui.liaison.nav", "to-liaison", app::Screen::WindowLiaison},
        {"ui.green.nav", "to-green-channel", app::Screen::WindowGreenChannel},
        {"ui.training.nav", "to-training", app::Screen::WindowTraining},
        {"ui.cards.nav", "to-cards", app::Screen::WindowCards},
        {"ui.grading.nav", "to-grading", app::Screen::UnitGrading},
    };
    startChoices();
    for (const Link& l : kLinks)
        if (rowButton(ui, labelled(state, l.key, l.id))) ui.request(app::Navigate{app::Route{l.screen, {}}});
    // S6.1.1 (2): the window builds its corps.
    if (state.work.server() && managesAccounts(*actor) && rowButton(ui, labelled(state, "ui.console.nav_corps", "to-corps")))
        ui.request(app::Navigate{app::Route{app::Screen::Admin, {}}});
    commandNotice(state, ui);
    std::string& filter = state.work.queueFilter;
    searchField(ui, "##queue-filter", state.tr("ui.window.filter_hint"), filter,
                std::min(ImGui::GetContentRegionAvail().x, 520.0f));
    app::QueueIndex& index = state.work.queueIndex;
    index.update(state.work.state, actor->scope, state.work.today, state.work.dueCalendar(), state.work.version, filter);
    const auto& rows = index.rows();
    if (rows.empty()) {
        wrappedText(ui, state.tr("ui.window.empty"), 0, colour(Tone::Muted));
        return;
    }
    textColored(ui, colour(Tone::Muted), format(state.tr("ui.perf.queue_count"), "count", std::to_string(rows.size())));
    if (rows.size() == 1) state.work.queueSelected = rows.front()->id;
    queueList(state, ui, rows);
    const CardApplication* app = selectedApp(state, actor->scope);
    if (!app) {
        wrappedText(ui, state.tr("ui.perf.select_hint"), 0, colour(Tone::Muted));
        return;
    }
    ImGui::Separator();
    text(ui, talentName(state, app->talent) + " · " + app->id + " · " + basisLabel(state, app->basis));
    timeline(state, ui, *app);
    actions(state, ui, *app);
}

} // namespace huicai::ui
