// Tests of WorkCalendar over the official 2024-2026 holiday data: numbered cases
// worked out by hand from the State Council notices (weekday of each date checked
// independently), errors for a year without data, setYear validation, and a
// property sweep: count(D, add(D, N)) == N and add is monotonic.
#include "core/calendar.h"
#include "data/holidays_json.h"
#include "workflow_fixture.h"

#include <catch2/catch.hpp>

using namespace huicai;
using wf::d;

namespace {

// The reference data as the command-line tool reads it: a year with no data refused.
const WorkCalendar& realCalendar() {
    static const WorkCalendar calendar = [] {
        WorkCalendar c(MissingYears::Refuse);
        auto loaded = loadHolidaysInto(HUICAI_ASSETS_DIR "/holidays.json", c);
        REQUIRE(loaded.ok());
        return c;
    }();
    return calendar;
}

} // namespace

TEST_CASE("calendar: n-th working day after a date, numbered cases", "[S7.1][S7.4][core][calendar]") {
    struct Case {
        int no;
        const char* from;
        int n;
        const char* expected;
    };
    const Case cases[] = {
        {1, "2025-09-26", 1, "2025-09-28"}, // Friday, then make-up Sunday before National Day
        {2, "2025-09-26", 3, "2025-09-30"},
        {3, "2025-09-30", 1, "2025-10-09"},   // National Day + Mid-Autumn 1-8 Oct 2025 off
        {4, "2025-09-30", 3, "2025-10-11"},   // make-up Saturday 11 Oct
        {5, "2025-09-30", 4, "2025-10-13"},   // Sunday 12 Oct is off
        {6, "2025-10-03", 1, "2025-10-09"},   // received on a holiday
        {7, "2025-09-30", 7, "2025-10-16"},   // a 7-working-day direct issue across the block
        {8, "2026-02-13", 1, "2026-02-14"},   // Friday before the make-up Saturday of Spring Festival 2026
        {9, "2026-02-13", 2, "2026-02-24"},   // 15-23 Feb 2026 off
        {10, "2026-02-13", 6, "2026-02-28"},  // make-up Saturday 28 Feb
        {11, "2026-02-13", 14, "2026-03-11"}, // a 14-working-day review issue
        {12, "2025-12-31", 1, "2026-01-04"},  // across the year: 1-3 Jan off, Sunday 4 Jan a make-up day
        {13, "2025-12-31", 2, "2026-01-05"},
        {14, "2024-02-08", 1, "2024-02-09"}, // Spring Festival 2024: 10-17 Feb off
        {15, "2024-02-08", 2, "2024-02-18"}, // make-up Sunday 18 Feb
        {16, "2024-02-08", 3, "2024-02-19"},
        {17, "2025-10-01", 0, "2025-10-01"}, // n = 0 is the date itself
        {18, "2026-10-09", 1, "2026-10-10"}, // Friday before make-up Saturday 10 Oct 2026
        {19, "2026-09-18", 1, "2026-09-20"}, // Friday 18 Sep 2026, make-up Sunday 20 Sep
        {20, "2026-09-24", 1, "2026-09-28"}, // 25-27 Sep 2026 off
    };
    for (const Case& c : cases) {
        INFO("case " << c.no << ": " << c.from << " + " << c.n);
        auto r = realCalendar().addWorkingDays(d(c.from), c.n);
        REQUIRE(r.ok());
        CHECK(r->iso() == c.expected);
        auto back = realCalendar().countWorkingDays(d(c.from), d(c.expected));
        REQUIRE(back.ok());
        CHECK(*back == c.n);
    }
}

TEST_CASE("calendar: working or not, numbered cases", "[S7.1][core][calendar]") {
    struct Case {
        int no;
        const char* date;
        bool working;
    };
    const Case cases[] = {
        {1, "2025-09-28", true},  // Sunday, make-up
        {2, "2025-10-08", false}, // Wednesday, holiday
        {3, "2025-10-12", false}, // ordinary Sunday
        {4, "2025-10-13", true},  // ordinary Monday
        {5, "2024-02-04", true},  // Sunday, make-up
        {6, "2026-02-23", false}, // Monday, holiday
        {7, "2026-06-19", false}, // Friday, Dragon Boat Festival
        {8, "2026-02-28", true},  // Saturday, make-up
    };
    for (const Case& c : cases) {
        INFO("case " << c.no << ": " << c.date);
        auto r = realCalendar().isWorkingDay(d(c.date));
        REQUIRE(r.ok());
        CHECK(*r == c.working);
    }
}

