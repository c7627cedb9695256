// The quarterly archive (S6.1.1 (4), (6)): computed from a seeded set of records of
// a district window (Lixia) and its city window (Jinan) — items served, on-time
// completions, the overdue list with explanations and new dates, problems and
// suggestions, the specialist corps — filed with the next-higher window and rolled
// up into the upper window's view without counting anything twice.
#include "core/access.h"
#include "core/archive.h"
#include "workflow_fixture.h"

using namespace wf;

namespace {

Date addWd(const World& w, const char* from, int n) {
    auto r = w.ref.calendar.addWorkingDays(d(from), n);
    REQUIRE(r.ok());
    return *r;
}

World archiveWorld() {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.addTalent("T5", "E1", 5); // no specialist: a corps gap
    w.addTalent("T2", "E2", 2);
    w.issueCard("T1", "E1", "S1", "CA1", "2025-03-03");
    w.issueCard("T2", "E2", "S2", "CA2", "2025-03-03");
    const Actor s1 = specialist("S1", "E1"), s2 = specialist("S2", "E2");
    const Actor ps = department("sd_public_security"), hr = department("sd_hrss");
    // Lixia: R1 (A1, 7 days) finished on time; R2 (A6, 30 days) still open at the quarter's end.
    w.ok(s1, FileServiceRequest{"R1", "T1", "A1", {"材料"}}, "2025-04-07");
    w.ok(ps, AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-04-08");
    w.ok(agency("sd_exit_entry"), CompleteHandling{"R1", "sd_public_security", "办结", true}, "2025-04-15");
    w.ok(ps, ReportResult{"R1", "sd_public_security"}, "2025-04-15");
    w.ok(s1, FileServiceRequest{"R2", "T1", "A6", {"材料"}}, "2025-05-06");
    w.ok(talent("T1"), BookDirectService{"B1", "A13", "cr_jinan_stations", d("2025-05-20")}, "2025-05-12");
    w.ok(agency("cr_jinan_stations"), ServeBooking{"B1"}, "2025-05-20");
    w.ok(s1, RaiseProblem{"P0", ProblemKind::Problem, "T1", "一季度的问题"}, "2025-03-20");
    w.ok(s1, RaiseProblem{"P1", ProblemKind::Suggestion, "T1", "建议增加英文材料模板"}, "2025-05-21");
    // Jinan (city-level employer): R3 (A1) late, explained with a new date.
    w.ok(s2, FileServiceRequest{"R3", "T2", "A1", {"材料"}}, "2025-06-02");
    w.ok(ps, AssignToAgency{"R3", "sd_public_security", "sd_exit_entry"}, "2025-06-03");
    w.ok(ps, ReportOverdue{"R3", "sd_public_security", "系统升级停办两日", d("2025-06-16")}, "2025-06-12");
    w.ok(agency("sd_exit_entry"), CompleteHandling{"R3", "sd_public_security", "办结", true}, "2025-06-13");
    w.ok(ps, ReportResult{"R3", "sd_public_security"}, "2025-06-13");
    (void)hr;
    return w;
}

} // namespace

TEST_CASE("1. a window's own archive is computed from its records", "[core][S6.1.1]") {
    World w = archiveWorld();
    auto a = computeArchive(w.state, "370102", 2025, 2, w.ctx(d("2025-07-01")));
    REQUIRE(a.ok());
    CHECK(a->itemsServed == std::map<std::string, int>{{"A1", 1}, {"A13", 1}});
    CHECK(a->completed == 1);
    CHECK(a->onTime == 1);
    REQUIRE(a->overdue.size() == 1);
    CHECK(a->overdue[0].request == "R2");
    CHECK_FALSE(a->overdue[0].done);
    CHECK(a->overdue[0].due == addWd(w, "2025-05-06", 30));
    CHECK(a->overdue[0].explanations.empty());
    REQUIRE(a->problems.size() == 1); // P0 was raised in the first quarter
    CHECK(a->problems[0].id == "P1");
    CHECK(a->problems[0].kind == "suggestion");
    CHECK(a->corps.windowSpecialists == 1);
    CHECK(a->corps.employerSpecialists == 2);
    CHECK(a->corps.talents == 2);
    CHECK(a->corps.talentsWithoutSpecialist == 1);
    REQUIRE(a->onTimeRate().has_value());
    CHECK(*a->onTimeRate() == Approx(1.0));

    auto city = computeArchive(w.state, "370100", 2025, 2, w.ctx(d("2025-07-01")));
    REQUIRE(city.ok());
    CHECK(city->completed == 1);
    CHECK(city->onTime == 0); // finished after the promised date, whatever new date was stated
    REQUIRE(city->overdue.size() == 1);
    CHECK(city->overdue[0].done);
    CHECK(city->overdue[0].promisedDue == addWd(w, "2025-06-02", 7)); // received on filing
    CHECK(city->overdue[0].due == d("2025-06-16"));
    CHECK(city->overdue[0].explanations == std::vector<std::string>{"系统升级停办两日"});
    CHECK(city->overdue[0].newDates == std::vector<Date>{d("2025-06-16")});
    // Another quarter has none of it.
    auto q1 = computeArchive(w.state, "370102", 2025, 1, w.ctx(d("2025-07-01")));
    REQUIRE(q1.ok());
    CHECK(q1->completed == 0);
    CHECK(q1->problems.size() == 1);
}

TEST_CASE("2. filed with the next-higher window every quarter and rolled up", "[core][S6.1.1]") {
    World w = archiveWorld();
    w.fails(window("370102"), FileQuarterlyArchive{2025, 2}, "2025-06-30", "error.archive.quarter_open");
    w.fails(window("370102"), FileQuarterlyArchive{2025, 5}, "2025-07-01", "error.command.field");
    w.ok(window("370102"), FileQuarterlyArchive{2025, 2}, "2025-07-01");
    w.fails(window("370102"), FileQuarterlyArchive{2025, 2}, "2025-07-02", "error.archive.duplicate");
    const auto& lixia = w.state.archives.at("370102:2025:Q2");
    CHECK(lixia.filedWith == "370100");
    w.ok(window("370100"), FileQuarterlyArchive{2025, 2}, "2025-07-03");
    const auto& jinan = w.state.archives.at("370100:2025:Q2");
    CHECK(jinan.filedWith == "370000");
    CHECK(jinan.archive.includes == std::vector<std::string>{"370102"});
    CHECK(jinan.archive.completed == 2);
    CHECK(jinan.archive.onTime == 1);
    CHECK(*jinan.archive.onTimeRate() == Approx(0.5));
    CHECK(jinan.archive.itemsServed == std::map<std::string, int>{{"A1", 2}, {"A13", 1}});
    CHECK(jinan.archive.overdue.size() == 2);
    CHECK(jinan.archive.problems.size() == 1);
    CHECK(jinan.archive.corps.talents == 3);
    CHECK(jinan.archive.corps.windowSpecialists == 2);
    // The province's view rolls up the city's filing, which holds the district's.
    auto prov = archiveView(w.state, "370000", 2025, 2, w.ctx(d("2025-07-04")));
    REQUIRE(prov.ok());
    CHECK(prov->completed == 2);
    CHECK(prov->includes == std::vector<std::string>{"370100", "370102"});
    CHECK(prov->corps.windowSpecialists == 3);
    // Filed archives are seen by the filing and the receiving windows (and above), not sideways.
    CHECK(visible(window("370100"), "archive/370102:2025:Q2", w.state, w.ref.regions));
    CHECK(visible(window("370000"), "archive/370102:2025:Q2", w.state, w.ref.regions));
    CHECK_FALSE(visible(window("370200"), "archive/370102:2025:Q2", w.state, w.ref.regions));
    CHECK_FALSE(visible(specialist("S1", "E1"), "archive/370102:2025:Q2", w.state, w.ref.regions));
}
