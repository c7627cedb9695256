// Implements the console's form checks and unit choices.
#include "app/console_forms.h"

#include "core/account_policy.h"
#include "core/name_text.h"
#include "core/org_units.h"

namespace huicai::app {

namespace {

void add(std::vector<sync::FieldProblem>& out, std::string_view field, Error e) {
    out.push_back(sync::FieldProblem{std::string(field), std::move(e)});
}

bool checkName(std::vector<sync::FieldProblem>& out, std::string_view field, const std::string& name) {
    if (name.empty()) {
        add(out, field, makeError("error.register.required", std::string(field)));
        return false;
    }
    if (auto s = checkNameText(name); !s) {
        add(out, field, s.error());
        return false;
    }
    return true;
}

// Case-insensitive in ASCII; Chinese text matches as typed.
bool contains(std::string_view text, std::string_view part) {
    if (part.empty()) return true;
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    for (std::size_t i = 0; i + part.size() <= text.size(); ++i) {
        std::size_t k = 0;
        while (k < part.size() && lower(text[i + k]) == lower(part[k])) ++k;
        if (k == part.size()) return true;
    }
    return false;
}

} // namespace

std::vector<sync::FieldProblem> checkPasswordForm(const PasswordForm& f) {
    std::vector<sync::FieldProblem> out;
    if (f.current.empty()) add(out, "current", makeError("error.register.required", "current"));
    if (auto s = sync::checkNewPassword(f.next); !s) add(out, "next", s.error());
    else if (f.next == f.current) add(out, "next", makeError("error.password.same", ""));
    if (f.repeat != f.next) add(out, "repeat", makeError("error.password.mismatch", ""));
    return out;
}

std::vector<sync::FieldProblem> checkNewAccount(const NewAccountForm& f, const Actor& actor, const State& state,
                                                const Context& ctx) {
    std::vector<sync::FieldProblem> out;
    if (auto s = mayCreateAccount(actor, f.role, f.scope, state, ctx); !s) add(out, "role", s.error());
    if (f.role != Role::SystemAdmin) {
        if (f.scope.empty()) {
            add(out, "scope", makeError("error.register.required", "scope"));
        } else {
            bool known = false;
            for (const auto& u : unitChoices(actor, f.role, state, ctx, ""))
                known = known || u.id == f.scope;
            if (!known) add(out, "scope", makeError("error.staff.unknown_org", f.scope));
        }
    }
    checkName(out, "name", f.name);
    if (auto s = sync::checkNewLogin(f.login); !s) add(out, "login", s.error());
    return out;
}

std::vector<sync::FieldProblem> checkEmployerForm(const EmployerForm& f, const Context& ctx) {
    std::vector<sync::FieldProblem> out;
    checkName(out, "name", f.name);
    if (f.region.empty()) add(out, "region", makeError("error.register.required", "region"));
    else if (!ctx.regions.region(f.region)) add(out, "region", makeError("error.region.unknown", f.region));
    return out;
}

std::vector<sync::FieldProblem> checkDepartmentForm(const DepartmentForm& f, const State& state, const Context& ctx) {
    std::vector<sync::FieldProblem> out;
    checkName(out, "name_zh", f.nameZh);
    if (!f.nameEn.empty()) checkName(out, "name_en", f.nameEn);
    const Region* region = ctx.regions.region(f.region);
    if (f.region.empty()) add(out, "region", makeError("error.register.required", "region"));
    else if (!region) add(out, "region", makeError("error.region.unknown", f.region));
    else if (region->level == RegionLevel::Province) add(out, "region", makeError("error.department.provincial", f.region));
    if (f.counterpart.empty()) {
        add(out, "counterpart", makeError("error.register.required", "counterpart"));
    } else if (!ctx.catalog.department(f.counterpart)) {
        add(out, "counterpart", makeError("error.department.counterpart", f.counterpart));
    } else {
        for (const auto& [id, d] : state.departments)
            if (d.region == f.region && d.counterpart == f.counterpart)
                add(out, "counterpart", makeError("error.department.duplicate", d.nameZh));
    }
    return out;
}

std::vector<sync::FieldProblem> checkAgencyForm(const AgencyForm& f, const State& state, const Context& ctx) {
    std::vector<sync::FieldProblem> out;
    checkName(out, "name_zh", f.nameZh);
    if (!f.nameEn.empty()) checkName(out, "name_en", f.nameEn);
    if (f.department.empty()) add(out, "department", makeError("error.register.required", "department"));
    else if (!findDepartment(state, ctx, f.department)) add(out, "department", makeError("error.staff.unknown_org", f.department));
    return out;
}

std::vector<sync::FieldProblem> checkAuditQuery(const sync::AuditQuery& q) {
    std::vector<sync::FieldProblem> out;
    auto from = Date::parse(q.from);
    auto to = Date::parse(q.to);
    if (!q.from.empty() && !from) add(out, "from", makeError("error.audit.date", q.from));
    if (!q.to.empty() && !to) add(out, "to", makeError("error.audit.date", q.to));
    if (!q.from.empty() && !q.to.empty() && from && to && *to < *from)
        add(out, "to", makeError("error.audit.range", q.from + " > " + q.to));
    return out;
}

std::vector<sync::FieldProblem> checkHolidayYear(std::string_view year) {
    std::vector<sync::FieldProblem> out;
    int y = 0;
    bool digits = !year.empty() && year.size() <= 4;
    for (char c : year) {
        digits = digits && c >= '0' && c <= '9';
        if (digits) y = y * 10 + (c - '0');
    }
    if (!digits || y < 2000 || y > 2100) add(out, "year", makeError("error.holiday.year_number", std::string(year)));
    return out;
}

std::vector<UnitChoice> unitChoices(const Actor& actor, Role role, const State& state, const Context& ctx,
                                    std::string_view filter) {
    std::vector<UnitChoice> all;
    switch (role) {
    case Role::WindowSpecialist:
        for (const auto& r : ctx.regions.all()) all.push_back(UnitChoice{r.code, r.nameZh, r.nameEn});
        break;
    case Role::DepartmentSpecialist:
        for (const auto& d : allDepartments(state, ctx)) all.push_back(UnitChoice{d.id, d.nameZh, d.nameEn});
        break;
    case Role::HandlingSpecialist:
        for (const auto& a : allAgencies(state, ctx)) all.push_back(UnitChoice{a.id, a.nameZh, a.nameEn});
        break;
    case Role::EmployerAdmin:
    case Role::EmployerSpecialist:
        for (const auto& [id, e] : state.employers)
            if (actor.role != Role::EmployerAdmin || id == actor.scope) all.push_back(UnitChoice{id, e.name, e.name});
        break;
    case Role::Talent:
    case Role::SystemAdmin: break;
    }
    std::vector<UnitChoice> out;
    for (auto& u : all)
        if (mayCreateAccount(actor, role, u.id, state, ctx) &&
            (contains(u.id, filter) || contains(u.nameZh, filter) || contains(u.nameEn, filter)))
            out.push_back(std::move(u));
    return out;
}

namespace {

std::vector<UnitChoice> narrowed(std::vector<UnitChoice> all, std::string_view filter) {
    std::vector<UnitChoice> out;
    for (auto& u : all)
        if (contains(u.id, filter) || contains(u.nameZh, filter) || contains(u.nameEn, filter)) out.push_back(std::move(u));
    return out;
}

} // namespace

std::vector<UnitChoice> localRegionChoices(const Context& ctx, std::string_view filter) {
    std::vector<UnitChoice> all;
    for (const auto& r : ctx.regions.all())
        if (r.level != RegionLevel::Province) all.push_back(UnitChoice{r.code, r.nameZh, r.nameEn});
    return narrowed(std::move(all), filter);
}

std::vector<UnitChoice> provincialDepartmentChoices(const Context& ctx, std::string_view filter) {
    std::vector<UnitChoice> all;
    for (const auto& d : ctx.catalog.departments()) all.push_back(UnitChoice{d.id, d.nameZh, d.nameEn});
    return narrowed(std::move(all), filter);
}

std::vector<UnitChoice> departmentChoices(const State& state, const Context& ctx, std::string_view filter) {
    std::vector<UnitChoice> all;
    for (const auto& d : allDepartments(state, ctx)) all.push_back(UnitChoice{d.id, d.nameZh, d.nameEn});
    return narrowed(std::move(all), filter);
}

const Error* problemOf(const std::vector<sync::FieldProblem>& problems, std::string_view field) {
    for (const auto& p : problems)
        if (p.field == field) return &p.error;
    return nullptr;
}

} // namespace huicai::app