TEST_CASE("calendar: counting working days after FROM up to and including TO", "[S7.1][S7.4][core][calendar]") {
    const WorkCalendar& c = realCalendar();
    CHECK(*c.countWorkingDays(d("2025-09-30"), d("2025-10-08")) == 0);
    CHECK(*c.countWorkingDays(d("2025-09-30"), d("2025-10-09")) == 1);
    CHECK(*c.countWorkingDays(d("2025-10-09"), d("2025-09-30")) == -1);
    CHECK(*c.countWorkingDays(d("2025-06-03"), d("2025-06-03")) == 0);
    // A plain week: Monday 2 Jun 2025 was a holiday, so Tue 3 .. Mon 9 Jun has 5.
    CHECK(*c.countWorkingDays(d("2025-06-02"), d("2025-06-09")) == 5);
}

TEST_CASE("calendar: a year with no data counts Monday to Friday, provisionally, until it is loaded", "[S7.1][S7.4][core][calendar]") {
    WorkCalendar c; // the system's policy: provisional, never refused
    REQUIRE(loadHolidaysInto(HUICAI_ASSETS_DIR "/holidays.json", c).ok());
    REQUIRE_FALSE(c.hasYear(2027));
    CHECK(c.isProvisional(d("2027-03-01")));
    CHECK_FALSE(c.isProvisional(d("2026-12-31")));
    CHECK(c.isProvisionalBetween(d("2026-12-28"), d("2027-01-11")));
    CHECK(c.isProvisionalBetween(d("2027-01-11"), d("2026-12-28")));
    CHECK_FALSE(c.isProvisionalBetween(d("2024-01-01"), d("2026-12-31")));
    CHECK(*c.isWorkingDay(d("2027-01-01")));       // a Friday: no holiday known yet
    CHECK_FALSE(*c.isWorkingDay(d("2027-01-02"))); // a Saturday
    // Mon 28 Dec 2026 + 10: 29, 30, 31 Dec, 1, 4, 5, 6, 7, 8, 11 Jan.
    auto a = c.addWorkingDays(d("2026-12-28"), 10);
    REQUIRE(a.ok());
    CHECK(*a == d("2027-01-11"));
    CHECK(*c.countWorkingDays(d("2026-12-28"), *a) == 10);
    CHECK(*c.countWorkingDays(d("2027-02-01"), d("2027-02-08")) == 5);
    // 2023 (before the data) counts the same way.
    CHECK(*c.addWorkingDays(d("2023-12-29"), 1) == d("2024-01-02")); // 1 Jan 2024 is a holiday

    // The year loaded: the same question has the official answer, no longer provisional.
    WorkCalendar loaded = c;
    REQUIRE(loaded.setYear(2027, {d("2027-01-01")}, {}).ok());
    CHECK(*loaded.addWorkingDays(d("2026-12-28"), 10) == d("2027-01-12"));
    CHECK_FALSE(loaded.isProvisionalBetween(d("2026-12-28"), d("2027-01-12")));
    CHECK(loaded.missingYears() == MissingYears::Provisional);
}

TEST_CASE("calendar: refusing missing years, a year with no data is an error naming the year", "[S7.1][S7.4][core][calendar]") {
    const WorkCalendar& c = realCalendar();
    auto w = c.isWorkingDay(d("2027-03-01"));
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().key == "error.calendar.no_data");
    CHECK(w.error().detail == "2027");

    auto a = c.addWorkingDays(d("2026-12-28"), 10); // runs into 2027
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().key == "error.calendar.no_data");
    CHECK(a.error().detail == "2027");

    auto from2023 = c.addWorkingDays(d("2023-12-29"), 1);
    REQUIRE_FALSE(from2023.ok());
    CHECK(from2023.error().detail == "2023");

    auto n = c.countWorkingDays(d("2026-12-01"), d("2027-01-10"));
    REQUIRE_FALSE(n.ok());
    CHECK(n.error().key == "error.calendar.no_data");

    WorkCalendar empty(MissingYears::Refuse);
    auto e = empty.addWorkingDays(d("2025-03-03"), 1);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().detail == "2025");
}

