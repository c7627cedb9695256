// Tests of the holiday year preview: with no 2027 data, deadlines that run into 2027
// are counted Monday to Friday; the preview of loading 2027 lists the open ones
// that move, by the dates the core then computes, and nothing else; a correction of
// a loaded year lists only what the correction moves.
#include "core/holiday_preview.h"

#include "workflow_fixture.h"

using namespace wf;

namespace {

// Submits a direct-issue application and takes it up the windows to the province,
// where its 7-working-day clock starts.
void toProvince(World& w, const std::string& tid, const std::string& appId, const char* on) {
    w.ok(talent(tid), SubmitCardApplication{appId, CardClass::DirectIssue, "direct.1", World::talentDocuments()}, on);
    if (w.state.talents.at(tid).specialist.empty()) w.ok(employerAdmin("E1"), AssignSpecialist{tid, "S1"}, on);
    w.ok(kS1, CompleteApplication{appId, World::employerDocuments()}, on);
    w.ok(kS1, SubmitToWindow{appId}, on);
    while (w.app(appId).state == CardState::UnderWindowReview) {
        const std::string win = w.app(appId).window;
        w.ok(window(win), ApproveAtWindow{appId, ""}, on);
        w.ok(window(win), EscalateToUpperWindow{appId}, on);
    }
    REQUIRE(w.app(appId).clock.start == d(on));
}

// At the end of 2026 (the last year of the reference data): CA1 reached the
// province on Mon 28 Dec (due 7 working days later), T2's request R1 was filed on
// Wed 30 Dec with public security (A1, 7 working days), CA3 reached the province on
// 28 Dec and was rejected the next day, CA4 is still a draft.
struct YearEnd {
    World w;
    YearEnd() {
        w.seed();
        w.addTalent("T1", "E1", 1);
        w.addTalent("T2", "E1", 2);
        w.addTalent("T3", "E1", 3);
        w.addTalent("T4", "E1", 4);
        w.issueCard("T2", "E1", "S1", "CA2", "2026-12-01");
        toProvince(w, "T1", "CA1", "2026-12-28");
        toProvince(w, "T3", "CA3", "2026-12-28");
        w.ok(window("370000"), RejectApplication{"CA3", {"材料不全"}}, "2026-12-29");
        w.ok(kS1, FileServiceRequest{"R1", "T2", "A1", {"护照复印件"}}, "2026-12-30");
        w.ok(talent("T4"), SubmitCardApplication{"CA4", CardClass::DirectIssue, "direct.1", World::talentDocuments()}, "2026-12-30");
    }
    Context ctx() const { return w.ctx(d("2026-12-31")); }
    // The due date the core computes now (what the deadline chips show).
    Date dueNow(const Clock& c) const {
        auto due = dueDate(c, effectiveCalendar(w.state, ctx()));
        REQUIRE(due.ok());
        REQUIRE(due->has_value());
        return **due;
    }
};

LoadHolidayYear year2027(std::vector<const char*> off, std::vector<const char*> work = {}) {
    LoadHolidayYear y;
    y.year = 2027;
    for (const char* o : off) y.off.push_back(d(o));
    for (const char* o : work) y.work.push_back(d(o));
    return y;
}

std::vector<std::string> recordsOf(const std::vector<DeadlineShift>& shifts) {
    std::vector<std::string> out;
    for (const auto& s : shifts) out.push_back(s.record);
    return out;
}

} // namespace

