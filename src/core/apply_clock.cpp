// Handlers that write to a time-limit clock's ledger with a reason: suspension,
// resumption and extension, on a card application at the provincial window (by that
// window) or on a department task (by the department's specialist).
#include "core/apply_internal.h"

namespace huicai::detail {

namespace {

// The clock behind a target key, after the workflow and scope checks.
Result<Clock*> clockOf(Step& st, const std::string& target, std::string* kind, std::string* id) {
    const auto parts = splitRecordKey(target);
    if (!parts) return makeError("error.clock.target", target);
    *kind = parts->first;
    *id = parts->second;
    if (*kind == "card_application") {
        auto a = lookup(st.s.cardApplications, *id, "error.card.unknown_application");
        if (!a) return a.error();
        HUICAI_TRY(checkStep(cardTransitions(), (*a)->state, st.name(), (*a)->state, st.role()));
        if (!st.isWindow((*a)->window)) return denied("the window holding the application");
        return &(*a)->clock;
    }
    if (*kind == "task") {
        auto k = lookup(st.s.tasks, *id, "error.request.unknown_task");
        if (!k) return k.error();
        HUICAI_TRY(checkStep(taskTransitions(), (*k)->state, st.name(), (*k)->state, st.role()));
        if (st.actor().scope != (*k)->department) return denied("the task's department");
        return &(*k)->clock;
    }
    return makeError("error.clock.target", target);
}

Status mustRun(const Clock& c) {
    if (!c.limitDays) return makeError("error.clock.no_limit", c.startEvent);
    if (!c.started() || c.stoppedOn) return makeError("error.clock.not_running", c.startEvent);
    return Ok{};
}

} // namespace

Status handle(Step& st, const SuspendClock& p) {
    std::string kind, id;
    auto c = clockOf(st, p.target_, &kind, &id);
    if (!c) return c.error();
    HUICAI_TRY(mustRun(**c));
    if ((*c)->suspended()) return makeError("error.clock.already_suspended", p.target_);
    HUICAI_TRY(required(p.reason, "reason"));
    (*c)->ledger.push_back(ClockEntry{ClockEntryKind::Suspend, st.now(), 0, std::nullopt, p.reason, st.actor().id});
    st.touch(kind, id);
    return Ok{};
}

Status handle(Step& st, const ResumeClock& p) {
    std::string kind, id;
    auto c = clockOf(st, p.target_, &kind, &id);
    if (!c) return c.error();
    HUICAI_TRY(mustRun(**c));
    if (!(*c)->suspended()) return makeError("error.clock.not_suspended", p.target_);
    HUICAI_TRY(required(p.reason, "reason"));
    (*c)->ledger.push_back(ClockEntry{ClockEntryKind::Resume, st.now(), 0, std::nullopt, p.reason, st.actor().id});
    st.touch(kind, id);
    return Ok{};
}

Status handle(Step& st, const ExtendClock& p) {
    std::string kind, id;
    auto c = clockOf(st, p.target_, &kind, &id);
    if (!c) return c.error();
    HUICAI_TRY(mustRun(**c));
    if (p.days < 1) return makeError("error.clock.days", std::to_string(p.days));
    HUICAI_TRY(required(p.reason, "reason"));
    (*c)->ledger.push_back(ClockEntry{ClockEntryKind::Extend, st.now(), p.days, std::nullopt, p.reason, st.actor().id});
    st.touch(kind, id);
    return Ok{};
}

} // namespace huicai::detail
