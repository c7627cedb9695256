// The deadline chip of the window's queue rows (S7.1, S7.4), read from the core's
// clock functions on a 2026 calendar without holidays: a limit of 7 working days from
// Monday 2026-03-02 ends on Wednesday 2026-03-11.
#include "app/deadline_chip.h"

#include "../core/workflow_fixture.h"

#include <catch2/catch.hpp>

using namespace huicai;
using huicai::app::DeadlineChip;
using wf::d;

namespace {

WorkCalendar chipCalendar() {
    WorkCalendar cal;
    REQUIRE(cal.setYear(2026, {}, {}).ok());
    return cal;
}

Clock clock7() {
    Clock c;
    c.startEvent = "arrival_at_province";
    c.start = d("2026-03-02");
    c.limitDays = 7;
    return c;
}

} // namespace

TEST_CASE("deadline chip: on time, due soon, overdue and none", "[S7.1][S7.4][app]") {
    const WorkCalendar cal = chipCalendar();
    Clock notStarted = clock7();
    notStarted.start.reset();
    Clock noLimit = clock7();
    noLimit.limitDays.reset();
    Clock done = clock7();
    done.stoppedOn = d("2026-03-13");
    Clock suspended = clock7();
    suspended.ledger.push_back(ClockEntry{ClockEntryKind::Suspend, d("2026-03-04"), 0, std::nullopt, "revision", "W"});

    struct Case {
        int n;
        Clock clock;
        const char* today;
        DeadlineChip chip;
    };
    const Case cases[] = {
        {1, clock7(), "2026-03-02", DeadlineChip::OnTime},  // 7 left
        {2, clock7(), "2026-03-06", DeadlineChip::OnTime},  // Fri: 3 left
        {3, clock7(), "2026-03-09", DeadlineChip::DueSoon}, // Mon: 2 left
        {4, clock7(), "2026-03-11", DeadlineChip::DueSoon}, // the due day: 0 left
        {5, clock7(), "2026-03-12", DeadlineChip::Overdue},
        {6, notStarted, "2026-03-12", DeadlineChip::None},
        {7, noLimit, "2026-03-12", DeadlineChip::None},
        {8, done, "2026-03-20", DeadlineChip::None},
        {9, suspended, "2026-03-20", DeadlineChip::None},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto chip = app::deadlineChip(c.clock, d(c.today), cal);
        REQUIRE(chip.ok());
        CHECK(*chip == c.chip);
    }
    CHECK(app::chipKey(DeadlineChip::Overdue) == "ui.chip.overdue");
    CHECK(app::chipKey(DeadlineChip::None).empty());
}

TEST_CASE("deadline chip: a year without holiday data gives a provisional chip, a refusing calendar's error", "[S7.1][app]") {
    const WorkCalendar cal = chipCalendar(); // 2026 only
    Clock c = clock7();
    c.start = d("2027-03-01");
    auto chip = app::deadlineChip(c, d("2027-03-02"), cal);
    REQUIRE(chip.ok());
    CHECK(*chip == app::DeadlineChip::OnTime); // due 2027-03-10 counting Monday to Friday
    CHECK(app::provisionalDue(c, cal));
    CHECK_FALSE(app::provisionalDue(clock7(), cal));
    // Started late in 2026, due in 2027: provisional too.
    Clock late = clock7();
    late.start = d("2026-12-28");
    CHECK(app::provisionalDue(late, cal));

    WorkCalendar refusing(MissingYears::Refuse);
    REQUIRE(refusing.setYear(2026, {}, {}).ok());
    auto strict = app::deadlineChip(c, d("2027-03-02"), refusing);
    REQUIRE_FALSE(strict.ok());
    CHECK(strict.error().key.rfind("error.calendar", 0) == 0);
    CHECK_FALSE(app::provisionalDue(c, refusing));
}
