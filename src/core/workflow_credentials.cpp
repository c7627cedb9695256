// Implements entitlementsOf: the provincial card items, the local schemes stacked
// through the card, and the local credentials held.
#include "core/workflow_credentials.h"

#include "core/evaluation_scope.h"

#include <map>

namespace huicai {

Entitlements entitlementsOf(const State& s, const std::string& talentId, Date on, const Catalog& catalog,
                            const RegionTree& regions) {
    Entitlements e;
    for (const auto& [n, c] : s.cards)
        if (c.holder == talentId && c.validOn(on)) e.card = n;
    std::map<std::string, LocalEntitlement> local;
    auto entry = [&](const LocalScheme& sc) -> LocalEntitlement& {
        LocalEntitlement& le = local[sc.id];
        le.scheme = sc.id;
        le.window = sc.window;
        le.items = sc.items;
        return le;
    };
    if (!e.card.empty()) {
        for (const auto& item : catalog.items()) e.provincialItems.push_back(item.code);
        const auto t = s.talents.find(talentId);
        const std::string region = t == s.talents.end() ? std::string() : employerRegion(s, t->second.employer);
        for (const auto& [id, sc] : s.localSchemes)
            if (!region.empty() && regions.isWithin(region, sc.window)) entry(sc).viaCard = true;
    }
    for (const auto& [id, c] : s.localCredentials) {
        if (c.talent != talentId || c.state != LocalCredentialState::Issued) continue;
        const auto sc = s.localSchemes.find(c.scheme);
        if (sc != s.localSchemes.end()) entry(sc->second).credential = c.number;
    }
    for (auto& [id, le] : local) e.local.push_back(std::move(le));
    return e;
}

} // namespace huicai
