// Pieces the service screens share (talent, employer specialist, window, department,
// handling agency): names of items, departments and agencies in the user's language,
// the labels of request and task states, the deadline chip of any clock, one
// department task as a line with its time limit and overdue explanations, and a
// service request as a timeline (who has it now, since when, the tasks, the history).
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"
#include "ui/widgets/record_list.h"

#include <functional>
#include <string>
#include <vector>

namespace huicai::ui {

std::string itemName(const app::AppState& state, const std::string& code); // "A2 居留许可…"
std::string departmentName(const app::AppState& state, const std::string& id);
std::string agencyName(const app::AppState& state, const std::string& id);
std::string requestStateLabel(const app::AppState& state, RequestState s);
std::string taskStateLabel(const app::AppState& state, TaskState s);

// The chip of a clock (on time / due soon / overdue); nothing without a running limit.
void clockChip(app::AppState& state, Ui& ui, const Clock& clock);
// "Due: DATE", marked provisional when it was counted through a year with no holiday data.
std::string dueLine(const app::AppState& state, const Clock& clock, Date due);
// True when the clock runs past its due date today.
bool clockOverdue(const app::AppState& state, const Clock& clock);
// Working days left (INT_MAX without a running limit), for sorting queues.
int clockDaysLeft(const app::AppState& state, const Clock& clock);

// The tasks of a request, in the order of its departments.
std::vector<const DepartmentTask*> tasksOf(const app::AppState& state, const ServiceRequest& request);
// One task: department, state, agency, due date, days left and chip, the overdue
// explanations with their new dates, and the result once handled.
void taskLines(app::AppState& state, Ui& ui, const DepartmentTask& task);
// The tasks `belongs` picks whose request header contains `filter`, those the acting
// user can act on first, then by working days left.
std::vector<const DepartmentTask*> taskInbox(app::AppState& state, const std::string& filter,
                                             const std::function<bool(const DepartmentTask&)>& belongs);
// A task as a row of a queue: the request (id, talent, item) with the deadline chip;
// under it the task's state and who else has it (the agency, seen by a department; the
// department, seen by an agency) with the due date.
RecordRow taskRow(const app::AppState& state, const DepartmentTask& task, bool seenByAgency);
// The request: its state, who has it now and since when, the tasks, the history.
void requestTimeline(app::AppState& state, Ui& ui, const ServiceRequest& request);

// The text of a form field of the service screens, kept across frames by key.
std::string& serviceField(app::AppState& state, const std::string& key);
// The filter field of a queue; true when `filter` is empty or found in one of `texts`.
void filterField(app::AppState& state, Ui& ui, const char* id, std::string& filter);
bool rowMatches(const std::string& filter, std::initializer_list<std::string> texts);
// The result of handling a task, granted or refused (S7.4 (3)), when `offers` (the
// task's) has CompleteHandling: for the agency it was handed to, or for a department
// that handles the item itself.
void handlingForm(app::AppState& state, Ui& ui, const std::vector<Offer>& offers, const DepartmentTask& task);
// The overdue report of a task past its limit (S7.4 (5)): explanation and new date
// fields and the ReportOverdue button, when `offers` (the task's) has it.
void overdueForm(app::AppState& state, Ui& ui, const std::vector<Offer>& offers, const DepartmentTask& task);
// What the acting user may do on `task` now (core/offers.h).
const std::vector<Offer>& taskOffers(app::AppState& state, const DepartmentTask& task);
// The request's header line: id, talent, item.
std::string requestHeader(const app::AppState& state, const ServiceRequest& request);

} // namespace huicai::ui
