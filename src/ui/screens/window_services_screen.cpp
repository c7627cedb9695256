// The window specialist's service requests (#/window/services): the multi-department
// applications held by the acting window to dispatch to every competent department
// (S7.4 (2), S6.2.1), those in progress with a deadline chip per department task,
// the overdue monitor (tasks past their limit and the departments' explanations
// with new completion dates, S7.4 (5)) and the results reported back to the window
// (S7.4 (4)). A filter narrows every list by request id, talent or item.
#include "ui/screens/screens.h"

#include "ui/theme.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <climits>

namespace huicai::ui {

namespace {

bool hasExplanation(const DepartmentTask& k) {
    return std::any_of(k.clock.ledger.begin(), k.clock.ledger.end(),
                       [](const ClockEntry& e) { return e.kind == ClockEntryKind::NewDate; });
}

int requestDaysLeft(const app::AppState& state, const ServiceRequest& r) {
    int least = INT_MAX;
    for (const DepartmentTask* k : tasksOf(state, r)) least = std::min(least, clockDaysLeft(state, k->clock));
    return least;
}

void section(Ui& ui, const app::AppState& state, const char* key, std::size_t n) {
    ImGui::Dummy(ImVec2(0, space::kItem));
    heading(ui, format(state.tr(key), "n", std::to_string(n)));
}

} // namespace

void windowServicesScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = windowScreenHead(state, ui, "ui.service.window_title");
    if (!actor) return;
    std::string& filter = serviceField(state, "filter-window");
    filterField(state, ui, "##filter-window", filter);

    std::vector<const ServiceRequest*> toDispatch, inProgress, results;
    std::vector<std::pair<const ServiceRequest*, const DepartmentTask*>> overdue;
    for (const auto& [id, r] : state.work.state.requests) {
        if (r.window != actor->scope || !rowMatches(filter, {requestHeader(state, r)})) continue;
        if (findOffer(state.offersOn(recordKey("request", r.id)), "DispatchToDepartments")) toDispatch.push_back(&r);
        else if (r.state == RequestState::InProgress) inProgress.push_back(&r);
        else results.push_back(&r);
        for (const DepartmentTask* k : tasksOf(state, r))
            if (clockOverdue(state, k->clock) || hasExplanation(*k)) overdue.emplace_back(&r, k);
    }
    std::stable_sort(inProgress.begin(), inProgress.end(), [&](const ServiceRequest* a, const ServiceRequest* b) {
        return requestDaysLeft(state, *a) < requestDaysLeft(state, *b);
    });
    std::stable_sort(overdue.begin(), overdue.end(), [&](const auto& a, const auto& b) {
        return clockDaysLeft(state, a.second->clock) < clockDaysLeft(state, b.second->clock);
    });

    section(ui, state, "ui.service.to_dispatch", toDispatch.size());
    for (const ServiceRequest* r : toDispatch) {
        ImGui::Separator();
        text(ui, requestHeader(state, *r));
        requestTimeline(state, ui, *r);
        if (const ServiceItem* item = state.catalog.item(r->item)) {
            std::string deps;
            for (const auto& d : item->departments) deps += (deps.empty() ? "" : "、") + departmentName(state, d);
            wrappedText(ui, format(state.tr("ui.service.dispatch_to"), "list", deps), 0, colour(Tone::Muted));
        }
        if (offerButton(state, ui, state.offersOn(recordKey("request", r->id)), "DispatchToDepartments", "dispatch-" + r->id))
            ui.request(app::RunCommand{DispatchToDepartments{r->id, {}}});
    }
    section(ui, state, "ui.service.overdue_monitor", overdue.size());
    for (const auto& [r, k] : overdue) {
        ImGui::Separator();
        text(ui, requestHeader(state, *r));
        taskLines(state, ui, *k);
    }
    section(ui, state, "ui.service.in_progress", inProgress.size());
    for (const ServiceRequest* r : inProgress) {
        ImGui::Separator();
        text(ui, requestHeader(state, *r));
        requestTimeline(state, ui, *r);
    }
    section(ui, state, "ui.service.results_back", results.size());
    for (const ServiceRequest* r : results) {
        ImGui::Separator();
        text(ui, requestHeader(state, *r));
        requestTimeline(state, ui, *r);
    }
}

} // namespace huicai::ui
