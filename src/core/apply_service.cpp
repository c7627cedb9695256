// Handlers of services to card holders. Direct services (S7.3): the talent books
// the handling agency and is served on showing the card. Application services
// (S7.4): the employer specialist files with materials; one competent department ->
// the task goes straight to that department; several -> the area's window
// dispatches a task to each; departments have an agency handle it within the
// item's promised working days, report to the employer specialist and the window;
// the specialist informs the talent, who rates. Overdue tasks are explained with a
// new completion date (S7.4 (5)).
#include "core/apply_internal.h"

namespace huicai::detail {

namespace {

std::string taskId(const std::string& request, const std::string& department) { return request + ":" + department; }

// The task's limit is the one the request was filed under (a request stored before
// requests kept it has none: the item's limit in force stands in).
DepartmentTask newTask(Step& st, const ServiceRequest& r, const std::string& department, const ServiceItem& item) {
    DepartmentTask k;
    k.id = taskId(r.id, department);
    k.request = r.id;
    k.department = department;
    k.state = TaskState::Received;
    k.receivedOn = st.now();
    k.clock = Clock{"received_by_department", st.now(), r.promisedDays ? r.promisedDays : item.promisedWorkingDays, {}, std::nullopt};
    k.history.push_back(st.history(enumId(TaskState::None), enumId(TaskState::Received), r.window, ""));
    return k;
}

void moveTask(Step& st, DepartmentTask& k, TaskState to, std::string reason = {}) {
    k.history.push_back(st.history(enumId(k.state), enumId(to), "", std::move(reason)));
    k.state = to;
    st.touch("task", k.id);
}

void moveRequest(Step& st, ServiceRequest& r, RequestState to, std::string reason = {}) {
    r.history.push_back(st.history(enumId(r.state), enumId(to), r.window, std::move(reason)));
    r.state = to;
    st.touch("request", r.id);
}

Result<DepartmentTask*> findTask(Step& st, const std::string& request, const std::string& department) {
    return lookup(st.s.tasks, taskId(request, department), "error.request.unknown_task");
}

} // namespace

Status handle(Step& st, const BookDirectService& p) {
    HUICAI_TRY(mustBeNew(st.s.bookings, p.id, "id"));
    const std::string& talent = st.actor().scope;
    if (!st.s.talents.count(talent)) return makeError("error.talent.unknown", talent);
    const auto item = st.item(p.item);
    if (!item) return makeError("error.catalog.unknown_item", p.item);
    if (!isDirectMode(item->mode)) return makeError("error.request.not_direct_item", p.item);
    const Card* card = validCardOf(st.s, talent, st.now());
    if (!card) return makeError("error.card.no_valid_card", talent);
    if (std::find(item->agencies.begin(), item->agencies.end(), p.agency) == item->agencies.end())
        return makeError("error.request.agency_not_for_item", p.item + ": " + p.agency);
    if (p.forDate < st.now()) return makeError("error.request.date_in_past", p.forDate.iso());
    st.s.bookings[p.id] = Booking{p.id, talent, p.item, p.agency, card->number, st.now(), p.forDate, BookingState::Booked, std::nullopt};
    st.touch("booking", p.id);
    return Ok{};
}

Status handle(Step& st, const ServeBooking& p) {
    auto b = lookup(st.s.bookings, p.booking, "error.request.unknown_booking");
    if (!b) return b.error();
    HUICAI_TRY(checkStep(bookingTransitions(), (*b)->state, st.name(), BookingState::Served, st.role()));
    if (st.actor().scope != (*b)->agency) return denied("the booked agency");
    (*b)->state = BookingState::Served;
    (*b)->servedOn = st.now();
    st.touch("booking", p.booking);
    return Ok{};
}

Status handle(Step& st, const FileServiceRequest& p) {
    HUICAI_TRY(mustBeNew(st.s.requests, p.id, "id"));
    auto t = lookup(st.s.talents, p.talent, "error.talent.unknown");
    if (!t) return t.error();
    const Talent& talent = **t;
    if (!st.isAssignedSpecialist(talent)) return denied("the talent's assigned employer specialist");
    const auto item = st.item(p.item);
    if (!item) return makeError("error.catalog.unknown_item", p.item);
    if (item->mode != ObtainMode::Application) return makeError("error.request.not_application_item", p.item);
    if (!validCardOf(st.s, talent.id, st.now())) return makeError("error.card.no_valid_card", talent.id);
    if (p.materials.empty()) return makeError("error.request.materials_required", p.id);
    if (item->departments.empty()) return makeError("error.catalog.unknown_department", p.item);
    const bool viaWindow = item->isMultiDepartment();
    const RequestState to = viaWindow ? RequestState::WithWindow : RequestState::InProgress;
    HUICAI_TRY(checkStep(requestTransitions(), RequestState::None, st.name(), to, st.role()));
    if (!viaWindow) HUICAI_TRY(checkStep(taskTransitions(), TaskState::None, st.name(), TaskState::Received, st.role()));
    ServiceRequest r;
    r.id = p.id;
    r.talent = talent.id;
    r.employer = talent.employer;
    r.specialist = st.actor().id;
    r.item = p.item;
    r.materials = p.materials;
    r.window = employerRegion(st.s, talent.employer);
    r.filedOn = st.now();
    r.promisedDays = item->promisedWorkingDays;
    if (!viaWindow) { // S6.2.2: the department of the employer's level, or the nearest above
        r.departments = {departmentFor(st.s, st.ctx, item->departments.front(), r.window)};
        DepartmentTask k = newTask(st, r, r.departments.front(), *item);
        st.touch("task", k.id);
        st.s.tasks[k.id] = std::move(k);
    }
    auto& stored = st.s.requests[p.id] = std::move(r);
    moveRequest(st, stored, to);
    return Ok{};
}

Status handle(Step& st, const DispatchToDepartments& p) {
    auto r = lookup(st.s.requests, p.request, "error.request.unknown");
    if (!r) return r.error();
    ServiceRequest& req = **r;
    HUICAI_TRY(checkStep(requestTransitions(), req.state, st.name(), RequestState::InProgress, st.role()));
    if (!st.isWindow(req.window)) return denied("the request's area window");
    const auto item = st.item(req.item);
    if (!item) return makeError("error.catalog.unknown_item", req.item);
    // The competent (provincial) departments chosen, each handed to its counterpart at
    // the window's level or the nearest above (S6.2.2).
    const std::vector<std::string> chosen = p.departments.empty() ? item->departments : p.departments;
    std::vector<std::string> depts;
    for (const auto& d : chosen) {
        if (std::find(item->departments.begin(), item->departments.end(), d) == item->departments.end())
            return makeError("error.request.department_not_competent", req.item + ": " + d);
        if (std::count(chosen.begin(), chosen.end(), d) > 1) return makeError("error.command.field", "departments");
        depts.push_back(departmentFor(st.s, st.ctx, d, req.window));
    }
    HUICAI_TRY(checkStep(taskTransitions(), TaskState::None, st.name(), TaskState::Received, st.role()));
    for (const auto& d : depts) {
        DepartmentTask k = newTask(st, req, d, *item);
        st.touch("task", k.id);
        st.s.tasks[k.id] = std::move(k);
    }
    req.departments = depts;
    moveRequest(st, req, RequestState::InProgress);
    return Ok{};
}

static Status checkItemAgency(const Step& st, const DepartmentTask& task, const std::string& agencyId) {
    const auto req = st.s.requests.find(task.request);
    if (req == st.s.requests.end()) return Ok{};
    const auto item = st.item(req->second.item);
    if (!item) return Ok{};
    bool namesAny = false;
    for (const auto& a : item->agencies) {
        const Agency* agency = st.ctx.catalog.agency(a);
        if (!agency || agency->departmentId != task.department) continue;
        if (a == agencyId) return Ok{};
        namesAny = true;
    }
    if (namesAny) return makeError("error.request.agency_not_of_item", agencyId);
    return Ok{};
}

// A department handles a task itself (S6.2.2 (1)) when the catalogue lists its kind of
// department as handling the item directly, or, for a city or county department,
// when no agency is registered under it (this system's policy: the task would
// otherwise wait for an agency that does not exist).
static Status checkDirectHandling(const Step& st, const DepartmentTask& task) {
    const auto req = st.s.requests.find(task.request);
    const ServiceItem* item = req == st.s.requests.end() ? nullptr : st.ctx.catalog.item(req->second.item);
    if (!item) return makeError("error.request.unknown", task.request);
    const std::string kind = counterpartOf(st.s, st.ctx, task.department);
    if (std::find(item->directHandling.begin(), item->directHandling.end(), kind) != item->directHandling.end()) return Ok{};
    const auto unit = findDepartment(st.s, st.ctx, task.department);
    if (unit && !unit->provincial && agenciesUnder(st.s, st.ctx, task.department).empty()) return Ok{};
    return makeError("error.request.not_direct_handling", item->code + ": " + task.department);
}

Status handle(Step& st, const AssignToAgency& p) {
    auto k = findTask(st, p.request, p.department);
    if (!k) return k.error();
    DepartmentTask& task = **k;
    HUICAI_TRY(checkStep(taskTransitions(), task.state, st.name(), TaskState::WithAgency, st.role()));
    if (st.actor().scope != task.department) return denied("the task's department");
    const auto agency = findAgency(st.s, st.ctx, p.agency);
    if (!agency) return makeError("error.catalog.unknown_agency", p.agency);
    if (agency->department != task.department) return makeError("error.request.agency_not_of_department", p.agency);
    // A provincial department hands the task to one of the agencies the catalogue names
    // for the item under it (S7.4 (3)), when it names any.
    if (agency->provincial) HUICAI_TRY(checkItemAgency(st, task, p.agency));
    // A task with an agency may move to another one (WithAgency → WithAgency), not to the same.
    if (task.agency == p.agency) return makeError("error.request.already_with_agency", p.agency);
    task.agency = p.agency;
    moveTask(st, task, TaskState::WithAgency, p.agency);
    return Ok{};
}

Status handle(Step& st, const CompleteHandling& p) {
    auto k = findTask(st, p.request, p.department);
    if (!k) return k.error();
    DepartmentTask& task = **k;
    HUICAI_TRY(checkStep(taskTransitions(), task.state, st.name(), TaskState::Handled, st.role()));
    if (st.role() == Role::DepartmentSpecialist) {
        if (st.actor().scope != task.department) return denied("the task's department");
        HUICAI_TRY(checkDirectHandling(st, task));
    } else if (st.actor().scope != task.agency) {
        return denied("the agency handling the task");
    }
    HUICAI_TRY(required(p.result, "result"));
    task.result = p.result;
    task.granted = p.granted;
    task.clock.stoppedOn = st.now();
    moveTask(st, task, TaskState::Handled, p.result);
    return Ok{};
}

Status handle(Step& st, const ReportResult& p) {
    auto k = findTask(st, p.request, p.department);
    if (!k) return k.error();
    DepartmentTask& task = **k;
    HUICAI_TRY(checkStep(taskTransitions(), task.state, st.name(), TaskState::Reported, st.role()));
    if (st.actor().scope != task.department) return denied("the task's department");
    auto r = lookup(st.s.requests, task.request, "error.request.unknown");
    if (!r) return r.error();
    ServiceRequest& req = **r;
    bool allReported = true;
    for (const auto& d : req.departments) {
        if (d == task.department) continue;
        auto other = st.s.tasks.find(taskId(req.id, d));
        if (other == st.s.tasks.end() || other->second.state != TaskState::Reported) allReported = false;
    }
    const RequestState to = allReported ? RequestState::ResultsReported : RequestState::InProgress;
    HUICAI_TRY(checkStep(requestTransitions(), req.state, st.name(), to, st.role()));
    // S7.4 (4): to the employer specialist and the window specialist.
    task.reportedTo = {req.specialist, "window/" + req.window};
    task.reportedOn = st.now();
    moveTask(st, task, TaskState::Reported);
    if (to != req.state) moveRequest(st, req, to);
    return Ok{};
}

Status handle(Step& st, const ReportOverdue& p) {
    auto k = findTask(st, p.request, p.department);
    if (!k) return k.error();
    DepartmentTask& task = **k;
    HUICAI_TRY(checkStep(taskTransitions(), task.state, st.name(), task.state, st.role()));
    const bool mine = st.role() == Role::DepartmentSpecialist ? st.actor().scope == task.department
                                                              : !task.agency.empty() && st.actor().scope == task.agency;
    if (!mine) return denied("the task's department or agency");
    // S7.4 (5) "遇有特殊情况不能按时办结的，…应及时进行解释说明，并明确办结时间": as soon as
    // the unit foresees it, before the due date as well as after.
    HUICAI_TRY(required(p.explanation, "explanation"));
    if (p.newDate <= st.now()) return makeError("error.request.new_date", p.newDate.iso());
    task.clock.ledger.push_back(ClockEntry{ClockEntryKind::NewDate, st.now(), 0, p.newDate, p.explanation, st.actor().id});
    moveTask(st, task, task.state, p.explanation);
    return Ok{};
}

Status handle(Step& st, const InformTalent& p) {
    auto r = lookup(st.s.requests, p.request, "error.request.unknown");
    if (!r) return r.error();
    ServiceRequest& req = **r;
    HUICAI_TRY(checkStep(requestTransitions(), req.state, st.name(), RequestState::TalentInformed, st.role()));
    const auto t = st.s.talents.find(req.talent);
    if (t == st.s.talents.end() || !st.isAssignedSpecialist(t->second)) return denied("the talent's assigned specialist");
    req.informedOn = st.now();
    moveRequest(st, req, RequestState::TalentInformed, p.note);
    return Ok{};
}

Status handle(Step& st, const RateService& p) {
    auto r = lookup(st.s.requests, p.request, "error.request.unknown");
    if (!r) return r.error();
    ServiceRequest& req = **r;
    HUICAI_TRY(checkStep(requestTransitions(), req.state, st.name(), RequestState::Rated, st.role()));
    if (!st.isTalent(req.talent)) return denied("the talent served");
    if (p.stars < 1 || p.stars > 5) return makeError("error.request.rating", std::to_string(p.stars));
    req.rating = p.stars;
    req.ratingComment = p.comment;
    moveRequest(st, req, RequestState::Rated, std::to_string(p.stars));
    return Ok{};
}

} // namespace huicai::detail
