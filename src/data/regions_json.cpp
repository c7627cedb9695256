// Implements reading assets/regions.json (format in regions_json.h) into a RegionTree.
#include "data/regions_json.h"

#include "data/asset_files.h"
#include "data/json_fields.h"

namespace huicai {

using namespace json_fields;

namespace {

Result<Region> readRegion(const json& j, const std::string& path, RegionLevel level, const std::string& parent) {
    if (!j.is_object()) return fieldError(path);
    HUICAI_DATA_TRY(code, getString(j, "code", path));
    HUICAI_DATA_TRY(name, getString(j, "name", path));
    std::string nameEn = name;
    if (j.contains("nameEn")) {
        HUICAI_DATA_TRY(en, getString(j, "nameEn", path));
        nameEn = en;
    }
    return Region{code, name, nameEn, level, parent};
}

Status readChildren(const json& city, const char* key, const std::string& path, RegionLevel level,
                    const std::string& parent, bool required, std::vector<Region>& out) {
    if (!city.contains(key) && !required) return Ok{};
    const json* arr = findArray(city, key);
    if (!arr) return fieldError(member(path, key));
    for (std::size_t i = 0; i < arr->size(); ++i) {
        auto r = readRegion((*arr)[i], index(member(path, key), i), level, parent);
        if (!r) return r.error();
        out.push_back(std::move(*r));
    }
    return Ok{};
}

} // namespace

Result<RegionTree> parseRegions(std::string_view text) {
    HUICAI_DATA_TRY(root, parseObject(text, "regions"));
    const json* provinceJson = findObject(root, "province");
    if (!provinceJson) return fieldError("province");
    HUICAI_DATA_TRY(province, readRegion(*provinceJson, "province", RegionLevel::Province, ""));
    std::vector<Region> regions{province};
    const json* cities = findArray(root, "cities");
    if (!cities) return fieldError("cities");
    // Cities first, then each city's counties and zones, so that cities() and
    // children() keep the file's order.
    for (std::size_t i = 0; i < cities->size(); ++i) {
        HUICAI_DATA_TRY(city, readRegion((*cities)[i], index("cities", i), RegionLevel::City, province.code));
        regions.push_back(city);
    }
    for (std::size_t i = 0; i < cities->size(); ++i) {
        const json& c = (*cities)[i];
        const std::string path = index("cities", i);
        const std::string code = regions[i + 1].code; // a copy: `regions` grows below
        if (auto s = readChildren(c, "counties", path, RegionLevel::County, code, true, regions); !s) return s.error();
        if (auto s = readChildren(c, "zones", path, RegionLevel::Zone, code, false, regions); !s) return s.error();
    }
    RegionTree tree(std::move(regions));
    if (auto v = tree.validate(); !v) return v.error();
    return tree;
}

Result<RegionTree> loadRegions(const std::string& path) {
    HUICAI_DATA_TRY(text, readTextFile(path));
    return parseRegions(text);
}

} // namespace huicai
