// Reads the service-window regions (assets/regions.json) into a RegionTree.
//
// File format (UTF-8 JSON object), the shape of the shared GB/T 2260 data plus zones:
//   {
//     "province": {"code": "370000", "name": "山东省", "nameEn": "Shandong Province"},
//     "cities": [
//       { "code": "370100", "name": "济南市", "nameEn": "Jinan",
//         "counties": [ {"code": "370102", "name": "历下区", "nameEn": "Lixia District"}, … ],
//         "zones":    [ {"code": "Z370101", "name": "…", "nameEn": "…"}, … ] },   // optional
//       … ]
//   }
// "nameEn" is optional everywhere (falls back to "name"). Errors: error.data.json,
// error.data.field with the path ("cities[2].counties[5].code"), then
// RegionTree::validate()'s errors.
#pragma once
#include "core/regions.h"
#include "core/result.h"

#include <string>
#include <string_view>

namespace huicai {

Result<RegionTree> parseRegions(std::string_view jsonText);
// readTextFile(path) then parseRegions. The reference set: data/reference.h.
Result<RegionTree> loadRegions(const std::string& path);

} // namespace huicai
