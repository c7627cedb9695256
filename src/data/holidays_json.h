// Loads official holiday data (assets/holidays.json) into a WorkCalendar. Loading a
// new year's data is calling loadHolidaysInto / parseHolidaysInto with a file that
// holds that year: each year in the file replaces the calendar's data for that year,
// other years are kept.
//
// File format (UTF-8 JSON object), as published in the shared data:
//   {
//     "years": {
//       "2025": { "off":  ["2025-01-01", …],    // official days off
//                 "work": ["2025-01-26", …],    // make-up working days (weekend days)
//                 "names": {"2025-01-01": "元旦", …},   // optional, ignored here
//                 "notice": "…" },                      // optional, ignored here
//       … }
//   }
// Errors: error.data.json, error.data.field with the path ("years.2025.off[3]"),
// then WorkCalendar::setYear's errors. Nothing is changed in the calendar when the
// file has an error.
#pragma once
#include "core/calendar.h"
#include "core/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace huicai {

// Returns the years loaded, ascending.
Result<std::vector<int>> parseHolidaysInto(std::string_view jsonText, WorkCalendar& calendar);
// readTextFile(path) then parseHolidaysInto. The reference set: data/reference.h.
Result<std::vector<int>> loadHolidaysInto(const std::string& path, WorkCalendar& calendar);

} // namespace huicai
