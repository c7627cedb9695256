// Reads and writes the service catalogue (assets/catalog.json) as a Catalog.
//
// File format (UTF-8 JSON object):
//   {
//     "departments": [ {"id": "sd_hrss", "nameZh": "…", "nameEn": "…"}, … ],
//     "agencies":    [ {"id": "sd_talent_service_center", "department": "sd_hrss",
//                       "nameZh": "…", "nameEn": "…"}, … ],
//     "items": [
//       { "code": "A1", "number": 1,
//         "nameZh": "出入境服务", "nameEn": "Entry and exit",
//         "descZh": "…", "descEn": "…",
//         "mode": "direct_with_card" | "booked" | "application" | "invitation",
//         "departments": ["sd_public_security"],      // competent, 1 or more
//         "agencies": ["sd_exit_entry"],              // handling, each under a listed department
//         "directHandling": ["sd_talent_office"],     // optional: departments handling it themselves
//         "promisedWorkingDays": 10,                  // optional; null or absent = none
//         "daysAreDefault": true },                   // optional, default false
//       … A1..A30 in order ]
//   }
// Other members (e.g. "about") are ignored. Errors: error.data.json for text that is
// not a JSON object, error.data.field with the field path ("items[3].mode") for a
// missing or mistyped field, then Catalog::validate()'s errors.
#pragma once
#include "core/catalog.h"
#include "core/result.h"

#include <string>
#include <string_view>

namespace huicai {

// Parses and validates.
Result<Catalog> parseCatalog(std::string_view jsonText);
// The catalogue as JSON text in the format above (round-trips through parseCatalog).
std::string catalogToJson(const Catalog& catalog);
// readTextFile(path) then parseCatalog. The reference set: data/reference.h.
Result<Catalog> loadCatalog(const std::string& path);

} // namespace huicai
