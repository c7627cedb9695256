// Handlers that write to a department task's time-limit clock with a reason:
// suspension, resumption and extension, by the task's department. A card
// application's clock is not a target: its limits are fixed by the standard and it
// pauses only by itself, while the application is back with the employer.
#include "core/apply_internal.h"

namespace huicai::detail {

namespace {

// The clock behind a target key, after the workflow and scope checks.
Result<Clock*> clockOf(Step& st, const std::string& target, std::string* kind, std::string* id) {
    const auto parts = splitRecordKey(target);
    if (!parts) return makeError("error.clock.target", target);
    *kind = parts->first;
    *id = parts->second;
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
