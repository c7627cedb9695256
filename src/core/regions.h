// Shandong's service-window regions (S6.1.1): the province, its 16 prefecture-level
// cities, their county-level divisions (GB/T 2260 codes) and key functional zones
// (重点功能区) that have windows of their own under a city. The tree gives each
// window its next-higher window, i.e. the escalation path of S7.1 and the quarterly
// filing path of S6.1.1 (6). Data: assets/regions.json via src/data/regions_json.h.
#pragma once
#include "core/result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai {

enum class RegionLevel {
    Province,
    City,
    County,
    Zone
};

// "province", "city", "county", "zone".
std::string_view regionLevelId(RegionLevel level);
std::optional<RegionLevel> parseRegionLevel(std::string_view id);

struct Region {
    std::string code; // "370000", "370100", "370102", zones "Z370101"
    std::string nameZh;
    std::string nameEn; // counties may carry the Chinese name
    RegionLevel level = RegionLevel::County;
    std::string parent; // empty for the province; a city for counties and zones
};

class RegionTree {
public:
    RegionTree() = default;
    explicit RegionTree(std::vector<Region> regions); // input order is kept

    const std::vector<Region>& all() const { return m_regions; }
    const Region* region(std::string_view code) const;                // nullptr when unknown
    const Region* province() const;                                   // nullptr when empty
    const Region* parent(std::string_view code) const;                // nullptr for the province or unknown
    std::vector<const Region*> children(std::string_view code) const; // input order
    std::vector<const Region*> cities() const;

    // The region itself, then each upper level up to the province (the escalation
    // path: county -> city -> province; zone -> city -> province). Empty if unknown.
    std::vector<const Region*> chainToProvince(std::string_view code) const;
    // True when `code` equals `ancestorCode` or lies below it; false if either is unknown.
    bool isWithin(std::string_view code, std::string_view ancestorCode) const;

    // Exactly one province, unique codes (error.regions.duplicate), every parent known
    // (error.regions.unknown_parent), levels consistent: city under the province,
    // county and zone under a city (error.regions.level). Detail: the region's code.
    Status validate() const;

private:
    std::vector<Region> m_regions;
    std::map<std::string, std::size_t, std::less<>> m_index;
};

} // namespace huicai
