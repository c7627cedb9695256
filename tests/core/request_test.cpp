// Services to card holders: direct services booked with the handling agency and
// served on showing the card (S7.3); application items through the specialists —
// one competent department filed directly with it, several through the area's
// window which dispatches (S7.4, S6.2.1, S6.2.2); results to the employer
// specialist and the window, the talent informed and rating; overdue derived from
// the clock, explained with a new completion date that moves the due date.
#include "workflow_fixture.h"

#include "core/offers.h"

using namespace wf;

namespace {

} // namespace

TEST_CASE("1. a direct service is booked with the item's agency and served on showing a valid card", "[core][S7.3]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.fails(talent("T1"), BookDirectService{"B1", "A13", "cr_jinan_stations", d("2025-03-10")}, "2025-03-03", "error.card.no_valid_card");
    w.issueCard("T1", "E1", "S1", "CA1", "2025-03-03");
    struct Case {
        int n;
        BookDirectService b;
        const char* key;
    };
    const std::vector<Case> cases = {
        {1, {"B1", "A1", "sd_exit_entry", d("2025-03-10")}, "error.request.not_direct_item"},
        {2, {"B1", "A13", "sd_exit_entry", d("2025-03-10")}, "error.request.agency_not_for_item"},
        {3, {"B1", "A13", "cr_jinan_stations", d("2025-03-01")}, "error.request.date_in_past"},
        {4, {"B1", "A99", "cr_jinan_stations", d("2025-03-10")}, "error.catalog.unknown_item"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION("case " << c.n) { w.fails(talent("T1"), c.b, "2025-03-04", c.key); }
    }
    w.ok(talent("T1"), BookDirectService{"B1", "A13", "cr_jinan_stations", d("2025-03-10")}, "2025-03-04");
    CHECK(w.state.bookings.at("B1").card == "SDHC-2025-000001");
    w.fails(agency("sd_exit_entry"), ServeBooking{"B1"}, "2025-03-10", "error.request.unknown_booking");
    w.ok(agency("cr_jinan_stations"), ServeBooking{"B1"}, "2025-03-10");
    w.fails(agency("cr_jinan_stations"), ServeBooking{"B1"}, "2025-03-10", "error.workflow.illegal_transition");
    // A booked item (A11, 预约) works the same way; an expired card does not.
    w.fails(talent("T1"), BookDirectService{"B2", "A13", "cr_jinan_stations", d("2030-03-10")}, "2030-03-03", "error.card.no_valid_card");
}

TEST_CASE("2. one competent department: filed straight with it, handled by its agency, reported to both", "[core][S7.4][S6.2.2][S6.2.4]") {
    World w;
    w.seedCardHolder();
    // A1 entry/exit: one department (public security), 7 promised working days.
    w.fails(specialist("S1b", "E1"), FileServiceRequest{"R1", "T1", "A1", {"护照"}}, "2025-03-10", "error.talent.unknown");
    w.fails(kS1, FileServiceRequest{"R1", "T1", "A1", {}}, "2025-03-10", "error.request.materials_required");
    w.fails(kS1, FileServiceRequest{"R1", "T1", "A27", {"x"}}, "2025-03-10", "error.request.not_application_item");
    const auto filed = w.ok(kS1, FileServiceRequest{"R1", "T1", "A1", {"护照复印件"}}, "2025-03-10");
    CHECK(filed.changed == std::vector<std::string>{"task/R1:sd_public_security", "request/R1"});
    const auto& r = w.state.requests.at("R1");
    CHECK(r.state == RequestState::InProgress);
    const auto& k = w.state.tasks.at("R1:sd_public_security");
    CHECK(k.state == TaskState::Received);
    CHECK(w.due(k.clock) == d("2025-03-19")); // Mon 10 Mar + 7 working days
    w.fails(window("370102"), DispatchToDepartments{"R1", {}}, "2025-03-10", "error.workflow.illegal_transition");
    w.fails(department("sd_science_tech"), AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-03-11", "error.request.unknown_task");
    w.fails(department("sd_public_security"), AssignToAgency{"R1", "sd_public_security", "sd_foreign_work_permit"}, "2025-03-11",
            "error.request.agency_not_of_department");
    w.ok(department("sd_public_security"), AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-03-11");
    w.fails(department("sd_public_security"), ReportResult{"R1", "sd_public_security"}, "2025-03-12", "error.workflow.illegal_transition");
    w.fails(agency("sd_household_registration"), CompleteHandling{"R1", "sd_public_security", "ok", true}, "2025-03-14", "error.request.unknown_task");
    w.ok(agency("sd_exit_entry"), CompleteHandling{"R1", "sd_public_security", "签证已办理", true}, "2025-03-14");
    w.ok(department("sd_public_security"), ReportResult{"R1", "sd_public_security"}, "2025-03-14");
    CHECK(w.state.tasks.at("R1:sd_public_security").reportedTo == std::vector<std::string>{"S1", "window/370102"});
    CHECK(w.state.requests.at("R1").state == RequestState::ResultsReported);
    w.fails(talent("T1"), RateService{"R1", 5, ""}, "2025-03-14", "error.workflow.illegal_transition");
    w.ok(kS1, InformTalent{"R1", "已告知"}, "2025-03-17");
    w.fails(talent("T1"), RateService{"R1", 6, ""}, "2025-03-17", "error.request.rating");
    w.fails(talent("T9"), RateService{"R1", 5, ""}, "2025-03-17", "error.request.unknown");
    w.ok(talent("T1"), RateService{"R1", 4, "快"}, "2025-03-17");
    CHECK(w.state.requests.at("R1").state == RequestState::Rated);
    CHECK(w.state.requests.at("R1").rating == 4);
}

TEST_CASE("3. several competent departments: the area's window dispatches a task to each", "[core][S7.4][S6.2.1]") {
    World w;
    w.seedCardHolder();
    // A2 residence permit: public security and science & technology, 15 working days.
    w.ok(kS1, FileServiceRequest{"R2", "T1", "A2", {"材料"}}, "2025-04-07");
    CHECK(w.state.requests.at("R2").state == RequestState::WithWindow);
    CHECK(w.state.requests.at("R2").window == "370102");
    CHECK(w.state.tasks.empty());
    w.fails(department("sd_public_security"), AssignToAgency{"R2", "sd_public_security", "sd_exit_entry"}, "2025-04-08",
            "error.request.unknown_task");
    w.fails(window("370100"), DispatchToDepartments{"R2", {}}, "2025-04-08", "error.access.denied");
    w.fails(window("370102"), DispatchToDepartments{"R2", {"sd_hrss"}}, "2025-04-08", "error.request.department_not_competent");
    w.ok(window("370102"), DispatchToDepartments{"R2", {}}, "2025-04-08");
    CHECK(w.state.requests.at("R2").state == RequestState::InProgress);
    for (const char* dep : {"sd_public_security", "sd_science_tech"}) {
        const auto& k = w.state.tasks.at(std::string("R2:") + dep);
        CHECK(k.receivedOn == d("2025-04-08"));
        CHECK(w.due(k.clock) == d("2025-04-28")); // 15 working days, Sun 27 Apr a make-up day
    }
    w.ok(department("sd_public_security"), AssignToAgency{"R2", "sd_public_security", "sd_exit_entry"}, "2025-04-09");
    w.ok(agency("sd_exit_entry"), CompleteHandling{"R2", "sd_public_security", "居留许可", true}, "2025-04-10");
    w.ok(department("sd_public_security"), ReportResult{"R2", "sd_public_security"}, "2025-04-10");
    CHECK(w.state.requests.at("R2").state == RequestState::InProgress); // the other department is still working
    w.ok(department("sd_science_tech"), AssignToAgency{"R2", "sd_science_tech", "sd_foreign_work_permit"}, "2025-04-11");
    w.ok(agency("sd_foreign_work_permit"), CompleteHandling{"R2", "sd_science_tech", "工作许可", true}, "2025-04-14");
    w.ok(department("sd_science_tech"), ReportResult{"R2", "sd_science_tech"}, "2025-04-14");
    CHECK(w.state.requests.at("R2").state == RequestState::ResultsReported);
}

TEST_CASE("4. overdue is derived, an explanation with a new date moves the due date", "[core][S7.4]") {
    World w;
    w.seedCardHolder();
    w.ok(kS1, FileServiceRequest{"R1", "T1", "A1", {"护照复印件"}}, "2025-03-10"); // due 19 Mar
    w.ok(department("sd_public_security"), AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-03-11");
    const auto& clock = [&]() -> const Clock& { return w.state.tasks.at("R1:sd_public_security").clock; };
    struct Case {
        int n;
        const char* today;
        bool overdue;
    };
    for (const auto& c : std::vector<Case>{{1, "2025-03-18", false}, {2, "2025-03-19", false}, {3, "2025-03-20", true}, {4, "2025-04-30", true}}) {
        DYNAMIC_SECTION("case " << c.n) {
            auto o = isOverdue(clock(), d(c.today), w.ref.calendar);
            REQUIRE(o.ok());
            CHECK(*o == c.overdue);
        }
    }
    // Foreseen before the due date (the 19th), the delay is explained then, with its new date (S7.4 (5)).
    w.ok(department("sd_public_security"), ReportOverdue{"R1", "sd_public_security", "需核查", d("2025-03-26")}, "2025-03-18");
    CHECK(w.due(clock()) == d("2025-03-26"));
    w.fails(department("sd_public_security"), ReportOverdue{"R1", "sd_public_security", "", d("2025-03-28")}, "2025-03-20",
            "error.command.field");
    w.fails(department("sd_public_security"), ReportOverdue{"R1", "sd_public_security", "需核查", d("2025-03-20")}, "2025-03-20",
            "error.request.new_date");
    w.fails(agency("sd_vehicle_admin"), ReportOverdue{"R1", "sd_public_security", "需核查", d("2025-03-28")}, "2025-03-20",
            "error.request.unknown_task"); // another agency's task: out of sight
    w.ok(agency("sd_exit_entry"), ReportOverdue{"R1", "sd_public_security", "需外省公安协查", d("2025-03-28")}, "2025-03-20");
    CHECK(w.due(clock()) == d("2025-03-28"));
    auto o = isOverdue(clock(), d("2025-03-24"), w.ref.calendar);
    REQUIRE(o.ok());
    CHECK_FALSE(*o);
    CHECK(clock().ledger.back().reason == "需外省公安协查");
    // The department may also extend with a reason; overdue is never stored.
    w.ok(department("sd_public_security"), ExtendClock{"task/R1:sd_public_security", 2, "协查延期"}, "2025-03-24");
    CHECK(w.due(clock()) == d("2025-04-01"));
    w.ok(agency("sd_exit_entry"), CompleteHandling{"R1", "sd_public_security", "办结", true}, "2025-04-02");
    auto late = finishedLate(clock(), w.ref.calendar);
    REQUIRE(late.ok());
    CHECK(*late);
    auto after = isOverdue(clock(), d("2025-05-01"), w.ref.calendar);
    REQUIRE(after.ok());
    CHECK_FALSE(*after); // done: no longer overdue
}

TEST_CASE("a provincial department hands a task only to an agency the catalogue names for the item, and not twice to the same",
          "[core][S7.4]") {
    World w;
    w.seedCardHolder();
    w.ok(kS1, FileServiceRequest{"R1", "T1", "A1", {"护照复印件"}}, "2025-03-10");
    const Actor dept = department("sd_public_security");
    // sd_household_registration is under public security, but A1 names only the exit and entry bureau.
    w.fails(dept, AssignToAgency{"R1", "sd_public_security", "sd_household_registration"}, "2025-03-11",
            "error.request.agency_not_of_item");
    w.ok(dept, AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-03-11");
    w.fails(dept, AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-03-12", "error.request.already_with_agency");
}

TEST_CASE("A10 with two departments is completed: the talent office handles its task itself, the education department through its agency",
          "[core][S7.4][S6.2.2][A10]") {
    World w;
    w.seedCardHolder();
    w.ok(kS1, FileServiceRequest{"R10", "T1", "A10", {"入学申请"}}, "2025-04-07");
    w.ok(window("370102"), DispatchToDepartments{"R10", {}}, "2025-04-08");
    // The talent office has no handling agency: it completes the task itself.
    w.fails(department("sd_talent_office"), AssignToAgency{"R10", "sd_talent_office", "sd_education_offices"}, "2025-04-09",
            "error.request.agency_not_of_department");
    w.fails(department("sd_education"), CompleteHandling{"R10", "sd_talent_office", "协调", true}, "2025-04-09",
            "error.request.unknown_task"); // another department's task is out of its sight
    w.ok(department("sd_talent_office"), CompleteHandling{"R10", "sd_talent_office", "已协调入学", true}, "2025-04-09");
    CHECK(w.state.tasks.at("R10:sd_talent_office").state == TaskState::Handled);
    CHECK(w.state.tasks.at("R10:sd_talent_office").agency.empty());
    w.ok(department("sd_talent_office"), ReportResult{"R10", "sd_talent_office"}, "2025-04-09");
    // The education department is not listed as handling A10 itself: it hands it on.
    w.fails(department("sd_education"), CompleteHandling{"R10", "sd_education", "入学", true}, "2025-04-09",
            "error.request.not_direct_handling");
    w.ok(department("sd_education"), AssignToAgency{"R10", "sd_education", "sd_education_offices"}, "2025-04-09");
    // Once with the agency, the result is the agency's to record.
    w.fails(department("sd_education"), CompleteHandling{"R10", "sd_education", "入学", true}, "2025-04-10",
            "error.access.denied");
    w.ok(agency("sd_education_offices"), CompleteHandling{"R10", "sd_education", "已入学", true}, "2025-04-10");
    w.ok(department("sd_education"), ReportResult{"R10", "sd_education"}, "2025-04-10");
    CHECK(w.state.requests.at("R10").state == RequestState::ResultsReported);
}

TEST_CASE("A30 other services reach handled through the talent office itself", "[core][S7.4][A30]") {
    World w;
    w.seedCardHolder();
    w.ok(kS1, FileServiceRequest{"R30", "T1", "A30", {"叠加事项"}}, "2025-04-07");
    w.ok(window("370102"), DispatchToDepartments{"R30", {"sd_talent_office"}}, "2025-04-08");
    const auto& offered = offers(w.state, department("sd_talent_office"), "task/R30:sd_talent_office", w.ctx(d("2025-04-08")));
    CHECK(findOffer(offered, "CompleteHandling") != nullptr);
    w.ok(department("sd_talent_office"), CompleteHandling{"R30", "sd_talent_office", "已办结", false}, "2025-04-08");
    w.ok(department("sd_talent_office"), ReportResult{"R30", "sd_talent_office"}, "2025-04-08");
    CHECK(w.state.requests.at("R30").state == RequestState::ResultsReported);
}
