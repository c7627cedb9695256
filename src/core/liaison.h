// Liaison events (S6.1.1 (5), A19, A27-A29): whom a window may invite to its event.
// InviteTalent applies the rule; the window's liaison screen lists what it allows.
#pragma once
#include "core/apply.h"

#include <string>
#include <vector>

namespace huicai {

// The talents `actor` may invite to `event` now, in id order: those apply() would
// accept InviteTalent for (a talent of the window's area holding a valid card, not
// yet invited); empty when the actor may invite no one to it.
std::vector<std::string> invitableTalents(const State& state, const Actor& actor, const std::string& event,
                                          const Context& ctx);

} // namespace huicai
