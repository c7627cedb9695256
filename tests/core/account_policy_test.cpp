// Who manages which accounts (core/account_policy.h): a system administrator every
// staff role and administrators, an employer administrator its own unit's
// specialists, nobody else any; the gates of importing employers and loading
// holidays follow the commands' own role gates.
#include "core/account_policy.h"

#include <catch2/catch.hpp>

using namespace huicai;

namespace {
const Actor kRoot{"root", Role::SystemAdmin, ""};
const Actor kAdmE1{"ADM-E1", Role::EmployerAdmin, "E1"};
const Actor kOthers[] = {{"T1", Role::Talent, "T1"},
                         {"S1", Role::EmployerSpecialist, "E1"},
                         {"W", Role::WindowSpecialist, "370102"},
                         {"D", Role::DepartmentSpecialist, "sd_public_security"},
                         {"H", Role::HandlingSpecialist, "sd_exit_entry"}};
} // namespace

TEST_CASE("account policy 1. a system administrator creates every staff role and administrators", "[core][admin][S6.2][security]") {
    CHECK(managesAccounts(kRoot));
    CHECK(creatableRoles(kRoot) == std::vector<Role>{Role::WindowSpecialist, Role::DepartmentSpecialist, Role::HandlingSpecialist,
                                                     Role::EmployerAdmin, Role::EmployerSpecialist, Role::SystemAdmin});
    CHECK(mayCreateAccount(kRoot, Role::WindowSpecialist, "370102").ok());
    CHECK(mayCreateAccount(kRoot, Role::EmployerAdmin, "E2").ok());
    CHECK(mayCreateAccount(kRoot, Role::SystemAdmin, "").ok());
    CHECK(mayCreateAccount(kRoot, Role::SystemAdmin, "E1").error().key == "error.admin.denied");
    CHECK(mayCreateAccount(kRoot, Role::Talent, "T9").error().key == "error.admin.denied");
    for (auto role : {Role::EmployerAdmin, Role::EmployerSpecialist, Role::WindowSpecialist, Role::SystemAdmin})
        CHECK(mayManageAccount(kRoot, role, "x").ok());
    CHECK(mayManageAccount(kRoot, Role::Talent, "T1").error().key == "error.admin.denied");
    CHECK(readsAudit(kRoot));
    CHECK(importsEmployers(kRoot));
    CHECK(loadsHolidays(kRoot));
}

TEST_CASE("account policy 2. an employer administrator creates and manages its own unit's specialists only",
          "[core][admin][S6.2][security]") {
    CHECK(managesAccounts(kAdmE1));
    CHECK(creatableRoles(kAdmE1) == std::vector<Role>{Role::EmployerSpecialist});
    CHECK(mayCreateAccount(kAdmE1, Role::EmployerSpecialist, "E1").ok());
    CHECK(mayCreateAccount(kAdmE1, Role::EmployerSpecialist, "E2").error().key == "error.admin.denied");
    CHECK(mayCreateAccount(kAdmE1, Role::EmployerAdmin, "E1").error().key == "error.admin.denied");
    CHECK(mayCreateAccount(kAdmE1, Role::SystemAdmin, "").error().key == "error.admin.denied");
    CHECK(mayManageAccount(kAdmE1, Role::EmployerSpecialist, "E1").ok());
    CHECK_FALSE(mayManageAccount(kAdmE1, Role::EmployerSpecialist, "E2").ok());
    CHECK_FALSE(mayManageAccount(kAdmE1, Role::EmployerAdmin, "E1").ok());
    CHECK_FALSE(mayManageAccount(kAdmE1, Role::Talent, "T1").ok());
    CHECK_FALSE(readsAudit(kAdmE1));
    CHECK_FALSE(importsEmployers(kAdmE1));
    CHECK_FALSE(loadsHolidays(kAdmE1));
}

TEST_CASE("account policy 3. talents and specialists manage no account", "[core][admin][S6.2][security]") {
    for (const auto& a : kOthers) {
        INFO(enumId(a.role));
        CHECK_FALSE(managesAccounts(a));
        CHECK(creatableRoles(a).empty());
        CHECK(mayCreateAccount(a, Role::EmployerSpecialist, a.scope).error().key == "error.admin.denied");
        CHECK(mayManageAccount(a, Role::EmployerSpecialist, a.scope).error().key == "error.admin.denied");
        CHECK_FALSE(readsAudit(a));
        CHECK_FALSE(importsEmployers(a));
        CHECK_FALSE(loadsHolidays(a));
    }
}
