// Implements the green-channel rules and the choices screens list: each candidate is
// sieved cheaply, then kept when check() accepts the command.
#include "core/green_channel.h"

#include "core/apply_internal.h"
#include "core/unit_offers.h"

namespace huicai {

bool publishesSchemes(const State& state, const Actor& actor, const Context& ctx) {
    std::string id = "LS-probe";
    while (state.localSchemes.count(id)) id += "'";
    const PublishLocalCredentialScheme sample{id, "-", "-", "-", 1, {"-"}};
    return allows(state, actor, sample, ctx);
}

bool inGreenChannelOf(const State& state, const RegionTree& regions, const std::string& talent, const std::string& city) {
    for (const auto& [id, c] : state.localCredentials) {
        if (c.talent != talent || c.state != LocalCredentialState::Issued) continue;
        const auto scheme = state.localSchemes.find(c.scheme);
        if (scheme != state.localSchemes.end() && regions.isWithin(scheme->second.window, city)) return true;
    }
    return false;
}

std::vector<std::string> recommendableTalents(const State& state, const Actor& actor, const Context& ctx) {
    std::vector<std::string> out;
    if (actor.role != Role::WindowSpecialist) return out;
    for (const auto& [id, t] : state.talents) {
        if (state.recommendations.count(id) || !inGreenChannelOf(state, ctx.regions, id, actor.scope)) continue;
        if (allows(state, actor, RecommendForCard{id, ""}, ctx)) out.push_back(id);
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> credentialChoices(const State& state, const Actor& actor, const Context& ctx) {
    std::vector<std::pair<std::string, std::string>> out;
    if (actor.role != Role::EmployerAdmin && actor.role != Role::EmployerSpecialist) return out;
    std::string id = "LC-probe";
    while (state.localCredentials.count(id)) id += "'";
    const std::string region = employerRegion(state, actor.scope); // the unit's talents all work there
    for (const auto& [tid, t] : state.talents) {
        if (t.employer != actor.scope) continue;
        for (const auto& [sid, s] : state.localSchemes) {
            if (!ctx.regions.isWithin(region, s.window)) continue;
            if (allows(state, actor, ApplyLocalCredential{id, sid, tid}, ctx)) out.emplace_back(tid, sid);
        }
    }
    return out;
}

} // namespace huicai
