// The deadline chip of a queue row (on time / due soon / overdue), read from the
// core's clock functions (deadline.h): overdue is the core's isOverdue, "due soon" is
// at most kDueSoonDays working days left. None when the record has no running limit.
#pragma once
#include "core/deadline.h"

#include <string_view>

namespace huicai::app {

enum class DeadlineChip {
    None,
    OnTime,
    DueSoon,
    Overdue
};

inline constexpr int kDueSoonDays = 2;

Result<DeadlineChip> deadlineChip(const Clock& clock, Date today, const WorkCalendar& calendar);

// True when the clock's due date was counted through a year with no holiday data
// (the core's isProvisional), so screens mark it provisional; false on an error.
bool provisionalDue(const Clock& clock, const WorkCalendar& calendar);

// The i18n key of the chip's text ("ui.chip.on_time", …); empty for None.
std::string_view chipKey(DeadlineChip chip);

} // namespace huicai::app
