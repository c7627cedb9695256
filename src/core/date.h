// Date: a civil (proleptic Gregorian) calendar date, stored as a day number so that
// comparison and arithmetic are plain integer operations. Parsing and formatting use
// ISO 8601 (YYYY-MM-DD). No time zone and no clock: callers pass dates in.
#pragma once
#include "core/result.h"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace huicai {

struct Ymd {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
};

class Date {
public:
    constexpr Date() = default;
    static constexpr Date fromDays(std::int32_t days) {
        Date d;
        d.m_days = days;
        return d;
    }
    static Date fromYmd(Ymd ymd);                    // precondition: a valid date (see isValidYmd)
    static Result<Date> parse(std::string_view iso); // "2025-03-14"

    constexpr std::int32_t days() const { return m_days; } // days since 1970-01-01
    Ymd ymd() const;
    int year() const { return ymd().year; }
    // 0 = Monday ... 6 = Sunday
    int weekday() const;
    bool isWeekend() const { return weekday() >= 5; }
    std::string iso() const;

    constexpr Date operator+(int n) const { return fromDays(m_days + n); }
    constexpr Date operator-(int n) const { return fromDays(m_days - n); }
    constexpr int operator-(Date o) const { return m_days - o.m_days; }
    constexpr auto operator<=>(const Date&) const = default;

private:
    std::int32_t m_days = 0;
};

bool isValidYmd(Ymd ymd);

} // namespace huicai
