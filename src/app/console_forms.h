// The administrator's console's forms checked before anything is sent, field by field
// in the form's order with at most one problem a field (the server checks again), and
// the units a new account may belong to. Pure: the rules come from the core
// (core/account_policy.h for who may create which account, core/name_text.h, the
// region tree and the catalogue) and the sync rules of logins and passwords.
#pragma once
#include "app/console_state.h"
#include "core/apply.h"
#include "sync/registration.h"

#include <string>
#include <vector>

namespace huicai::app {

// "current", "next", "repeat": error.register.required, the new-password rules of
// sync::checkNewPassword, error.password.same (new equals current),
// error.password.mismatch (the repeat differs).
std::vector<sync::FieldProblem> checkPasswordForm(const PasswordForm& f);

// "role" (core/account_policy.h's refusal), "scope" (error.register.required, or
// error.staff.unknown_org when no unit of that kind has the id), "name"
// (error.register.required, error.name.characters), "login" (sync::checkNewLogin).
std::vector<sync::FieldProblem> checkNewAccount(const NewAccountForm& f, const Actor& actor, const State& state,
                                                const Context& ctx);

// "name" (error.register.required, error.name.characters), "region"
// (error.register.required, error.region.unknown).
std::vector<sync::FieldProblem> checkEmployerForm(const EmployerForm& f, const Context& ctx);

// "name_zh" (error.register.required, error.name.characters), "name_en" (may be
// empty; error.name.characters), "region" (error.register.required,
// error.region.unknown, error.department.provincial), "counterpart"
// (error.register.required, error.department.counterpart, error.department.duplicate
// when the region has it already): what RegisterDepartment would refuse.
std::vector<sync::FieldProblem> checkDepartmentForm(const DepartmentForm& f, const State& state, const Context& ctx);
// "name_zh", "name_en" as above, "department" (error.register.required,
// error.staff.unknown_org).
std::vector<sync::FieldProblem> checkAgencyForm(const AgencyForm& f, const State& state, const Context& ctx);

// "from", "to": error.audit.date for a date that does not read as YYYY-MM-DD,
// error.audit.range when from is after to.
std::vector<sync::FieldProblem> checkAuditQuery(const sync::AuditQuery& q);

// "year": error.holiday.year_number unless 2000..2100.
std::vector<sync::FieldProblem> checkHolidayYear(std::string_view year);

// The units an account of `role` may belong to, as the console offers them: windows
// are the province's regions, departments and agencies the catalogue's, employer
// roles the employers of `state`; for an employer administrator creating specialists,
// its own unit only; nothing for a system administrator. Narrowed to those whose id
// or name (either language) contains `filter`, in the tree's or catalogue's order.
struct UnitChoice {
    std::string id, nameZh, nameEn;
};
std::vector<UnitChoice> unitChoices(const Actor& actor, Role role, const State& state, const Context& ctx,
                                    std::string_view filter);

// The problem of `field` in `problems`, or nullptr.
const Error* problemOf(const std::vector<sync::FieldProblem>& problems, std::string_view field);

// The choices of those forms: the cities and counties; the provincial departments; the
// departments of every level; each narrowed by `filter` like unitChoices().
std::vector<UnitChoice> localRegionChoices(const Context& ctx, std::string_view filter);
std::vector<UnitChoice> provincialDepartmentChoices(const Context& ctx, std::string_view filter);
std::vector<UnitChoice> departmentChoices(const State& state, const Context& ctx, std::string_view filter);

} // namespace huicai::app
