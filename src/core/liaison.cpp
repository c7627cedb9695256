// Implements invitableTalents(): each talent of the window's area with a valid card
// and no invitation yet, kept when check() accepts the invitation.
#include "core/liaison.h"

#include "core/apply_internal.h"
#include "core/unit_offers.h"

namespace huicai {

std::vector<std::string> invitableTalents(const State& state, const Actor& actor, const std::string& event,
                                          const Context& ctx) {
    std::vector<std::string> out;
    if (actor.role != Role::WindowSpecialist || !state.events.count(event)) return out;
    for (const auto& [id, t] : state.talents) {
        // A first sieve without copying the state; check() is the judge.
        if (state.invitations.count(event + ":" + id) || !ctx.regions.isWithin(employerRegion(state, t.employer), actor.scope))
            continue;
        if (!detail::validCardOf(state, id, ctx.now)) continue;
        if (allows(state, actor, InviteTalent{event, id}, ctx)) out.push_back(id);
    }
    return out;
}

} // namespace huicai
