// Who manages which accounts (core/account_policy.h): a system administrator every
// staff role and administrators, an employer administrator its own unit's
// specialists, a window the specialist corps of its area (S6.1.1 (2)), nobody else
// any; the gates of importing employers and loading
// holidays follow the commands' own role gates.
#include "core/account_policy.h"
#include "workflow_fixture.h"

#include <catch2/catch.hpp>

using namespace huicai;

namespace {

// The seeded world of the workflow tests, with Jinan's public security bureau
// (370100) and its agency registered.
const wf::World& world() {
    static const wf::World w = [] {
        wf::World x;
        x.seed();
        x.ok(wf::kAdmin, RegisterDepartment{"DEP-jn", "济南市公安局", "", "370100", "sd_public_security"}, "2025-01-06");
        x.ok(wf::kAdmin, RegisterAgency{"AG-jn", "DEP-jn", "济南市出入境管理支队", ""}, "2025-01-06");
        return x;
    }();
    return w;
}
Status create(const Actor& a, Role role, std::string_view scope) {
    return mayCreateAccount(a, role, scope, world().state, world().ctx(wf::d("2025-01-06")));
}
Status manage(const Actor& a, Role role, std::string_view scope) {
    return mayManageAccount(a, role, scope, world().state, world().ctx(wf::d("2025-01-06")));
}

const Actor kRoot{"root", Role::SystemAdmin, ""};
const Actor kAdmE1{"ADM-E1", Role::EmployerAdmin, "E1"};
const Actor kOthers[] = {{"T1", Role::Talent, "T1"},
                         {"S1", Role::EmployerSpecialist, "E1"},
                         {"D", Role::DepartmentSpecialist, "sd_public_security"},
                         {"H", Role::HandlingSpecialist, "sd_exit_entry"}};
} // namespace

TEST_CASE("account policy 1. a system administrator creates every staff role and administrators", "[core][admin][S6.2][security]") {
    CHECK(managesAccounts(kRoot));
    CHECK(creatableRoles(kRoot) == std::vector<Role>{Role::WindowSpecialist, Role::DepartmentSpecialist, Role::HandlingSpecialist,
                                                     Role::EmployerAdmin, Role::EmployerSpecialist, Role::SystemAdmin});
    CHECK(create(kRoot, Role::WindowSpecialist, "370102").ok());
    CHECK(create(kRoot, Role::EmployerAdmin, "E2").ok());
    CHECK(create(kRoot, Role::SystemAdmin, "").ok());
    CHECK(create(kRoot, Role::SystemAdmin, "E1").error().key == "error.admin.denied");
    CHECK(create(kRoot, Role::Talent, "T9").error().key == "error.admin.denied");
    for (auto role : {Role::EmployerAdmin, Role::EmployerSpecialist, Role::WindowSpecialist, Role::SystemAdmin})
        CHECK(manage(kRoot, role, "x").ok());
    CHECK(manage(kRoot, Role::Talent, "T1").error().key == "error.admin.denied");
    CHECK(readsAudit(kRoot));
    CHECK(importsEmployers(kRoot));
    CHECK(loadsHolidays(kRoot));
}

TEST_CASE("account policy 2. an employer administrator creates and manages its own unit's specialists only",
          "[core][admin][S6.2][security]") {
    CHECK(managesAccounts(kAdmE1));
    CHECK(creatableRoles(kAdmE1) == std::vector<Role>{Role::EmployerSpecialist});
    CHECK(create(kAdmE1, Role::EmployerSpecialist, "E1").ok());
    CHECK(create(kAdmE1, Role::EmployerSpecialist, "E2").error().key == "error.admin.denied");
    CHECK(create(kAdmE1, Role::EmployerAdmin, "E1").error().key == "error.admin.denied");
    CHECK(create(kAdmE1, Role::SystemAdmin, "").error().key == "error.admin.denied");
    CHECK(manage(kAdmE1, Role::EmployerSpecialist, "E1").ok());
    CHECK_FALSE(manage(kAdmE1, Role::EmployerSpecialist, "E2").ok());
    CHECK_FALSE(manage(kAdmE1, Role::EmployerAdmin, "E1").ok());
    CHECK_FALSE(manage(kAdmE1, Role::Talent, "T1").ok());
    CHECK_FALSE(readsAudit(kAdmE1));
    CHECK_FALSE(importsEmployers(kAdmE1));
    CHECK_FALSE(loadsHolidays(kAdmE1));
}

