// Implements Date with Howard Hinnant's days_from_civil / civil_from_days algorithms.
#include "core/date.h"

#include <charconv>
#include <cstdio>

namespace huicai {

namespace {
constexpr bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
constexpr int daysInMonth(int y, int m) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}
} // namespace

bool isValidYmd(Ymd d) {
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

Date Date::fromYmd(Ymd d) {
    assert(isValidYmd(d) && "Date::fromYmd: invalid date");
    int y = d.year - (d.month <= 2);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned m = static_cast<unsigned>(d.month);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + static_cast<unsigned>(d.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return fromDays(era * 146097 + static_cast<int>(doe) - 719468);
}

Ymd Date::ymd() const {
    const int z = m_days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Ymd{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

int Date::weekday() const {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    const int w = (m_days + 3) % 7;
    return w < 0 ? w + 7 : w;
}

Result<Date> Date::parse(std::string_view s) {
    auto bad = [&] { return makeError("error.date.invalid", std::string(s)); };
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return bad();
    Ymd d;
    auto num = [&](size_t at, size_t len, int& out) {
        auto [p, ec] = std::from_chars(s.data() + at, s.data() + at + len, out);
        return ec == std::errc() && p == s.data() + at + len;
    };
    if (!num(0, 4, d.year) || !num(5, 2, d.month) || !num(8, 2, d.day) || !isValidYmd(d)) return bad();
    return fromYmd(d);
}

std::string Date::iso() const {
    const Ymd d = ymd();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

} // namespace huicai