TEST_CASE("calendar: loading a new year's data", "[S7.1][core][calendar]") {
    WorkCalendar c = realCalendar();
    REQUIRE_FALSE(c.hasYear(2027));
    const char* json2027 = R"({"years": {"2027": {"off": ["2027-01-01"], "work": []}}})";
    auto loaded = parseHolidaysInto(json2027, c);
    REQUIRE(loaded.ok());
    CHECK(*loaded == std::vector<int>{2027});
    CHECK(c.years() == std::vector<int>{2024, 2025, 2026, 2027});
    // Thursday 31 Dec 2026, Friday 1 Jan 2027 off, so the first working day is Monday 4 Jan.
    auto r = c.addWorkingDays(d("2026-12-31"), 1);
    REQUIRE(r.ok());
    CHECK(r->iso() == "2027-01-04");
}

TEST_CASE("calendar: setYear validates its input", "[S7.1][core][calendar]") {
    WorkCalendar c;
    SECTION("1: a date outside the year") {
        auto s = c.setYear(2025, {d("2024-12-31")}, {});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.calendar.wrong_year");
        CHECK(s.error().detail == "2024-12-31");
        CHECK_FALSE(c.hasYear(2025));
    }
    SECTION("2: a make-up day that is a weekday") {
        auto s = c.setYear(2025, {}, {d("2025-09-29")}); // Monday
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.calendar.makeup_not_weekend");
    }
    SECTION("3: a date both off and work") {
        auto s = c.setYear(2025, {d("2025-09-28")}, {d("2025-09-28")});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.calendar.off_and_work");
    }
    SECTION("4: a make-up day outside the year") {
        auto s = c.setYear(2025, {}, {d("2026-01-04")});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.calendar.wrong_year");
    }
    SECTION("5: valid data replaces the year") {
        REQUIRE(c.setYear(2025, {d("2025-03-03")}, {}).ok());
        CHECK_FALSE(*c.isWorkingDay(d("2025-03-03")));
        REQUIRE(c.setYear(2025, {}, {}).ok());
        CHECK(*c.isWorkingDay(d("2025-03-03")));
    }
    SECTION("6: negative n is refused") {
        REQUIRE(c.setYear(2025, {}, {}).ok());
        auto r = c.addWorkingDays(d("2025-03-03"), -1);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == "error.calendar.negative_days");
    }
}

TEST_CASE("calendar: count(D, add(D, N)) == N and add is monotonic over 2024-2026", "[S7.1][S7.4][core][calendar]") {
    const WorkCalendar& c = realCalendar();
    const Date first = d("2024-01-01");
    const Date last = d("2026-12-01");
    int checked = 0;
    for (Date day = first; day <= last; day = day + 1) {
        Date previous = day;
        for (int n = 0; n <= 25; ++n) {
            auto r = c.addWorkingDays(day, n);
            if (!r.ok()) {
                // Only running past the data may stop the sweep.
                REQUIRE(r.error().key == "error.calendar.no_data");
                REQUIRE(r.error().detail == "2027");
                break;
            }
            if (n > 0) REQUIRE(*r > previous);
            auto count = c.countWorkingDays(day, *r);
            REQUIRE(count.ok());
            REQUIRE(*count == n);
            if (n > 0) REQUIRE(*c.isWorkingDay(*r));
            // Monotonic in the start date too: a later start never ends earlier.
            auto next = c.addWorkingDays(day + 1, n);
            if (next.ok()) REQUIRE(*next >= *r);
            previous = *r;
            ++checked;
        }
    }
    CHECK(checked > 25000);
}
