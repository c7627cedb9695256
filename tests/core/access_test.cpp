// The access policy (S6.2): each role sees the records of its own scope and no
// others — a talent their own, an employer specialist the talents assigned to them,
// an employer administrator their unit, a window its region and the regions below,
// a department its tasks, a handling agency its cases.
#include "core/access.h"
#include "workflow_fixture.h"

using namespace wf;

namespace {

// Two talents of two employers, each with a card, a request and a booking.
World seeded() {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.addTalent("T4", "E4", 4);
    w.issueCard("T1", "E1", "S1", "CA1", "2025-03-03");
    w.issueCard("T4", "E4", "S4", "CA4", "2025-03-03");
    w.ok(specialist("S1", "E1"), FileServiceRequest{"R1", "T1", "A2", {"材料"}}, "2025-03-04");
    w.ok(window("370102"), DispatchToDepartments{"R1", {}}, "2025-03-04");
    w.ok(department("sd_public_security"), AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-03-05");
    w.ok(specialist("S4", "E4"), FileServiceRequest{"R4", "T4", "A6", {"材料"}}, "2025-03-04");
    w.ok(talent("T4"), BookDirectService{"B4", "A13", "cr_jinan_stations", d("2025-03-10")}, "2025-03-04");
    return w;
}

} // namespace

TEST_CASE("1. who sees which record", "[core][S6.2.1][S6.2.2][S6.2.3][S6.2.4][S6.1.4]") {
    const World w = seeded();
    struct Case {
        int n;
        Actor actor;
        const char* key;
        bool sees;
    };
    const std::vector<Case> cases = {
        {1, talent("T1"), "talent/T1", true},
        {2, talent("T1"), "talent/T4", false},
        {3, talent("T1"), "card_application/CA1", true},
        {4, talent("T1"), "request/R4", false},
        {5, specialist("S1", "E1"), "talent/T1", true},
        {6, specialist("S1b", "E1"), "talent/T1", false}, // same employer, not assigned
        {7, specialist("S1b", "E1"), "employer/E1", true},
        {8, employerAdmin("E1"), "request/R1", true},
        {9, employerAdmin("E1"), "request/R4", false},
        {10, window("370102"), "request/R1", true},           // its own district
        {11, window("370100"), "card_application/CA1", true}, // the city above
        {12, window("370000"), "request/R4", true},           // the province sees all
        {13, window("370102"), "request/R4", false},          // Qingdao is not below Lixia
        {14, window("370200"), "talent/T1", false},
        {15, department("sd_public_security"), "task/R1:sd_public_security", true},
        {16, department("sd_public_security"), "task/R1:sd_science_tech", false},
        {17, department("sd_hrss"), "request/R4", true}, // A6 has one department: filed straight with it
        {27, department("sd_hrss"), "request/R1", false},
        {18, agency("sd_exit_entry"), "task/R1:sd_public_security", true},
        {19, agency("sd_exit_entry"), "request/R1", true},
        {20, agency("sd_foreign_work_permit"), "task/R1:sd_science_tech", false}, // not assigned yet
        {21, agency("cr_jinan_stations"), "booking/B4", true},
        {22, agency("cr_jinan_stations"), "card/SDHC-2025-000002", true}, // the card shown
        {23, agency("cr_jinan_stations"), "card/SDHC-2025-000001", false},
        {24, kAdmin, "request/R4", true},
        {25, talent("T1"), "request/none", false},
        {26, talent("T1"), "holiday_year/2025", true},
        {28, talent("T1"), "employer/E1", true}, // the unit they work for
        {29, talent("T1"), "employer/E4", false},
        {30, specialist("S1", "E1"), "employer/E1", true},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION("case " << c.n << " " << c.actor.id << " " << c.key) {
            CHECK(visible(c.actor, c.key, w.state, w.ref.regions) == c.sees);
        }
    }
    // visibleKeys filters a pull: the talent sees nothing of the other talent.
    for (const auto& k : visibleKeys(talent("T1"), w.state, w.ref.regions)) {
        INFO(k);
        CHECK(k.find("T4") == std::string::npos);
        CHECK(k.find("R4") == std::string::npos);
    }
}

TEST_CASE("2. acting out of scope is refused, as naming an unknown record when it is out of sight, and changes nothing",
          "[core][S6.2.1][S6.2.2][S6.2.3][S6.2.4][security]") {
    World w = seeded();
    struct Case {
        int n;
        Actor actor;
        Payload payload;
        const char* key;
    };
    const std::vector<Case> cases = {
        {1, talent("T1"), RateService{"R4", 5, ""}, "error.request.unknown"},
        {2, specialist("S1", "E1"), FileServiceRequest{"RX", "T4", "A6", {"x"}}, "error.talent.unknown"},
        {3, specialist("S1b", "E1"), InformTalent{"R1", ""}, "error.request.unknown"}, // not T1's specialist
        {4, employerAdmin("E1"), AssignSpecialist{"T4", "S1"}, "error.talent.unknown"},
        {5, window("370200"), DispatchToDepartments{"R1", {}}, "error.request.unknown"},
        {6, department("sd_hrss"), AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "error.request.unknown_task"},
        {7, agency("sd_foreign_work_permit"), CompleteHandling{"R1", "sd_public_security", "x", true}, "error.request.unknown_task"},
        {8, agency("sd_exit_entry"), ServeBooking{"B4"}, "error.request.unknown_booking"},
        {9, talent("T1"), UpdateTalentProfile{"T4", std::string("x")}, "error.talent.unknown"},
        {10, employerAdmin("E1"), RegisterSpecialist{"SX", "x", Role::EmployerSpecialist, "E4"}, "error.staff.unknown_org"},
        {11, window("370102"), IssueCard{"CA1"}, "error.workflow.illegal_transition"}, // in sight: already issued
        {12, talent("T1"), LoadHolidayYear{2027, {}, {}}, "error.access.denied"},      // the role gate
        {13, specialist("S1", "E1"), ApproveAtWindow{"CA1", ""}, "error.access.denied"},
        {14, employerAdmin("E4"), AssignSpecialist{"T4", "S1"}, "error.staff.unknown"}, // S1 is E1's specialist
        {15, window("370102"), ApproveAtWindow{"CA4", ""}, "error.card.unknown_application"},
        {16, window("370102"), RecordHotlineRequest{"H1", IntakeChannel::Hotline, "T4", "咨询"}, "error.talent.unknown"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION("case " << c.n) {
            const State before = w.state;
            auto r = w.run(c.actor, c.payload, "2025-03-06");
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().key == c.key);
            CHECK(w.state == before);
        }
    }
}
