// A talent's entitlements on a date (S5.1 叠加, stacking; S5.2): with a valid Huicai
// Card, the provincial items of the catalogue and, stacked on them, the services of
// the city and county green-channel schemes where the holder's employer is, without
// a credential of their own; and the services of every local credential the talent
// holds, which is the way in for a talent who qualifies only locally. Each local
// scheme is listed once, with where it comes from: the card, a credential, or both.
#pragma once
#include "core/catalog.h"
#include "core/model.h"
#include "core/regions.h"

#include <string>
#include <vector>

namespace huicai {

struct LocalEntitlement {
    std::string scheme;
    std::string window;
    std::vector<std::string> items;
    bool viaCard = false;   // stacked through the valid Huicai Card
    std::string credential; // the number of the credential held for it, or empty
};

struct Entitlements {
    std::string card;                         // empty without a valid card
    std::vector<std::string> provincialItems; // A-codes, catalogue order
    std::vector<LocalEntitlement> local;      // by scheme id
};

Entitlements entitlementsOf(const State& state, const std::string& talentId, Date on, const Catalog& catalog,
                            const RegionTree& regions);

} // namespace huicai
