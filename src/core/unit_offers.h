// What the screens of a unit's own work may offer, asked of check() so that the
// screen never judges on its own: whether the acting window may adjust a catalogue
// item (S8.3 (1)), which specialists the acting unit may grade for a year (S8.2),
// which specialists a window may record as trained (S6.1.1 (2)), and whether a
// department may pause, resume or extend its task's clock.
#pragma once
#include "core/apply.h"

#include <string>
#include <vector>

namespace huicai {

// apply()'s answer to `payload` by `actor` on `state`, as a probe with a fresh id (the
// one way the choices of liaison.h, green_channel.h and this header ask the core).
bool allows(const State& state, const Actor& actor, Payload payload, const Context& ctx);

// True when `actor` may adjust `item` now (a change of its time limit is the probe).
bool mayAdjustItem(const State& state, const Actor& actor, const std::string& item, const Context& ctx);

// The specialists `actor` may grade for `year` now, in id order: of the actor's own
// unit, not the actor, not graded for the year, and the unit's plan for the year set.
std::vector<std::string> gradableSpecialists(const State& state, const Actor& actor, int year, const Context& ctx);

// The specialists a window may record as trained, in id order: the specialists of
// its area.
std::vector<std::string> trainableSpecialists(const State& state, const Actor& actor, const Context& ctx);

struct TaskClockOffers {
    bool suspend = false, resume = false, extend = false;
};
// What `actor` may do now with the clock of the task `taskId` ("<request>:<department>").
TaskClockOffers taskClockOffers(const State& state, const Actor& actor, const std::string& taskId, const Context& ctx);

} // namespace huicai
