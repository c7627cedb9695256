// Implements the account policy over the commands' role gates.
#include "core/account_policy.h"

#include "core/org_units.h"
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
    switch (actor.role) {
    case Role::SystemAdmin: {
        std::vector<Role> out(std::begin(kStaffRoles), std::end(kStaffRoles));
        out.push_back(Role::SystemAdmin);
        return out;
    }
    case Role::WindowSpecialist: return {Role::WindowSpecialist, Role::DepartmentSpecialist, Role::HandlingSpecialist};
    default: return {Role::EmployerSpecialist}; // an employer administrator: its own unit's
    }
}

bool windowStaffs(const Actor& actor, Role role, std::string_view unit, const State& state, const Context& ctx) {
    if (actor.role != Role::WindowSpecialist) return false;
    switch (role) {
    case Role::WindowSpecialist: return ctx.regions.region(unit) && ctx.regions.isWithin(unit, actor.scope);
    case Role::DepartmentSpecialist: {
        const auto d = findDepartment(state, ctx, unit);
        return d && d->region == actor.scope;
    }
    case Role::HandlingSpecialist: {
        const auto a = findAgency(state, ctx, unit);
        const auto d = a ? findDepartment(state, ctx, a->department) : std::nullopt;
        return d && d->region == actor.scope;
    }
    default: return false;
    }
}

Status mayCreateAccount(const Actor& actor, Role role, std::string_view scope, const State& state, const Context& ctx) {
    const auto roles = creatableRoles(actor);
    if (std::find(roles.begin(), roles.end(), role) == roles.end())
        return denied(std::string(enumId(actor.role)) + " cannot create " + std::string(enumId(role)));
    if (role == Role::SystemAdmin && !scope.empty()) return denied("system_admin has no unit");
    if (actor.role == Role::SystemAdmin) return Ok{};
    if (actor.role == Role::WindowSpecialist) {
        if (!windowStaffs(actor, role, scope, state, ctx)) return denied("only the corps of window " + actor.scope);
        return Ok{};
    }
    if (scope != actor.scope) return denied("only accounts of unit " + actor.scope);
    return Ok{};
}

Status mayManageAccount(const Actor& actor, Role role, std::string_view scope, const State& state, const Context& ctx) {
    if (!managesAccounts(actor)) return denied(std::string(enumId(actor.role)) + " manages no accounts");
    if (role == Role::Talent) return denied("talent accounts are their holders' own");
    if (actor.role == Role::SystemAdmin) return Ok{};
    if (actor.role == Role::WindowSpecialist) {
        if (!windowStaffs(actor, role, scope, state, ctx)) return denied("only the corps of window " + actor.scope);
        return Ok{};
    }
    if (role != Role::EmployerSpecialist || scope != actor.scope) return denied("only specialists of unit " + actor.scope);
    return Ok{};
}

bool readsAudit(const Actor& actor) { return actor.role == Role::SystemAdmin; }

bool importsEmployers(const Actor& actor) { return mayIssue(actor, "RegisterEmployer"); }

bool registersDepartments(const Actor& actor) { return mayIssue(actor, "RegisterDepartment"); }

bool loadsHolidays(const Actor& actor) { return mayIssue(actor, "LoadHolidayYear"); }

} // namespace huicai
