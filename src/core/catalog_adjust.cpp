#include "core/catalog_adjust.h"

#include <algorithm>
#include <cassert>

namespace huicai {

namespace {

// Each adjustment was checked against the reference catalogue by AdjustCatalogItem.
void layOver(ServiceItem& item, const CatalogAdjustment& a) {
    if (const auto mode = parseObtainMode(a.mode)) item.mode = *mode;
    if (a.days) {
        item.promisedWorkingDays = *a.days;
        item.daysAreDefault = false;
    }
    if (!a.descZh.empty()) item.descZh = a.descZh;
    if (!a.descEn.empty()) item.descEn = a.descEn;
}

} // namespace

Catalog effectiveCatalog(const State& state, const Catalog& reference) {
    if (state.adjustments.empty()) return reference;
    std::vector<ServiceItem> items = reference.items();
    for (ServiceItem& i : items) {
        const auto adjusted = adjustmentsOf(state, i.code);
        for (auto a = adjusted.rbegin(); a != adjusted.rend(); ++a) layOver(i, **a);
    }
    return Catalog(reference.departments(), reference.agencies(), std::move(items));
}

std::optional<ServiceItem> effectiveItem(const State& state, const Catalog& reference, std::string_view code) {
    const ServiceItem* base = reference.item(code);
    if (!base) return std::nullopt;
    ServiceItem out = *base;
    const auto adjusted = adjustmentsOf(state, code);
    for (auto a = adjusted.rbegin(); a != adjusted.rend(); ++a) layOver(out, **a);
    return out;
}

std::vector<const CatalogAdjustment*> adjustmentsOf(const State& state, std::string_view item) {
    std::vector<const CatalogAdjustment*> out;
    for (const auto& [id, a] : state.adjustments)
        if (a.item == item) out.push_back(&a);
    std::sort(out.begin(), out.end(), [](const CatalogAdjustment* a, const CatalogAdjustment* b) { return a->version > b->version; });
    return out;
}

int policyValue(const State& state, std::string_view name) {
    if (auto it = state.policies.find(name); it != state.policies.end()) return it->second.value;
    for (const auto& d : kPolicyDefaults)
        if (d.name == name) return d.value;
    assert(false && "policyValue: a known policy name");
    return 0;
}

} // namespace huicai
