// Implements the shared pieces of the service screens.
#include "ui/widgets/service_view.h"

#include "app/deadline_chip.h"
#include "core/org_units.h"
#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/attachment_field.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/record_list.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <climits>
#include <map>

namespace huicai::ui {

namespace {

// Who has the request now: the window, the departments still working, the
// specialist (results in) or the talent (to rate).
std::string holder(const app::AppState& state, const ServiceRequest& r) {
    switch (r.state) {
    case RequestState::WithWindow: return format(state.tr("ui.timeline.window"), "region", regionName(state, r.window));
    case RequestState::InProgress: {
        std::string out;
        for (const DepartmentTask* k : tasksOf(state, r)) {
            if (k->state == TaskState::Reported) continue;
            if (!out.empty()) out += "、";
            out += k->state == TaskState::Received ? departmentName(state, k->department) : agencyName(state, k->agency);
        }
        return out;
    }
    case RequestState::ResultsReported: return staffName(state, r.specialist);
    case RequestState::TalentInformed: return talentName(state, r.talent);
    case RequestState::None:
    case RequestState::Rated: break;
    }
    return {};
}

} // namespace

std::string itemName(const app::AppState& state, const std::string& code) {
    const ServiceItem* item = state.catalog.item(code);
    if (!item) return code;
    return code + " " + (state.zh() ? item->nameZh : item->nameEn);
}

std::string departmentName(const app::AppState& state, const std::string& id) {
    const auto d = findDepartment(state.work.state, state.workContext(), id);
    if (!d) return id;
    return state.zh() || d->nameEn.empty() ? d->nameZh : d->nameEn;
}

std::string agencyName(const app::AppState& state, const std::string& id) {
    const auto a = findAgency(state.work.state, state.workContext(), id);
    if (!a) return id;
    return state.zh() || a->nameEn.empty() ? a->nameZh : a->nameEn;
}

std::string requestStateLabel(const app::AppState& state, RequestState s) {
    return state.tr("workflow.request_state." + std::string(enumId(s)));
}

std::string taskStateLabel(const app::AppState& state, TaskState s) {
    return state.tr("workflow.task_state." + std::string(enumId(s)));
}

std::string dueLine(const app::AppState& state, const Clock& clock, Date due) {
    std::string line = format(state.tr("ui.timeline.due"), "date", due.iso());
    if (app::provisionalDue(clock, state.work.dueCalendar())) line += state.tr("ui.timeline.provisional");
    return line;
}

void clockChip(app::AppState& state, Ui& ui, const Clock& clock) {
    std::string error;
    RecordChip c = deadlineChip(state, clock, &error);
    if (!error.empty()) {
        textColored(ui, colour(Tone::Warning), state.tr(error));
        return;
    }
    if (c.text.empty()) return;
    if (app::provisionalDue(clock, state.work.dueCalendar())) c.text += " · " + std::string(state.tr("ui.chip.provisional"));
    chip(ui, c.text, c.tone, c.icon);
}

bool clockOverdue(const app::AppState& state, const Clock& clock) {
    auto o = isOverdue(clock, state.work.today, state.work.dueCalendar());
    return o && *o;
}

int clockDaysLeft(const app::AppState& state, const Clock& clock) {
    auto left = workingDaysLeft(clock, state.work.today, state.work.dueCalendar());
    return left && left->has_value() ? **left : INT_MAX;
}

std::vector<const DepartmentTask*> tasksOf(const app::AppState& state, const ServiceRequest& request) {
    std::vector<const DepartmentTask*> out;
    for (const auto& d : request.departments) {
        auto k = state.work.state.tasks.find(request.id + ":" + d);
        if (k != state.work.state.tasks.end()) out.push_back(&k->second);
    }
    return out;
}

void taskLines(app::AppState& state, Ui& ui, const DepartmentTask& task) {
    const WorkCalendar& cal = state.work.dueCalendar();
    std::string line = departmentName(state, task.department) + " · " + taskStateLabel(state, task.state);
    if (!task.agency.empty()) line += " · " + agencyName(state, task.agency);
    wrappedText(ui, line);
    auto due = dueDate(task.clock, cal);
    auto left = workingDaysLeft(task.clock, state.work.today, cal);
    if (!due || !left) {
        textColored(ui, colour(Tone::Warning), state.tr(!due ? due.error().key : left.error().key));
    } else if (due->has_value()) {
        std::string d = dueLine(state, task.clock, **due);
        if (left->has_value()) d += " · " + countText(state.i18n, "ui.timeline.days_left", "n", **left);
        text(ui, d);
        if (left->has_value()) clockChip(state, ui, task.clock);
    }
    for (const auto& e : task.clock.ledger) {
        if (e.kind != ClockEntryKind::NewDate || !e.newDate) continue;
        std::string s = format(state.tr("ui.service.overdue_explained"), "reason", e.reason);
        s = format(s, "date", e.newDate->iso());
        wrappedText(ui, format(s, "on", e.on.iso()), 0, colour(Tone::Star));
    }
    if (task.state == TaskState::Handled || task.state == TaskState::Reported) {
        const std::string r = format(state.tr(task.granted ? "ui.service.result_granted" : "ui.service.result_refused"),
                                     "result", task.result);
        wrappedText(ui, r, 0, task.granted ? colour(Tone::Success) : colour(Tone::Warning));
    }
    if (task.reportedOn) text(ui, format(state.tr("ui.service.reported_on"), "date", task.reportedOn->iso()));
}

std::vector<const DepartmentTask*> taskInbox(app::AppState& state, const std::string& filter,
                                             const std::function<bool(const DepartmentTask&)>& belongs) {
    std::vector<const DepartmentTask*> inbox;
    for (const auto& [id, k] : state.work.state.tasks) {
        if (!belongs(k)) continue;
        auto r = state.work.state.requests.find(k.request);
        const std::string header = r == state.work.state.requests.end() ? k.request : requestHeader(state, r->second);
        if (rowMatches(filter, {header})) inbox.push_back(&k);
    }
    auto open = [&](const DepartmentTask* k) { return !taskOffers(state, *k).empty(); };
    std::stable_sort(inbox.begin(), inbox.end(), [&](const DepartmentTask* a, const DepartmentTask* b) {
        if (open(a) != open(b)) return open(a);
        return clockDaysLeft(state, a->clock) < clockDaysLeft(state, b->clock);
    });
    return inbox;
}

RecordRow taskRow(const app::AppState& state, const DepartmentTask& task, bool seenByAgency) {
    RecordRow row{task.id};
    auto r = state.work.state.requests.find(task.request);
    row.title = r == state.work.state.requests.end() ? task.request : requestHeader(state, r->second);
    row.facts = taskStateLabel(state, task.state);
    if (seenByAgency) row.facts += " · " + departmentName(state, task.department);
    else if (!task.agency.empty()) row.facts += " · " + agencyName(state, task.agency);
    row.chip = deadlineChip(state, task.clock);
    row.trailing = dueTrailing(state, task.clock);
    return row;
}

void requestTimeline(app::AppState& state, Ui& ui, const ServiceRequest& r) {
    text(ui, format(state.tr("ui.timeline.state"), "state", requestStateLabel(state, r.state)));
    if (const std::string who = holder(state, r); !who.empty()) wrappedText(ui, format(state.tr("ui.timeline.holder"), "who", who));
    if (!r.history.empty()) text(ui, format(state.tr("ui.timeline.since"), "date", r.history.back().at.iso()));
    if (const std::string m = freeTextEntries(r.materials); !m.empty())
        wrappedText(ui, format(state.tr("ui.service.materials_list"), "list", m), 0, colour(Tone::Muted));
    attachmentLinks(state, ui, r.materials);
    for (const DepartmentTask* k : tasksOf(state, r)) {
        ImGui::Indent(space::kGroup);
        taskLines(state, ui, *k);
        ImGui::Unindent(space::kGroup);
    }
    if (r.rating) {
        std::string s = countText(state.i18n, "ui.service.rated", "stars", *r.rating);
        wrappedText(ui, format(s, "comment", r.ratingComment), 0, colour(Tone::Success));
    }
    textColored(ui, colour(Tone::Muted), state.tr("ui.timeline.history"));
    for (auto it = r.history.rbegin(); it != r.history.rend(); ++it) {
        std::string line = it->at.iso() + "  " + state.tr("workflow.command." + it->command) + " → " +
                           state.tr("workflow.request_state." + it->to);
        if (!it->reason.empty() && it->command == "InformTalent") line += " · " + it->reason;
        wrappedText(ui, line);
    }
}

std::string& serviceField(app::AppState& state, const std::string& key) { return state.work.fields[key]; }

void filterField(app::AppState& state, Ui& ui, const char* id, std::string& filter) {
    const float width = measureWidth(Measure::Form);
    searchField(ui, id, state.tr("ui.service.filter_hint"), filter, width);
}

bool rowMatches(const std::string& filter, std::initializer_list<std::string> texts) {
    if (filter.empty()) return true;
    for (const auto& t : texts)
        if (t.find(filter) != std::string::npos) return true;
    return false;
}

void handlingForm(app::AppState& state, Ui& ui, const std::vector<Offer>& offers, const DepartmentTask& task) {
    if (!findOffer(offers, "CompleteHandling")) return;
    const float width = measureWidth(Measure::Form);
    std::string& result = serviceField(state, "result-" + task.id);
    searchField(ui, ("##result-" + task.id).c_str(), state.tr("ui.service.result_hint"), result, width);
    if (button(ui, labelled(state, "ui.service.complete_granted", "granted-" + task.id)))
        ui.request(app::RunCommand{CompleteHandling{task.request, task.department, result, true}, [&result] { result.clear(); }});
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.service.complete_refused", "refused-" + task.id)))
        ui.request(app::RunCommand{CompleteHandling{task.request, task.department, result, false}, [&result] { result.clear(); }});
}

void overdueForm(app::AppState& state, Ui& ui, const std::vector<Offer>& offers, const DepartmentTask& task) {
    if (!findOffer(offers, "ReportOverdue")) return;
    const float width = measureWidth(Measure::Form);
    textColored(ui, colour(Tone::Warning), state.tr("ui.service.overdue_title"));
    std::string& why = serviceField(state, "overdue-why-" + task.id);
    std::string& date = serviceField(state, "overdue-date-" + task.id);
    searchField(ui, ("##overdue-why-" + task.id).c_str(), state.tr("ui.service.overdue_hint"), why, width);
    searchField(ui, ("##overdue-date-" + task.id).c_str(), state.tr("ui.service.new_date_hint"), date, measureWidth(Measure::Field));
    const auto parsed = Date::parse(date);
    if (!date.empty() && !parsed) textColored(ui, colour(Tone::Warning), state.tr("ui.service.date_invalid"));
    if (offerButton(state, ui, offers, "ReportOverdue", "overdue-" + task.id) && parsed) {
        ui.request(app::RunCommand{ReportOverdue{task.request, task.department, why, *parsed}, [&why, &date] {
                                       why.clear();
                                       date.clear();
                                   }});
    }
}

const std::vector<Offer>& taskOffers(app::AppState& state, const DepartmentTask& task) {
    return state.offersOn(recordKey("task", task.request + ":" + task.department));
}

std::string requestHeader(const app::AppState& state, const ServiceRequest& r) {
    return r.id + " · " + talentName(state, r.talent) + " · " + itemName(state, r.item);
}

} // namespace huicai::ui
