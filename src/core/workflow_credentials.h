// A talent's entitlements on a date (S5.1 stacking): with a valid Huicai Card, the
// provincial items of the catalogue; stacked on top, the services of every city or
// county credential the talent holds (S5.2).
#pragma once
#include "core/catalog.h"
#include "core/model.h"

#include <string>
#include <vector>

namespace huicai {

struct LocalEntitlement {
    std::string credential; // its number
    std::string scheme;
    std::string window;
    std::vector<std::string> items;
};

struct Entitlements {
    std::string card;                         // empty without a valid card
    std::vector<std::string> provincialItems; // A-codes, catalogue order
    std::vector<LocalEntitlement> local;
};

Entitlements entitlementsOf(const State& state, const std::string& talentId, Date on, const Catalog& catalog);

} // namespace huicai
