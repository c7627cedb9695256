// Implements the green-channel rules and the choices screens list: each candidate is
// sieved cheaply, then kept when check() accepts the command.
#include "core/green_channel.h"

#include "core/apply_internal.h"
#include "core/offers.h"

namespace huicai {

namespace {

std::string probeId(const State& state, std::string base) {
    while (state.commandIds.count(base)) base += "'";
    return base;
}

} // namespace

bool publishesSchemes(const State& state, const Actor& actor, const Context& ctx) {
    std::string id = "LS-probe";
    while (state.localSchemes.count(id)) id += "'";
    const PublishLocalCredentialScheme sample{id, "-", "-", "-", 1, {"-"}};
    return check(state, Command{probeId(state, "scheme-probe"), actor, sample}, ctx).ok();
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
    const std::string probe = probeId(state, "recommend-probe");
    for (const auto& [id, t] : state.talents) {
        if (state.recommendations.count(id) || !inGreenChannelOf(state, ctx.regions, id, actor.scope)) continue;
        if (check(state, Command{probe, actor, RecommendForCard{id, ""}}, ctx).ok()) out.push_back(id);
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> credentialChoices(const State& state, const Actor& actor, const Context& ctx) {
    std::vector<std::pair<std::string, std::string>> out;
    if (actor.role != Role::EmployerAdmin && actor.role != Role::EmployerSpecialist) return out;
    const std::string probe = probeId(state, "credential-probe");
    std::string id = "LC-probe";
    while (state.localCredentials.count(id)) id += "'";
    const std::string region = employerRegion(state, actor.scope); // the unit's talents all work there
    for (const auto& [tid, t] : state.talents) {
        if (t.employer != actor.scope) continue;
        for (const auto& [sid, s] : state.localSchemes) {
            if (!ctx.regions.isWithin(region, s.window)) continue;
            if (check(state, Command{probe, actor, ApplyLocalCredential{id, sid, tid}}, ctx).ok()) out.emplace_back(tid, sid);
        }
    }
    return out;
}

} // namespace huicai
