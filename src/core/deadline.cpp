// Implements the time-limit clock arithmetic of deadline.h over a WorkCalendar.
#include "core/deadline.h"

namespace huicai {

bool Clock::suspended() const {
    bool s = false;
    for (const auto& e : ledger) {
        if (e.kind == ClockEntryKind::Suspend) s = true;
        if (e.kind == ClockEntryKind::Resume) s = false;
    }
    return s;
}

namespace {

// The due date ignoring a pending suspension, plus the date the pending suspension
// began (if any).
struct Walk {
    Date due;
    std::optional<Date> suspendedSince;
};

Result<Walk> walk(const Clock& clock, const WorkCalendar& cal) {
    auto base = cal.addWorkingDays(*clock.start, *clock.limitDays);
    if (!base) return base.error();
    Walk w{*base, std::nullopt};
    for (const auto& e : clock.ledger) {
        switch (e.kind) {
        case ClockEntryKind::Suspend:
            if (!w.suspendedSince) w.suspendedSince = e.on;
            break;
        case ClockEntryKind::Resume: {
            if (!w.suspendedSince) break;
            auto paused = cal.countWorkingDays(*w.suspendedSince, e.on);
            if (!paused) return paused.error();
            auto moved = cal.addWorkingDays(w.due, *paused > 0 ? *paused : 0);
            if (!moved) return moved.error();
            w.due = *moved;
            w.suspendedSince.reset();
            break;
        }
        case ClockEntryKind::Extend: {
            auto moved = cal.addWorkingDays(w.due, e.days > 0 ? e.days : 0);
            if (!moved) return moved.error();
            w.due = *moved;
            break;
        }
        case ClockEntryKind::NewDate:
            if (e.newDate) w.due = *e.newDate;
            break;
        }
    }
    return w;
}

} // namespace

Result<std::optional<Date>> dueDate(const Clock& clock, const WorkCalendar& calendar) {
    if (!clock.limitDays || !clock.start) return std::optional<Date>{};
    auto w = walk(clock, calendar);
    if (!w) return w.error();
    if (w->suspendedSince) return std::optional<Date>{};
    return std::optional<Date>{w->due};
}

Result<std::optional<int>> workingDaysLeft(const Clock& clock, Date today, const WorkCalendar& calendar) {
    if (!clock.limitDays || !clock.start || clock.stoppedOn) return std::optional<int>{};
    auto w = walk(clock, calendar);
    if (!w) return w.error();
    const Date from = w->suspendedSince ? *w->suspendedSince : today;
    auto n = calendar.countWorkingDays(from, w->due);
    if (!n) return n.error();
    return std::optional<int>{*n};
}

Result<bool> isProvisional(const Clock& clock, const WorkCalendar& calendar) {
    if (!clock.limitDays || !clock.start) return false;
    auto w = walk(clock, calendar);
    if (!w) return w.error();
    const Date end = w->suspendedSince && *w->suspendedSince > w->due ? *w->suspendedSince : w->due;
    return calendar.isProvisionalBetween(*clock.start, end);
}

Result<bool> isOverdue(const Clock& clock, Date today, const WorkCalendar& calendar) {
    if (clock.stoppedOn) return false;
    auto due = dueDate(clock, calendar);
    if (!due) return due.error();
    return due->has_value() && today > **due;
}

Result<bool> finishedLate(const Clock& clock, const WorkCalendar& calendar) {
    if (!clock.stoppedOn) return false;
    auto due = dueDate(clock, calendar);
    if (!due) return due.error();
    return due->has_value() && *clock.stoppedOn > **due;
}

} // namespace huicai
