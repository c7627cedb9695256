// apply(): the one entry point that changes the domain state. It checks the command
// id, the actor's role (workflow.h's role gate), that the actor sees every record
// the command names (command_records.h: a record out of sight is answered as
// unknown, before anything else), its scope (the same rules as access.h, narrowed
// to the unit that must act), the record's current state against
// its workflow's transition table and the clock in the Context; then either returns
// an error with an i18n message key (the state is left exactly as it was) or applies
// the command and returns the keys of the records it changed plus one audit entry.
#pragma once
#include "core/calendar.h"
#include "core/catalog.h"
#include "core/command.h"
#include "core/model.h"
#include "core/regions.h"
#include "core/result.h"
#include "core/talent_reference.h"

#include <string>
#include <vector>

namespace huicai {

// Everything apply() reads besides the state. `now` is the date of the command (the
// host's clock, passed in); holiday years loaded by LoadHolidayYear are added to
// `calendar` from the state.
struct Context {
    Date now;
    const WorkCalendar& calendar;
    const Catalog& catalog;
    const RegionTree& regions;
    const TalentReference& talent;
};

struct AuditEntry {
    std::string commandId;
    std::string actor;
    Role role = Role::Talent;
    std::string command;
    Date at;
    std::vector<std::string> changed;

    bool operator==(const AuditEntry&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("command_id", s.commandId);
        v("actor", s.actor);
        v("role", s.role);
        v("command", s.command);
        v("at", s.at);
        v("changed", s.changed);
    }
};

struct Applied {
    std::vector<std::string> changed; // record keys, in the order they were touched
    AuditEntry audit;
};

Result<Applied> apply(State& state, const Command& command, const Context& ctx);

// The calendar of `ctx` with the holiday years loaded into `state` by command.
WorkCalendar effectiveCalendar(const State& state, const Context& ctx);
WorkCalendar effectiveCalendar(const State& state, const WorkCalendar& reference);

} // namespace huicai
