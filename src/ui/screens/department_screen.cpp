// The department specialist's inbox (#/department): the tasks of the acting
// competent department, sorted by working days left with a deadline chip each, and
// what each state allows: assign a handling agency of the department that handles
// the item (S7.4 (3)) or, where the department handles the item itself, record its
// result (S6.2.2 (1)); report the result to the employer specialist and the
// window (S7.4 (4)), explain an overdue task with a new completion date (S7.4 (5)),
// each drawn from the core's offers on the task (the agencies are the offer's choices).
// The tasks are rows (the request, its state and agency, the due date and its chip);
// the selected one sits beside them on a desk and is a page of its own on a phone.
// Then the complaint items windows sent back to the department, answered here
// (S8.1.2 (1)), and the hotline and website requests forwarded to its agencies.
// A task's time limit may be paused while the department waits on the talent (for
// example for missing materials), resumed, or extended, each with a reason: this
// system's own policy, opened task by task and asked of the core for that task only.
// A link leads to the yearly grading of the department's specialists (#/grading).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/org_units.h"
#include "core/unit_offers.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/complaint_view.h"
#include "ui/widgets/offer_button.h"
#include "ui/theme.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

struct ClockForm {
    std::string open; // the task whose clock form is open
    std::string reason, days, hint;
    CoreAnswer<TaskClockOffers> offers;
};

void clockForm(app::AppState& state, Ui& ui, const DepartmentTask& task) {
    if (!task.clock.limitDays) return; // what can be done with it is the core's answer, once opened
    ClockForm& f = screenForm<ClockForm>(state, "department_clock");
    const bool open = f.open == task.id;
    if (choiceButton(ui, labelled(state, "ui.clock.toggle", "clock-" + task.id), open, Icon::None, A11yRole::Toggle)) {
        f = ClockForm{open ? std::string() : task.id};
        return;
    }
    if (!open) return;
    const Actor* actor = state.work.actor();
    if (!actor) return;
    const TaskClockOffers may =
        f.offers.get(state, [&] { return taskClockOffers(state.work.state, *actor, task.id, state.workContext()); });
    wrappedText(ui, state.tr("ui.clock.note"), 0, colour(Tone::Muted));
    if (!may.suspend && !may.resume && !may.extend) {
        wrappedText(ui, state.tr("ui.clock.nothing"), 0, colour(Tone::Muted));
        return;
    }
    const float width = measureWidth(Measure::Form);
    searchField(ui, ("##clock-reason-" + task.id).c_str(), state.tr("ui.clock.reason_hint"), f.reason, width);
    const std::string target = recordKey("task", task.id);
    auto send = [&](Payload p) {
        if (f.reason.empty()) {
            f.hint = "ui.clock.need_reason";
            return;
        }
        f.hint.clear();
        ui.request(app::RunCommand{std::move(p), [&f] { f = ClockForm{}; }});
    };
    if (may.suspend && button(ui, labelled(state, "workflow.command.SuspendClock", "suspend-" + task.id)))
        send(SuspendClock{target, f.reason});
    if (may.resume && button(ui, labelled(state, "workflow.command.ResumeClock", "resume-" + task.id)))
        send(ResumeClock{target, f.reason});
    if (may.extend) {
        searchField(ui, ("##clock-days-" + task.id).c_str(), state.tr("ui.clock.days_hint"), f.days, measureWidth(Measure::Field));
        if (button(ui, labelled(state, "workflow.command.ExtendClock", "extend-" + task.id))) {
            if (const auto days = positiveNumber(f.days)) send(ExtendClock{target, *days, f.reason});
            else f.hint = "ui.clock.need_days";
        }
    }
    if (!f.hint.empty()) fieldError(ui, state.tr(f.hint), 0);
}

void taskActions(app::AppState& state, Ui& ui, const std::vector<Offer>& offers, const DepartmentTask& task) {
    if (const Offer* assign = findOffer(offers, "AssignToAgency")) {
        textColored(ui, colour(Tone::Muted), state.tr("ui.service.assign_agency"));
        for (const auto& field : assign->fields) {
            if (field.name != "agency") continue;
            for (const auto& a : field.choices) {
                if (button(ui, agencyName(state, a) + "##assign-" + task.id + "-" + a))
                    ui.request(app::RunCommand{AssignToAgency{task.request, task.department, a}});
                ImGui::SameLine();
            }
        }
        ImGui::NewLine();
    }
    handlingForm(state, ui, offers, task);
    if (offerButton(state, ui, offers, "ReportResult", "report-" + task.id))
        ui.request(app::RunCommand{ReportResult{task.request, task.department}});
    overdueForm(state, ui, offers, task);
    clockForm(state, ui, task);
}

