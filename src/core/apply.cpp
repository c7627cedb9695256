// apply(): the command id, the role gate and the scope of the records the command
// names (command_records.h), then the payload's handler; on success the command id
// is remembered and one audit entry is made.
#include "core/apply_internal.h"
#include "core/command_records.h"

#include <cstdio>

namespace huicai {

WorkCalendar effectiveCalendar(const State& state, const Context& ctx) { return effectiveCalendar(state, ctx.calendar); }

WorkCalendar effectiveCalendar(const State& state, const WorkCalendar& reference) {
    WorkCalendar cal = reference;
    for (const auto& [year, h] : state.holidayYears) {
        auto st = cal.setYear(year, h.off, h.work);
        assert(st.ok() && "effectiveCalendar: a stored holiday year was validated by LoadHolidayYear");
        (void)st;
    }
    return cal;
}

namespace detail {

const WorkCalendar& Step::calendar() {
    if (s.holidayYears.empty()) return ctx.calendar;
    if (!merged) merged = effectiveCalendar(s, ctx);
    return *merged;
}

const Card* validCardOf(const State& s, const std::string& talentId, Date d) {
    for (const auto& [n, c] : s.cards)
        if (c.holder == talentId && c.validOn(d)) return &c;
    return nullptr;
}

std::string serial(State& s, const std::string& counter, int width) {
    const int n = ++s.counters[counter];
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*d", width, n);
    return buf;
}

} // namespace detail

Result<Applied> apply(State& state, const Command& command, const Context& ctx) {
    if (command.id.empty()) return makeError("error.command.field", "id");
    if (state.commandIds.count(command.id)) return makeError("error.command.duplicate", command.id);
    const std::string_view name = commandName(command.payload);
    if ((commandRoles(name) & roleBit(command.actor.role)) == 0)
        return makeError("error.access.denied", std::string(name) + " by " + std::string(enumId(command.actor.role)));
    if (auto seen = mustSeeNamedRecords(command.actor, command.payload, state, ctx.regions); !seen) return seen.error();
    detail::Step step{state, command, ctx, {}, std::nullopt};
    Status st = std::visit([&](const auto& p) { return detail::handle(step, p); }, command.payload);
    if (!st) return st.error();
    state.commandIds.insert(command.id);
    Applied out;
    out.changed = step.changed;
    out.audit = AuditEntry{command.id, command.actor.id, command.actor.role, std::string(name), ctx.now, step.changed};
    return out;
}

} // namespace huicai
