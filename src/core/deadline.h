// Time-limit clocks (S7.1, S7.4): a limit in working days that starts at a named
// event (arrival at the provincial window, confirmation of the introduction
// contract, receipt by a competent department) and a ledger of what happened to it
// since: suspension (e.g. returned for revision: the clock stops), resumption,
// extension by working days with a reason, and a new completion date stated in an
// overdue explanation (S7.4 (5)). The due date is always computed from the ledger
// with the WorkCalendar, never stored, so loading a year's holiday data recomputes
// every deadline; one that reaches into a year with no data is provisional (counted
// Monday to Friday) and says so. Overdue is derived: past the due date, not done.
#pragma once
#include "core/calendar.h"
#include "core/date.h"
#include "core/model_fields.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <vector>

namespace huicai {

enum class ClockEntryKind {
    Suspend,
    Resume,
    Extend,
    NewDate
};

inline constexpr std::array<EnumName<ClockEntryKind>, 4> kClockEntryKindNames = {{
    {ClockEntryKind::Suspend, "suspend"},
    {ClockEntryKind::Resume, "resume"},
    {ClockEntryKind::Extend, "extend"},
    {ClockEntryKind::NewDate, "new_date"},
}};
constexpr std::span<const EnumName<ClockEntryKind>> enumNames(ClockEntryKind) { return kClockEntryKindNames; }

struct ClockEntry {
    ClockEntryKind kind = ClockEntryKind::Suspend;
    Date on;                     // when it was recorded
    int days = 0;                // Extend: working days added
    std::optional<Date> newDate; // NewDate: the stated completion date
    std::string reason;          // why (an explanation for NewDate)
    std::string actor;           // who recorded it

    bool operator==(const ClockEntry&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("kind", s.kind);
        v("on", s.on);
        v("days", s.days);
        v("new_date", s.newDate);
        v("reason", s.reason);
        v("actor", s.actor);
    }
};

struct Clock {
    std::string startEvent;       // e.g. "arrival_at_province", "contract_confirmed"
    std::optional<Date> start;    // unset until the event happens
    std::optional<int> limitDays; // unset: no fixed limit (evaluation issue)
    std::vector<ClockEntry> ledger;
    std::optional<Date> stoppedOn; // the work was done on this date

    bool operator==(const Clock&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("start_event", s.startEvent);
        v("start", s.start);
        v("limit_days", s.limitDays);
        v("ledger", s.ledger);
        v("stopped_on", s.stoppedOn);
    }

    bool started() const { return start.has_value(); }
    bool suspended() const; // the last Suspend has no Resume after it
};

// The due date: nullopt when there is no limit, the clock has not started or it is
// suspended. Extensions and suspended working days push it back; a NewDate entry
// replaces it (later entries apply on top of it).
Result<std::optional<Date>> dueDate(const Clock& clock, const WorkCalendar& calendar);

// Working days from `today` to the due date (negative when overdue); while
// suspended, the days that were left when it stopped. nullopt without a limit,
// before the start, or once the work is done.
Result<std::optional<int>> workingDaysLeft(const Clock& clock, Date today, const WorkCalendar& calendar);

// Derived: the clock is running, not stopped, and `today` is past the due date.
Result<bool> isOverdue(const Clock& clock, Date today, const WorkCalendar& calendar);

// True when the due date was counted through a year with no holiday data (so it may
// move when that year is loaded). False without a limit or before the start.
Result<bool> isProvisional(const Clock& clock, const WorkCalendar& calendar);

// True when the work stopped after the due date (for on-time rates). False without a limit.
Result<bool> finishedLate(const Clock& clock, const WorkCalendar& calendar);

} // namespace huicai
