// Reads the talent reference data (assets/talent.json): the categories of S4.1, the
// card classes of S5.1 and their eligibility bases with evidence and flags.
//
// File format (UTF-8 JSON object):
//   {
//     "categories": [ {"id": "overseas_returned", "nameZh": "留学人才", "nameEn": "…"}, … ],
//     "classes": [ {"class": "direct", "clause": "S5.1.1", "nameZh": "直接颁发类",
//                   "nameEn": "Direct issue", "promisedWorkingDays": 7,   // optional
//                   "requiresExpertEvaluation": false}, … ],             // optional
//     "bases": [ {"id": "direct.1", "class": "direct", "number": 1,
//                 "textZh": "…", "textEn": "…",
//                 "evidence": [ {"id": "selection_notice", "nameZh": "…", "nameEn": "…"}, … ],
//                 "requiresOutsideShandong": false,        // these flags optional, default false/0
//                 "requiresFlexibleIntroduction": false,
//                 "requiresCityRecommendation": false,
//                 "requiresSeniorTitleOrDoctorate": false,
//                 "minYearsInKeyPost": 0 }, … ]
//   }
// Errors: error.data.json, error.data.field with the path ("bases[4].evidence[0].id"),
// then TalentReference::validate()'s errors.
#pragma once
#include "core/result.h"
#include "core/talent_reference.h"

#include <string>
#include <string_view>

namespace huicai {

Result<TalentReference> parseTalentReference(std::string_view jsonText);
// readTextFile(path) then parseTalentReference. The reference set: data/reference.h.
Result<TalentReference> loadTalentReference(const std::string& path);

} // namespace huicai
