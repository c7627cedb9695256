// Implements WorkCalendar: per-year sets of official days off and make-up working
// days, and working-day arithmetic that walks day by day; a year with no data counts
// Monday to Friday, or fails on its first date when the calendar refuses such years.
#include "core/calendar.h"

#include <string>
#include <utility>

namespace huicai {

namespace {
Error noData(int year) { return makeError("error.calendar.no_data", std::to_string(year)); }
} // namespace

Status WorkCalendar::setYear(int year, const std::vector<Date>& off, const std::vector<Date>& work) {
    Year y;
    for (Date d : off) {
        if (d.year() != year) return makeError("error.calendar.wrong_year", d.iso());
        y.off.insert(d.days());
    }
    for (Date d : work) {
        if (d.year() != year) return makeError("error.calendar.wrong_year", d.iso());
        if (!d.isWeekend()) return makeError("error.calendar.makeup_not_weekend", d.iso());
        if (y.off.count(d.days())) return makeError("error.calendar.off_and_work", d.iso());
        y.work.insert(d.days());
    }
    m_years[year] = std::move(y);
    return Ok{};
}

bool WorkCalendar::hasYear(int year) const { return m_years.count(year) != 0; }

bool WorkCalendar::isProvisionalBetween(Date a, Date b) const {
    if (b < a) std::swap(a, b);
    for (int y = a.year(); y <= b.year(); ++y)
        if (!hasYear(y)) return true;
    return false;
}

std::vector<int> WorkCalendar::years() const {
    std::vector<int> out;
    out.reserve(m_years.size());
    for (const auto& [year, data] : m_years) out.push_back(year);
    return out;
}

Result<bool> WorkCalendar::isWorkingDay(Date d) const {
    const int year = d.year();
    auto it = m_years.find(year);
    if (it == m_years.end()) {
        if (m_missing == MissingYears::Refuse) return noData(year);
        return !d.isWeekend();
    }
    const Year& y = it->second;
    if (y.work.count(d.days())) return true;
    if (y.off.count(d.days())) return false;
    return !d.isWeekend();
}

Result<Date> WorkCalendar::addWorkingDays(Date from, int n) const {
    if (n < 0) return makeError("error.calendar.negative_days", std::to_string(n));
    if (m_missing == MissingYears::Refuse && !hasYear(from.year())) return noData(from.year());
    Date d = from;
    while (n > 0) {
        d = d + 1;
        auto working = isWorkingDay(d);
        if (!working) return working.error();
        if (*working) --n;
    }
    return d;
}

Result<int> WorkCalendar::countWorkingDays(Date from, Date to) const {
    if (to < from) {
        auto back = countWorkingDays(to, from);
        if (!back) return back.error();
        return -*back;
    }
    if (m_missing == MissingYears::Refuse && !hasYear(from.year())) return noData(from.year());
    int count = 0;
    for (Date d = from + 1; d <= to; d = d + 1) {
        auto working = isWorkingDay(d);
        if (!working) return working.error();
        if (*working) ++count;
    }
    return count;
}

} // namespace huicai
