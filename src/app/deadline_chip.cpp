// Implements the deadline chip from the core's clock functions.
#include "app/deadline_chip.h"

namespace huicai::app {

Result<DeadlineChip> deadlineChip(const Clock& clock, Date today, const WorkCalendar& calendar) {
    auto overdue = isOverdue(clock, today, calendar);
    if (!overdue) return overdue.error();
    if (*overdue) return DeadlineChip::Overdue;
    auto left = workingDaysLeft(clock, today, calendar);
    if (!left) return left.error();
    if (!left->has_value() || clock.suspended()) return DeadlineChip::None;
    return **left <= kDueSoonDays ? DeadlineChip::DueSoon : DeadlineChip::OnTime;
}

bool provisionalDue(const Clock& clock, const WorkCalendar& calendar) {
    auto p = isProvisional(clock, calendar);
    return p && *p;
}

std::string_view chipKey(DeadlineChip chip) {
    switch (chip) {
    case DeadlineChip::OnTime: return "ui.chip.on_time";
    case DeadlineChip::DueSoon: return "ui.chip.due_soon";
    case DeadlineChip::Overdue: return "ui.chip.overdue";
    case DeadlineChip::None: break;
    }
    return {};
}

} // namespace huicai::app
