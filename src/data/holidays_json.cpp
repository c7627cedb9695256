// Implements loading assets/holidays.json (format in holidays_json.h) into a
// WorkCalendar: every year is parsed and checked on a scratch calendar first, so a
// bad file leaves the caller's calendar unchanged.
#include "data/holidays_json.h"

#include "data/asset_files.h"
#include "data/json_fields.h"

#include <charconv>

namespace huicai {

using namespace json_fields;

namespace {

Result<std::vector<Date>> readDates(const json& year, const char* key, const std::string& path) {
    const json* arr = findArray(year, key);
    if (!arr) return fieldError(member(path, key));
    std::vector<Date> out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const json& v = (*arr)[i];
        const std::string at = index(member(path, key), i);
        if (!v.is_string()) return fieldError(at);
        auto d = Date::parse(v.get<std::string>());
        if (!d) return fieldError(at);
        out.push_back(*d);
    }
    return out;
}

} // namespace

Result<std::vector<int>> parseHolidaysInto(std::string_view text, WorkCalendar& calendar) {
    HUICAI_DATA_TRY(root, parseObject(text, "holidays"));
    const json* years = findObject(root, "years");
    if (!years) return fieldError("years");
    struct Parsed {
        int year;
        std::vector<Date> off, work;
    };
    std::vector<Parsed> parsed;
    WorkCalendar scratch;
    for (auto it = years->begin(); it != years->end(); ++it) {
        const std::string& key = it.key();
        const std::string path = "years." + key;
        int year = 0;
        auto [p, ec] = std::from_chars(key.data(), key.data() + key.size(), year);
        if (ec != std::errc() || p != key.data() + key.size() || key.size() != 4) return fieldError(path);
        if (!it->is_object()) return fieldError(path);
        HUICAI_DATA_TRY(off, readDates(*it, "off", path));
        HUICAI_DATA_TRY(work, readDates(*it, "work", path));
        if (auto s = scratch.setYear(year, off, work); !s) return s.error();
        parsed.push_back({year, std::move(off), std::move(work)});
    }
    std::vector<int> loaded;
    for (const auto& y : parsed) {
        auto s = calendar.setYear(y.year, y.off, y.work);
        assert(s.ok() && "parseHolidaysInto: a year that passed the scratch check failed");
        (void)s;
        loaded.push_back(y.year);
    }
    return loaded;
}

Result<std::vector<int>> loadHolidaysInto(const std::string& path, WorkCalendar& calendar) {
    HUICAI_DATA_TRY(text, readTextFile(path));
    return parseHolidaysInto(text, calendar);
}

} // namespace huicai