TEST_CASE("holiday preview: loading a year with 1 January off moves the provisional deadlines that cross it", "[core][S7.1][S7.4]") {
    YearEnd y;
    const Clock& ca1 = y.w.app("CA1").clock;
    const Clock& r1 = y.w.state.tasks.at("R1:sd_public_security").clock;
    // With no 2027 data, Friday 1 January counts as a working day.
    CHECK(y.dueNow(ca1) == d("2027-01-06"));
    CHECK(y.dueNow(r1) == d("2027-01-08"));

    const auto load = year2027({"2027-01-01"});
    const auto shifts = holidayYearShifts(y.w.state, y.ctx(), load);
    REQUIRE(recordsOf(shifts) == std::vector<std::string>{"card_application/CA1", "task/R1:sd_public_security"});
    CHECK(shifts[0].what == "workflow.deadline.card_application");
    CHECK(shifts[0].before == d("2027-01-06"));
    CHECK(shifts[0].after == d("2027-01-07"));
    CHECK(shifts[0].wasProvisional);
    CHECK(shifts[1].what == "workflow.deadline.task");
    CHECK(shifts[1].before == d("2027-01-08"));
    CHECK(shifts[1].after == d("2027-01-11")); // one working day later, over the weekend
    CHECK(shifts[1].wasProvisional);

    // What the preview said is what the core computes once the year is loaded.
    y.w.ok(kAdmin, load, "2026-12-31");
    CHECK(y.dueNow(ca1) == shifts[0].after);
    CHECK(y.dueNow(r1) == shifts[1].after);
}

TEST_CASE("holiday preview: a year that moves no deadline gives an empty list", "[core][S7.1][S7.4]") {
    YearEnd y;
    CHECK(holidayYearShifts(y.w.state, y.ctx(), year2027({"2027-10-01", "2027-10-02", "2027-10-03"})).empty());
    LoadHolidayYear y2028;
    y2028.year = 2028;
    y2028.off = {d("2028-01-03")};
    CHECK(holidayYearShifts(y.w.state, y.ctx(), y2028).empty());
    // A year LoadHolidayYear would refuse (a make-up day on a Monday) previews nothing.
    CHECK(holidayYearShifts(y.w.state, y.ctx(), year2027({"2027-01-01"}, {"2027-01-04"})).empty());
    // Correcting 2026 before the day the first open clock started moves nothing either.
    LoadHolidayYear earlier;
    earlier.year = 2026;
    earlier.off = {d("2026-10-01")};
    CHECK(holidayYearShifts(y.w.state, y.ctx(), earlier).empty());
}

TEST_CASE("holiday preview: correcting a loaded year lists only the deadlines the correction moves", "[core][S7.1][S7.4]") {
    YearEnd y;
    y.w.ok(kAdmin, year2027({"2027-01-01"}), "2026-12-31");
    CHECK(y.dueNow(y.w.app("CA1").clock) == d("2027-01-07"));
    // Friday 8 January added: R1 (due 11 January) moves, CA1 (due 7 January) does not.
    const auto corrected = year2027({"2027-01-01", "2027-01-08"});
    const auto shifts = holidayYearShifts(y.w.state, y.ctx(), corrected);
    REQUIRE(recordsOf(shifts) == std::vector<std::string>{"task/R1:sd_public_security"});
    CHECK(shifts[0].before == d("2027-01-11"));
    CHECK(shifts[0].after == d("2027-01-12"));
    CHECK_FALSE(shifts[0].wasProvisional);
    // Taking 1 January back out moves both back by a day.
    const auto undone = holidayYearShifts(y.w.state, y.ctx(), year2027({"2027-10-01"}));
    REQUIRE(recordsOf(undone) == std::vector<std::string>{"card_application/CA1", "task/R1:sd_public_security"});
    CHECK(undone[0].after == d("2027-01-06"));
    CHECK(undone[1].after == d("2027-01-08"));
}

TEST_CASE("holiday preview: closed, unstarted and suspended deadlines are not listed", "[core][S7.1][S7.4]") {
    YearEnd y;
    // CA3 was rejected (its clock stopped) and CA4 never reached the province; had
    // CA3 stayed open its due date would have moved with CA1's.
    REQUIRE(y.w.app("CA3").clock.stoppedOn.has_value());
    REQUIRE_FALSE(y.w.app("CA4").clock.started());
    y.w.ok(department("sd_public_security"), SuspendClock{"task/R1:sd_public_security", "补充材料"}, "2026-12-31");
    const auto shifts = holidayYearShifts(y.w.state, y.ctx(), year2027({"2027-01-01"}));
    CHECK(recordsOf(shifts) == std::vector<std::string>{"card_application/CA1"});
}
