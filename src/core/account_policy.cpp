// Implements the account policy over the commands' role gates.
#include "core/account_policy.h"

#include "core/workflow.h"

#include <algorithm>
#include <string>

namespace huicai {

namespace {

bool mayIssue(const Actor& actor, std::string_view command) { return (commandRoles(command) & roleBit(actor.role)) != 0; }

// The roles a staff record holds (RegisterSpecialist's `role`), in form order.
constexpr Role kStaffRoles[] = {Role::WindowSpecialist, Role::DepartmentSpecialist, Role::HandlingSpecialist,
                                Role::EmployerAdmin, Role::EmployerSpecialist};

Error denied(std::string detail) { return makeError("error.admin.denied", std::move(detail)); }

} // namespace

bool managesAccounts(const Actor& actor) { return mayIssue(actor, "RegisterSpecialist"); }

std::vector<Role> creatableRoles(const Actor& actor) {
    if (!managesAccounts(actor)) return {};
    if (actor.role == Role::SystemAdmin) {
        std::vector<Role> out(std::begin(kStaffRoles), std::end(kStaffRoles));
        out.push_back(Role::SystemAdmin);
        return out;
    }
    // Every other holder of RegisterSpecialist is an employer administrator, whom
    // the core lets register the specialists of its own unit only.
    return {Role::EmployerSpecialist};
}

Status mayCreateAccount(const Actor& actor, Role role, std::string_view scope) {
    const auto roles = creatableRoles(actor);
    if (std::find(roles.begin(), roles.end(), role) == roles.end())
        return denied(std::string(enumId(actor.role)) + " cannot create " + std::string(enumId(role)));
    if (role == Role::SystemAdmin && !scope.empty()) return denied("system_admin has no unit");
    if (actor.role != Role::SystemAdmin && scope != actor.scope) return denied("only accounts of unit " + actor.scope);
    return Ok{};
}

Status mayManageAccount(const Actor& actor, Role role, std::string_view scope) {
    if (!managesAccounts(actor)) return denied(std::string(enumId(actor.role)) + " manages no accounts");
    if (role == Role::Talent) return denied("talent accounts are their holders' own");
    if (actor.role == Role::SystemAdmin) return Ok{};
    if (role != Role::EmployerSpecialist || scope != actor.scope) return denied("only specialists of unit " + actor.scope);
    return Ok{};
}

bool readsAudit(const Actor& actor) { return actor.role == Role::SystemAdmin; }

bool importsEmployers(const Actor& actor) { return mayIssue(actor, "RegisterEmployer"); }

bool registersDepartments(const Actor& actor) { return mayIssue(actor, "RegisterDepartment"); }

bool loadsHolidays(const Actor& actor) { return mayIssue(actor, "LoadHolidayYear"); }

} // namespace huicai
