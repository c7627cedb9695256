// Implements the preview of a holiday year: every running clock's due date over the
// merged calendar as it is and as it would be with the year set.
#include "core/holiday_preview.h"

#include "core/deadline.h"

#include <algorithm>
#include <string_view>

namespace huicai {

namespace {

struct Shifts {
    const WorkCalendar& before;
    const WorkCalendar& after;
    std::vector<DeadlineShift> out;

    void clock(std::string_view kind, const std::string& id, const Clock& c) {
        if (!c.started() || c.stoppedOn || !c.limitDays) return;
        auto was = dueDate(c, before);
        auto will = dueDate(c, after);
        if (!was || !will || !was->has_value() || !will->has_value() || **was == **will) return;
        auto provisional = isProvisional(c, before);
        out.push_back({recordKey(kind, id), "workflow.deadline." + std::string(kind), **was, **will, provisional && *provisional});
    }
};

} // namespace

std::vector<DeadlineShift> holidayYearShifts(const State& state, const Context& ctx, const LoadHolidayYear& year) {
    const WorkCalendar before = effectiveCalendar(state, ctx);
    WorkCalendar after = before;
    if (!after.setYear(year.year, year.off, year.work)) return {};
    Shifts s{before, after, {}};
    for (const auto& [id, a] : state.cardApplications) s.clock("card_application", id, a.clock);
    for (const auto& [id, k] : state.tasks) s.clock("task", id, k.clock);
    for (const auto& [id, c] : state.localCredentials) s.clock("local_credential", id, c.clock);
    std::sort(s.out.begin(), s.out.end(), [](const DeadlineShift& a, const DeadlineShift& b) { return a.record < b.record; });
    return std::move(s.out);
}

} // namespace huicai
