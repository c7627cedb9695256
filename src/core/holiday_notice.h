// Reading a year's holiday notice: the days off and make-up working days of one year
// from the text of the State Council General Office's annual notice
// (国务院办公厅关于<year>年部分节假日安排的通知), or from plain lines of ISO dates, so
// a window administrator can paste either and load the year (LoadHolidayYear).
//
// The notice's clauses read like
//   一、元旦：1月1日（周三）放假1天，不调休。
//   二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
//   五、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
// Within a sentence (ended by 。 or a line break) the dates and ranges (至; the end
// may omit the month) before 放假 are days off, those before 上班 make-up working
// days; notes in parentheses (full-width or ASCII: weekdays with 周/星期, lunar
// dates, 除夕（2月9日）) are not read, nor are dates of a sentence with neither word
// (an encouragement to rest on New Year's Eve, the date the notice was signed).
// Dates omit the year; one that names it ("2027年1月1日"), or a mention of another
// year in the title or a sentence about days off, must be `year`. The clause's name
// (元旦, 国庆节、中秋节, …) is kept in `names`. Full-width digits are read too.
//
// Plain lines, which may be mixed with the notice's lines:
//   2027-01-01              a day off
//   2027-02-05..2027-02-11  a range of days off
//   work 2027-02-14         a make-up working day (also "上班 2027-02-14"; ranges too)
//
// Errors (detail the offending line, or the date for overlap):
//   error.holiday.unreadable  a plain line that is not one of the forms above, or a
//                             date of the notice that does not exist (2月30日) or a
//                             range that ends before it starts
//   error.holiday.year        a date or year mention of another year
//   error.holiday.empty       no day off and no make-up day found
//   error.holiday.overlap     a day both off and a make-up working day
// then WorkCalendar::setYear's errors (error.calendar.makeup_not_weekend, …): the
// result is always accepted by setYear.
#pragma once
#include "core/date.h"
#include "core/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace huicai {

struct HolidayNotice {
    int year = 0;
    std::vector<Date> off, work;    // sorted, unique
    std::vector<std::string> names; // the holiday named by each clause of the notice, in order (none for plain lines)
};

Result<HolidayNotice> readHolidayNotice(int year, std::string_view text);

} // namespace huicai
