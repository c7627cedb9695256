// The specialist corps (S6.1.2-S6.1.4): every competent department and handling
// agency has at least one specialist, every talent one employer specialist of their
// own employer; the gaps are listed from the records.
#include "core/archive.h"
#include "workflow_fixture.h"

#include <algorithm>

using namespace wf;

namespace {
} // namespace

TEST_CASE("1. departments and agencies without a specialist are listed until one is registered", "[core][S6.1.2][S6.1.3]") {
    World w;
    w.seed();
    auto gaps = corpsGaps(w.state, w.ref.catalog);
    CHECK_FALSE(has(gaps.departments, "sd_public_security")); // seeded
    CHECK(has(gaps.departments, "sd_housing"));
    CHECK(has(gaps.agencies, "sd_housing_offices"));
    CHECK(gaps.departments.size() == w.ref.catalog.departments().size() - 3);
    w.fails(kAdmin, RegisterSpecialist{"D-x", "x", Role::DepartmentSpecialist, "no_such_department"}, "2025-01-07", "error.staff.unknown_org");
    w.ok(kAdmin, RegisterSpecialist{"D-housing", "住建厅部门专员", Role::DepartmentSpecialist, "sd_housing"}, "2025-01-07");
    w.ok(kAdmin, RegisterSpecialist{"H-housing", "住房承办专员", Role::HandlingSpecialist, "sd_housing_offices"}, "2025-01-07");
    gaps = corpsGaps(w.state, w.ref.catalog);
    CHECK_FALSE(has(gaps.departments, "sd_housing"));
    CHECK_FALSE(has(gaps.agencies, "sd_housing_offices"));
    // Everyone registered: no gaps.
    for (const auto& dep : w.ref.catalog.departments())
        if (has(gaps.departments, dep.id)) w.ok(kAdmin, RegisterSpecialist{"D-" + dep.id, "专员", Role::DepartmentSpecialist, dep.id}, "2025-01-08");
    for (const auto& ag : w.ref.catalog.agencies())
        if (has(gaps.agencies, ag.id)) w.ok(kAdmin, RegisterSpecialist{"H-" + ag.id, "专员", Role::HandlingSpecialist, ag.id}, "2025-01-08");
    CHECK(corpsGaps(w.state, w.ref.catalog).empty());
}

TEST_CASE("2. every talent gets one specialist of their own employer", "[core][S6.1.4][S7.1]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    CHECK(corpsGaps(w.state, w.ref.catalog).talents == std::vector<std::string>{"T1"});
    w.fails(employerAdmin("E1"), AssignSpecialist{"T1", "S4"}, "2025-01-07", "error.staff.unknown"); // another unit's: out of sight
    w.fails(employerAdmin("E1"), AssignSpecialist{"T1", "W-370102"}, "2025-01-07", "error.staff.unknown");
    w.fails(employerAdmin("E1"), AssignSpecialist{"T1", "nobody"}, "2025-01-07", "error.staff.unknown");
    w.ok(employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-01-07");
    CHECK(w.state.talents.at("T1").specialist == "S1");
    // Reassigning replaces: one specialist per talent, and the new one takes over.
    w.ok(employerAdmin("E1"), AssignSpecialist{"T1", "S1b"}, "2025-01-08");
    CHECK(w.state.talents.at("T1").specialist == "S1b");
    CHECK(corpsGaps(w.state, w.ref.catalog).talents.empty());
    w.fails(specialist("S1", "E1"), UpdateTalentProfile{"T1", std::string("新名字")}, "2025-01-09", "error.talent.unknown");
    w.ok(specialist("S1b", "E1"), UpdateTalentProfile{"T1", std::string("张三丰")}, "2025-01-09");
}

TEST_CASE("3. talent registration checks the identity document", "[core][S7.1]") {
    World w;
    w.seed();
    RegisterTalent t;
    t.id = "T";
    t.name = "Anna Müller";
    t.category = "foreign";
    t.employer = "E1";
    t.idType = IdType::ResidentId;
    t.idNumber = residentId(1);
    t.idNumber.back() = t.idNumber.back() == '0' ? '1' : '0'; // break the check character
    w.fails(talent("T"), t, "2025-01-07", "error.id.checksum");
    t.idType = IdType::Passport;
    t.idNumber = "C01X00T47";
    t.nationality = "ZZZ";
    w.fails(talent("T"), t, "2025-01-07", "error.passport.nationality");
    t.nationality = "deu";
    t.category = "astronaut";
    w.fails(talent("T"), t, "2025-01-07", "error.talent.category");
    t.category = "foreign";
    w.fails(talent("U"), t, "2025-01-07", "error.access.denied");
    w.ok(talent("T"), t, "2025-01-07");
    CHECK(w.state.talents.at("T").nationality == "DEU");
    CHECK(w.state.talents.at("T").name == "Anna Müller");
}
