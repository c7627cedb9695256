// Which open deadlines move when a year's holiday data is loaded (S7.1, S7.4): before
// LoadHolidayYear is sent, the administrator sees every running time limit whose
// due date would change, with the date before and after. Due dates are computed
// exactly as everywhere else (deadline.h's dueDate over effectiveCalendar(): the
// reference calendar of the Context plus State::holidayYears, Monday to Friday for a
// year with no data), the "after" calendar being that one with `year` set (loaded,
// or replaced when the year is already loaded and is being corrected).
#pragma once
#include "core/apply.h"
#include "core/command.h"
#include "core/date.h"

#include <string>
#include <vector>

namespace huicai {

struct DeadlineShift {
    std::string record;          // the record key of the change feed: "card_application/<id>", "task/<request>:<department>",
                                 // "local_credential/<id>"
    std::string what;            // an i18n key naming the kind of deadline: "workflow.deadline.<record kind>"
    Date before, after;          // the due date now and once the year is loaded
    bool wasProvisional = false; // the due date now is counted through a year with no data (deadline.h's isProvisional)
};

// Every open working-day deadline of `state` (a clock that has started, has a limit,
// is not suspended and is not stopped) whose due date differs once `year` is
// loaded, sorted by record. Empty when `year` would be refused by LoadHolidayYear
// (WorkCalendar::setYear's checks); a clock whose due date cannot be computed
// (a Context calendar that refuses years with no data) is left out.
std::vector<DeadlineShift> holidayYearShifts(const State& state, const Context& ctx, const LoadHolidayYear& year);

} // namespace huicai
