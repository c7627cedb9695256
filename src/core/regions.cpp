// Implements RegionTree: an index by code over the regions in input order, parent
// and child look-ups, the escalation chain to the province and its validation.
#include "core/regions.h"

#include <string>

namespace huicai {

std::string_view regionLevelId(RegionLevel level) {
    switch (level) {
    case RegionLevel::Province: return "province";
    case RegionLevel::City: return "city";
    case RegionLevel::County: return "county";
    case RegionLevel::Zone: return "zone";
    }
    assert(false && "regionLevelId: unknown level");
    return "";
}

std::optional<RegionLevel> parseRegionLevel(std::string_view id) {
    for (RegionLevel l : {RegionLevel::Province, RegionLevel::City, RegionLevel::County, RegionLevel::Zone})
        if (regionLevelId(l) == id) return l;
    return std::nullopt;
}

RegionTree::RegionTree(std::vector<Region> regions) : m_regions(std::move(regions)) {
    for (std::size_t i = 0; i < m_regions.size(); ++i) m_index.emplace(m_regions[i].code, i); // first wins
}

const Region* RegionTree::region(std::string_view code) const {
    auto it = m_index.find(code);
    return it == m_index.end() ? nullptr : &m_regions[it->second];
}

const Region* RegionTree::province() const {
    for (const auto& r : m_regions)
        if (r.level == RegionLevel::Province) return &r;
    return nullptr;
}

const Region* RegionTree::parent(std::string_view code) const {
    const Region* r = region(code);
    if (!r || r->parent.empty()) return nullptr;
    return region(r->parent);
}

std::vector<const Region*> RegionTree::children(std::string_view code) const {
    std::vector<const Region*> out;
    for (const auto& r : m_regions)
        if (r.parent == code && !code.empty()) out.push_back(&r);
    return out;
}

std::vector<const Region*> RegionTree::cities() const {
    std::vector<const Region*> out;
    for (const auto& r : m_regions)
        if (r.level == RegionLevel::City) out.push_back(&r);
    return out;
}

std::vector<const Region*> RegionTree::chainToProvince(std::string_view code) const {
    std::vector<const Region*> out;
    // A valid tree has at most 3 levels above a region; the bound also stops a cycle.
    for (const Region* r = region(code); r && out.size() < 8; r = region(r->parent)) {
        out.push_back(r);
        if (r->parent.empty()) break;
    }
    return out;
}

bool RegionTree::isWithin(std::string_view code, std::string_view ancestorCode) const {
    if (!region(ancestorCode)) return false;
    for (const Region* r : chainToProvince(code))
        if (r->code == ancestorCode) return true;
    return false;
}

Status RegionTree::validate() const {
    int provinces = 0;
    std::string provinceCode;
    for (const auto& r : m_regions) {
        if (r.code.empty() || r.nameZh.empty()) return makeError("error.regions.field", r.code);
        if (r.level == RegionLevel::Province) {
            ++provinces;
            provinceCode = r.code;
        }
    }
    if (provinces != 1) return makeError("error.regions.province", std::to_string(provinces));
    for (std::size_t i = 0; i < m_regions.size(); ++i) {
        const Region& r = m_regions[i];
        if (m_index.find(r.code)->second != i) return makeError("error.regions.duplicate", r.code);
        if (r.level == RegionLevel::Province) {
            if (!r.parent.empty()) return makeError("error.regions.level", r.code);
            continue;
        }
        const Region* p = region(r.parent);
        if (!p) return makeError("error.regions.unknown_parent", r.code + ": " + r.parent);
        const bool ok = r.level == RegionLevel::City ? p->level == RegionLevel::Province : p->level == RegionLevel::City;
        if (!ok) return makeError("error.regions.level", r.code);
    }
    return Ok{};
}

} // namespace huicai
