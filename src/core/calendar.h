// WorkCalendar: working-day arithmetic over China's official holiday data. A day is
// a working day when it is a weekday that is not an official day off, or a weekend
// day listed as a make-up working day (调休). Years are loaded from data; any date in
// a year with no data is an explicit error ("error.calendar.no_data"), never a silent
// weekday count. The day of receipt does not count, as in administrative practice:
// addWorkingDays(d, 1) is the first working day after d.
#pragma once
#include "core/date.h"
#include "core/result.h"

#include <map>
#include <set>
#include <vector>

namespace huicai {

// What a date in a year with no holiday data gives.
enum class MissingYears {
    Provisional,
    Refuse
};

class WorkCalendar {
public:
    explicit WorkCalendar(MissingYears missing = MissingYears::Provisional) : m_missing(missing) {}

    // Loads (or replaces) one year's official days off and make-up working days.
    // Every date must lie in `year`; a make-up day must be a weekend day and a day
    // off must not also be a make-up day.
    Status setYear(int year, const std::vector<Date>& off, const std::vector<Date>& work);
    bool hasYear(int year) const;
    std::vector<int> years() const;
    MissingYears missingYears() const { return m_missing; }

    // True when `d` lies in a year with no data, so it is counted Monday to Friday.
    bool isProvisional(Date d) const { return !hasYear(d.year()); }
    // True when some year from a's to b's (either order) has no data.
    bool isProvisionalBetween(Date a, Date b) const;

    Result<bool> isWorkingDay(Date d) const;
    // The date of the n-th working day after `from` (n >= 0; n == 0 gives `from`).
    Result<Date> addWorkingDays(Date from, int n) const;
    // The number of working days in (from, to]; negative when to < from.
    // countWorkingDays(d, addWorkingDays(d, n)) == n.
    Result<int> countWorkingDays(Date from, Date to) const;

private:
    struct Year {
        std::set<std::int32_t> off;
        std::set<std::int32_t> work;
    };
    std::map<int, Year> m_years;
    MissingYears m_missing;
};

} // namespace huicai