TEST_CASE("account policy 3. talents and specialists manage no account", "[core][admin][S6.2][security]") {
    for (const auto& a : kOthers) {
        INFO(enumId(a.role));
        CHECK_FALSE(managesAccounts(a));
        CHECK(creatableRoles(a).empty());
        CHECK(create(a, Role::EmployerSpecialist, a.scope).error().key == "error.admin.denied");
        CHECK(manage(a, Role::EmployerSpecialist, a.scope).error().key == "error.admin.denied");
        CHECK_FALSE(readsAudit(a));
        CHECK_FALSE(importsEmployers(a));
        CHECK_FALSE(loadsHolidays(a));
    }
}

TEST_CASE("account policy 4. a window builds its area's corps: the windows within it and the departments and agencies of its level",
          "[core][admin][S6.1.1][S6.2][security]") {
    const Actor jinan{"W-370100", Role::WindowSpecialist, "370100"};
    const Actor province{"W-370000", Role::WindowSpecialist, "370000"};
    CHECK(managesAccounts(jinan));
    CHECK(creatableRoles(jinan) == std::vector<Role>{Role::WindowSpecialist, Role::DepartmentSpecialist, Role::HandlingSpecialist});
    CHECK(create(jinan, Role::WindowSpecialist, "370100").ok());
    CHECK(create(jinan, Role::WindowSpecialist, "370102").ok());
    CHECK(create(jinan, Role::WindowSpecialist, "370202").error().key == "error.admin.denied"); // Qingdao's
    CHECK(create(jinan, Role::WindowSpecialist, "370000").error().key == "error.admin.denied"); // above it
    CHECK(create(jinan, Role::DepartmentSpecialist, "DEP-jn").ok());
    CHECK(create(jinan, Role::HandlingSpecialist, "AG-jn").ok());
    CHECK(create(jinan, Role::DepartmentSpecialist, "sd_public_security").error().key == "error.admin.denied");
    CHECK(create(jinan, Role::HandlingSpecialist, "sd_exit_entry").error().key == "error.admin.denied");
    CHECK(create(jinan, Role::EmployerAdmin, "E1").error().key == "error.admin.denied");
    CHECK(create(jinan, Role::SystemAdmin, "").error().key == "error.admin.denied");
    // The province window staffs the catalogue's departments and agencies, not a city's.
    CHECK(create(province, Role::DepartmentSpecialist, "sd_public_security").ok());
    CHECK(create(province, Role::HandlingSpecialist, "sd_exit_entry").ok());
    CHECK(create(province, Role::DepartmentSpecialist, "DEP-jn").error().key == "error.admin.denied");
    CHECK(create(province, Role::WindowSpecialist, "370202").ok());
    // Managing follows the same lines.
    CHECK(manage(jinan, Role::WindowSpecialist, "370102").ok());
    CHECK(manage(jinan, Role::DepartmentSpecialist, "DEP-jn").ok());
    CHECK_FALSE(manage(jinan, Role::WindowSpecialist, "370000").ok());
    CHECK_FALSE(manage(jinan, Role::EmployerSpecialist, "E1").ok());
    CHECK_FALSE(manage(jinan, Role::SystemAdmin, "").ok());
    CHECK_FALSE(readsAudit(jinan));
    CHECK_FALSE(importsEmployers(jinan));
    CHECK_FALSE(loadsHolidays(jinan));
}

TEST_CASE("account policy 5. the core registers a window's corps and refuses a window anything beyond it",
          "[core][admin][S6.1.1][security]") {
    wf::World w;
    w.seed();
    const Actor jinan = wf::window("370100");
    w.ok(jinan, RegisterSpecialist{"W2", "历下窗口专员", Role::WindowSpecialist, "370102"}, "2025-01-07");
    w.fails(jinan, RegisterSpecialist{"W3", "青岛窗口专员", Role::WindowSpecialist, "370202"}, "2025-01-07", "error.access.denied");
    w.fails(jinan, RegisterSpecialist{"S9", "单位专员", Role::EmployerSpecialist, "E1"}, "2025-01-07", "error.access.denied");
    w.fails(jinan, RegisterSpecialist{"D9", "部门专员", Role::DepartmentSpecialist, "sd_hrss"}, "2025-01-07", "error.access.denied");
    w.ok(wf::window("370000"), RegisterSpecialist{"D9", "部门专员", Role::DepartmentSpecialist, "sd_hrss"}, "2025-01-07");
}
