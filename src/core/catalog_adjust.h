// The catalogue in force (S8.3 (1)): the reference catalogue with the province
// window's adjustments (AdjustCatalogItem) laid over it, item by item in version
// order; and the adjustments of one item, newest first, for the screens that show
// where a figure comes from.
#pragma once
#include "core/catalog.h"
#include "core/model.h"

#include <optional>
#include <vector>

namespace huicai {

Catalog effectiveCatalog(const State& state, const Catalog& reference);
// One item in force, or nullopt when the reference catalogue has no such item.
std::optional<ServiceItem> effectiveItem(const State& state, const Catalog& reference, std::string_view code);

// The item's adjustments, newest first.
std::vector<const CatalogAdjustment*> adjustmentsOf(const State& state, std::string_view item);

// The value of one of this system's own policies (core/model_policy.h): the setting
// in force, else the default. `name` is one of kPolicyDefaults.
int policyValue(const State& state, std::string_view name);

} // namespace huicai
