// The quarterly service work archive of a window (S6.1.1 (4), (6)), computed from
// the records, never typed in. A window's own archive covers the records of its own
// area level: service requests filed at it (its employers'), bookings of its
// employers' talents, problems raised at it and its own specialist corps. The view
// an upper window sees rolls its own archive up with the archives its lower windows
// filed with it, so every record is counted once however high the view.
// Also here: the specialist-corps rules (S6.1.2-S6.1.4) as a list of gaps.
#pragma once
#include "core/apply.h"
#include "core/model.h"

#include <string>
#include <vector>

namespace huicai {

// 1..4 -> first and last day; precondition: quarter in 1..4 and a valid year.
Date quarterStart(int year, int quarter);
Date quarterEnd(int year, int quarter);

// The window's own archive for the quarter. Errors: the calendar's (a year of
// holiday data missing for a due date), error.region.unknown.
Result<Archive> computeArchive(const State& state, const std::string& window, int year, int quarter, const Context& ctx);

// `own` plus the lower archives (sums, lists appended, `includes` extended).
Archive rollUp(Archive own, const std::vector<Archive>& lowers);

// computeArchive rolled up with the archives filed with this window for that quarter.
Result<Archive> archiveView(const State& state, const std::string& window, int year, int quarter, const Context& ctx);

// S6.1.2-S6.1.4: departments and agencies (the catalogue's, then those of cities and
// counties) without a registered
// specialist, talents without an assigned employer specialist.
struct CorpsGaps {
    std::vector<std::string> departments;
    std::vector<std::string> agencies;
    std::vector<std::string> talents;
    bool empty() const { return departments.empty() && agencies.empty() && talents.empty(); }
};
CorpsGaps corpsGaps(const State& state, const Catalog& catalog);

} // namespace huicai
