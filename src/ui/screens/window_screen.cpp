// The window specialist's workspace (#/window): the review queue of the applications
// held by the acting window, one row of two lines per application (talent and
// application number with the deadline chip; class, where it comes from, state and due
// date), sorted by working days left (those without a running limit last) and drawn
// with ImGuiListClipper, so a queue of 100k rows costs only the rows in view; the
// sorted, filtered rows come from the workspace's QueueIndex (app/queue_index.h),
// rebuilt only when the state, the filter or today changes. A filter field narrows the
// list to the rows whose talent name or id contains it. The selected application sits
// beside the list on a desk (the most urgent one until another is clicked) and is a
// page of its own on a phone: its timeline and one control per offer the core makes
// the window on it (core/offers.h): approve, escalate to the next-higher window,
// confirm the introduction contract (its date typed), refer to the expert panel and
// record the panel's decision with its experts and opinion, issue the card (greyed
// with the reason while it waits on the contract or the panel), return for revision
// or reject with the reason typed.
#include "ui/screens/screens.h"

#include "app/deadline_chip.h"
#include "app/queue_index.h"
#include "core/account_policy.h"
#include "core/evaluation_scope.h"
#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/record_list.h"
#include "ui/widgets/work_view.h"
#include "ui/widgets/text.h"

#include <algorithm>
#include <span>

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
    const float width = std::min(ImGui::GetContentRegionAvail().x * 0.5f, measurePx(Measure::Field));
    textColored(ui, colour(Tone::Muted), state.tr("ui.window.contract_date"));
    ImGui::SameLine();
    searchField(ui, ("##contract-" + app.id).c_str(), state.tr("ui.window.contract_date_hint"), date, width);
    ImGui::SameLine();
    if (offerButton(state, ui, offers, "ConfirmContract", "contract-" + app.id)) {
        auto d = Date::parse(date);
        if (!d) {
            state.work.error = d.error().key;
            state.work.errorDetail = d.error().detail;
            state.work.errorAt = ImGui::GetItemID(); // under the button that sent it
            state.work.done.clear();
        } else {
            ui.request(app::RunCommand{ConfirmContract{app.id, *d}});
        }
    }
}

void panelRow(app::AppState& state, Ui& ui, const std::vector<Offer>& offers, const CardApplication& app) {
    const float width = measureWidth(Measure::Form);
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
    const float width = measureWidth(Measure::Form);
    searchField(ui, ("##reason-" + id).c_str(), state.tr("ui.window.reason_hint"), reason, width);
    std::vector<std::string> reasons;
    if (!reason.empty()) reasons.push_back(reason);
    if (offerButton(state, ui, offers, "ReturnForRevision", "return-" + id))
        ui.request(app::RunCommand{ReturnForRevision{id, reasons}});
    ImGui::SameLine();
    if (offerButton(state, ui, offers, "RejectApplication", "reject-" + id))
        ui.request(app::RunCommand{RejectApplication{id, reasons}});
}

// One row of the queue, read at a glance: the talent and the application number with
// the deadline chip at the right; under them the class, where it comes from (the
// employer's region) and, on a desk, the state, with the due date at the right.
RecordRow queueRow(const app::AppState& state, const CardApplication& app, const std::string& name) {
    RecordRow row{app.id, name + " · " + app.id};
    row.chip = deadlineChip(state, app.clock);
    row.trailing = dueTrailing(state, app.clock);
    row.facts = classLabel(state, app.cardClass) + " · " + regionName(state, employerRegion(state.work.state, app.employer));
    if (!state.narrow) row.facts += " · " + stateLabel(state, app.state);
    return row;
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
    textColored(ui, colour(Tone::Muted), countText(state.i18n, "ui.perf.queue_count", "count", rows.size()));
    const auto& apps = state.work.state.cardApplications;
    auto row = [&](int i) {
        const app::QueueRow& r = *rows[static_cast<size_t>(i)];
        auto it = apps.find(r.id);
        return it == apps.end() ? RecordRow{r.id, r.name} : queueRow(state, it->second, r.name);
    };
    auto selected = [&](int i) { return rows[static_cast<size_t>(i)]->id == state.work.queueSelected; };
    if (const int hit = recordList(ui, "##queue-list", static_cast<int>(rows.size()), state.narrow ? 6 : 8, row, selected);
        hit >= 0)
        state.work.queueSelected = rows[static_cast<size_t>(hit)]->id;
}

// The selected application: who and which, its basis, its timeline and what the
// window may do on it.
void queueDetail(app::AppState& state, Ui& ui, const CardApplication& app) {
    heading(ui, talentName(state, app.talent) + " · " + app.id, TextStyle::Heading, Tone::Text);
    textColored(ui, colour(Tone::Muted), basisLabel(state, app.basis));
    timeline(state, ui, app);
    actions(state, ui, app);
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
    // On a phone an open application is a page of its own: no links, no filter.
    const bool recordPage = state.narrow && selectedApp(state, actor->scope);
    startChoices();
    for (const Link& l : recordPage ? std::span<const Link>() : std::span<const Link>(kLinks))
        if (rowButton(ui, labelled(state, l.key, l.id))) ui.request(app::Navigate{app::Route{l.screen, {}}});
    // S6.1.1 (2): the window builds its corps.
    if (!recordPage && state.work.server() && managesAccounts(*actor) && rowButton(ui, labelled(state, "ui.console.nav_corps", "to-corps")))
        ui.request(app::Navigate{app::Route{app::Screen::Admin, {}}});
    std::string& filter = state.work.queueFilter;
    if (!recordPage)
        searchField(ui, "##queue-filter", state.tr("ui.window.filter_hint"), filter,
                    measureWidth(Measure::Form));
    app::QueueIndex& index = state.work.queueIndex;
    index.update(state.work.state, actor->scope, state.work.today, state.work.dueCalendar(), state.work.version, filter);
    const auto& rows = index.rows();
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.window.empty"));
        return;
    }
    keepSelection(state, state.work.queueSelected, selectedApp(state, actor->scope) != nullptr, rows.front()->id);
    masterDetail(
        state, ui, "##window-queue", state.work.queueSelected, "ui.perf.select_hint", [&] { queueList(state, ui, rows); },
        [&] {
            if (const CardApplication* app = selectedApp(state, actor->scope)) queueDetail(state, ui, *app);
        });
}

} // namespace huicai::ui
