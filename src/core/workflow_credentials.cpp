// Implements entitlementsOf: provincial card items plus stacked local credentials.
#include "core/workflow_credentials.h"

namespace huicai {

Entitlements entitlementsOf(const State& s, const std::string& talentId, Date on, const Catalog& catalog) {
    Entitlements e;
    for (const auto& [n, c] : s.cards)
        if (c.holder == talentId && c.validOn(on)) e.card = n;
    if (!e.card.empty())
        for (const auto& item : catalog.items()) e.provincialItems.push_back(item.code);
    for (const auto& [id, c] : s.localCredentials) {
        if (c.talent != talentId || c.state != LocalCredentialState::Issued) continue;
        auto sc = s.localSchemes.find(c.scheme);
        if (sc == s.localSchemes.end()) continue;
        e.local.push_back(LocalEntitlement{c.number, sc->first, sc->second.window, sc->second.items});
    }
    return e;
}

} // namespace huicai