void departmentHotlines(app::AppState& state, Ui& ui, const std::string& department) {
    bool any = false;
    for (const auto& [id, h] : state.work.state.hotline) {
        const auto agency = findAgency(state.work.state, state.workContext(), h.agency);
        if (!agency || agency->department != department) continue;
        if (!any) {
            ImGui::Dummy(ImVec2(0, space::kItem));
            heading(ui, state.tr("ui.service.hotline_title"));
            any = true;
        }
        ImGui::Separator();
        text(ui, id + " · " + state.tr("workflow.channel." + std::string(enumId(h.channel))) + " · " +
                     state.tr("workflow.hotline_state." + std::string(enumId(h.state))));
        text(ui, agencyName(state, h.agency) + (h.talent.empty() ? "" : " · " + talentName(state, h.talent)));
        wrappedText(ui, h.content);
        if (!h.resolution.empty()) wrappedText(ui, format(state.tr("ui.service.resolution"), "text", h.resolution), 0, colour(Tone::Success));
    }
}

// Complaint items the window sent back to the department (S8.1.2 (1)): what the
// complaints say, and the department's response while the core offers it.
} // namespace

void departmentScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.service.department_title"));
    if (!roleGate(state, ui, Role::DepartmentSpecialist, "department")) return;
    const Actor* actor = state.work.actor();
    if (!actor) return;
    std::string& selected = serviceField(state, "selected-department");
    // On a phone an open task is a page of its own.
    const bool taskPage = state.narrow && !selected.empty();
    wrappedText(ui, departmentName(state, actor->scope), 0, colour(Tone::Muted));
    if (!taskPage && button(ui, labelled(state, "ui.grading.nav", "to-grading")))
        ui.request(app::Navigate{app::Route{app::Screen::UnitGrading, {}}});
    std::string& filter = serviceField(state, "filter-department");
    if (!taskPage) filterField(state, ui, "##filter-department", filter);
    const auto inbox =
        taskInbox(state, filter, [&](const DepartmentTask& k) { return k.department == actor->scope; });
    auto at = std::find_if(inbox.begin(), inbox.end(), [&](const DepartmentTask* k) { return k->id == selected; });
    keepSelection(state, selected, at != inbox.end(), inbox.empty() ? std::string() : inbox.front()->id);
    if (inbox.empty()) {
        emptyState(ui, state.tr("ui.service.inbox_empty"));
    } else {
        masterDetail(
            state, ui, "##department-inbox", selected, "ui.list.select_hint",
            [&] {
                auto row = [&](int i) { return taskRow(state, *inbox[static_cast<size_t>(i)], false); };
                auto isSelected = [&](int i) { return inbox[static_cast<size_t>(i)]->id == selected; };
                if (const int hit = recordList(ui, "##department-tasks", static_cast<int>(inbox.size()), state.narrow ? 6 : 8,
                                               row, isSelected);
                    hit >= 0)
                    selected = inbox[static_cast<size_t>(hit)]->id;
            },
            [&] {
                auto it = std::find_if(inbox.begin(), inbox.end(), [&](const DepartmentTask* k) { return k->id == selected; });
                if (it == inbox.end()) return;
                const DepartmentTask& k = **it;
                auto r = state.work.state.requests.find(k.request);
                heading(ui, r != state.work.state.requests.end() ? requestHeader(state, r->second) : k.request,
                        TextStyle::Heading, Tone::Text);
                taskLines(state, ui, k);
                taskActions(state, ui, taskOffers(state, k), k);
            });
    }
    if (taskPage) return;
    complaintsToAnswer(
        state, ui, [&](const ComplaintItem& c) { return c.department == actor->scope; }, "ui.complaint.department_title");
    departmentHotlines(state, ui, actor->scope);
}

} // namespace huicai::ui
