// Handlers for organisations and talents: registering employers, the departments and
// agencies of cities and counties (core/org_units.h), specialists and
// talents (identity checked by GB 11643 or passport rules, every name by
// core/name_text.h), profile updates, the employer's assignment of a specialist to
// each talent (S6.1.4, S7.1 (2)) and the administrator's loading of a year's
// holiday data.
#include "core/account_policy.h"
#include "core/apply_internal.h"
#include "core/name_text.h"
#include "core/resident_id.h"

namespace huicai::detail {

Status handle(Step& st, const RegisterEmployer& p) {
    HUICAI_TRY(mustBeNew(st.s.employers, p.id, "id"));
    HUICAI_TRY(required(p.name, "name"));
    HUICAI_TRY(checkNameText(p.name));
    if (!st.ctx.regions.region(p.region)) return makeError("error.region.unknown", p.region);
    st.s.employers[p.id] = Employer{p.id, p.name, p.region, st.now()};
    st.touch("employer", p.id);
    return Ok{};
}

namespace {

// A new department's or agency's id (free among both, the catalogue's included) and
// names (Chinese required, English optional).
Status checkNewOrgUnit(Step& st, const std::string& id, const std::string& nameZh, const std::string& nameEn) {
    HUICAI_TRY(required(id, "id"));
    if (orgUnitIdTaken(st.s, st.ctx, id)) return makeError("error.record.exists", id);
    HUICAI_TRY(required(nameZh, "name_zh"));
    HUICAI_TRY(checkNameText(nameZh));
    if (!nameEn.empty()) HUICAI_TRY(checkNameText(nameEn));
    return Ok{};
}

} // namespace

Status handle(Step& st, const RegisterDepartment& p) {
    HUICAI_TRY(checkNewOrgUnit(st, p.id, p.nameZh, p.nameEn));
    const Region* region = st.ctx.regions.region(p.region);
    if (!region) return makeError("error.region.unknown", p.region);
    // The province's departments are the catalogue's.
    if (region->level == RegionLevel::Province) return makeError("error.department.provincial", p.region);
    if (!st.ctx.catalog.department(p.counterpart)) return makeError("error.department.counterpart", p.counterpart);
    for (const auto& [id, d] : st.s.departments)
        if (d.region == p.region && d.counterpart == p.counterpart)
            return makeError("error.department.duplicate", id); // one per region and counterpart
    st.s.departments[p.id] = LocalDepartment{p.id, p.nameZh, p.nameEn, p.region, p.counterpart, st.now()};
    st.touch("department", p.id);
    return Ok{};
}

Status handle(Step& st, const RegisterAgency& p) {
    HUICAI_TRY(checkNewOrgUnit(st, p.id, p.nameZh, p.nameEn));
    if (!findDepartment(st.s, st.ctx, p.department)) return makeError("error.staff.unknown_org", p.department);
    st.s.agencies[p.id] = LocalAgency{p.id, p.department, p.nameZh, p.nameEn, st.now()};
    st.touch("agency", p.id);
    return Ok{};
}

Status handle(Step& st, const RegisterSpecialist& p) {
    HUICAI_TRY(mustBeNew(st.s.staff, p.id, "id"));
    HUICAI_TRY(required(p.name, "name"));
    HUICAI_TRY(checkNameText(p.name));
    if (st.role() == Role::EmployerAdmin && (p.role != Role::EmployerSpecialist || p.org != st.actor().scope))
        return denied("employer admins register specialists of their own unit");
    if (st.role() == Role::WindowSpecialist && !windowStaffs(st.actor(), p.role, p.org, st.s, st.ctx))
        return denied("windows register the corps of their own area (S6.1.1 (2))");
    bool known = false;
    switch (p.role) {
    case Role::EmployerAdmin:
    case Role::EmployerSpecialist: known = st.s.employers.count(p.org) > 0; break;
    case Role::WindowSpecialist: known = st.ctx.regions.region(p.org) != nullptr; break;
    case Role::DepartmentSpecialist: known = findDepartment(st.s, st.ctx, p.org).has_value(); break;
    case Role::HandlingSpecialist: known = findAgency(st.s, st.ctx, p.org).has_value(); break;
    default: return makeError("error.staff.role", std::string(enumId(p.role)));
    }
    if (!known) return makeError("error.staff.unknown_org", p.org);
    st.s.staff[p.id] = Staff{p.id, p.name, p.role, p.org, st.now()};
    st.touch("staff", p.id);
    return Ok{};
}

namespace {
Status checkIdentity(IdType type, const std::string& number, const std::string& nationality, Date today) {
    if (type == IdType::ResidentId) {
        auto r = validateResidentId(number, today);
        if (!r) return r.error();
        return Ok{};
    }
    return validatePassport(number, nationality);
}

Status checkCategory(const Context& ctx, const std::string& category) {
    if (!ctx.talent.category(category)) return makeError("error.talent.category", category);
    return Ok{};
}
} // namespace

Status handle(Step& st, const RegisterTalent& p) {
    HUICAI_TRY(mustBeNew(st.s.talents, p.id, "id"));
    if (!st.isTalent(p.id)) return denied("a talent registers themselves");
    HUICAI_TRY(required(p.name, "name"));
    HUICAI_TRY(checkNameText(p.name));
    HUICAI_TRY(checkCategory(st.ctx, p.category));
    if (!st.s.employers.count(p.employer)) return makeError("error.employer.unknown", p.employer);
    HUICAI_TRY(checkIdentity(p.idType, p.idNumber, p.nationality, st.now()));
    if (p.yearsInKeyPost < 0) return makeError("error.command.field", "years_in_key_post");
    Talent t;
    t.id = p.id;
    t.name = p.name;
    t.category = p.category;
    t.idType = p.idType;
    t.idNumber = p.idNumber;
    t.nationality = p.idType == IdType::ResidentId ? std::string("CHN") : p.nationality;
    for (auto& c : t.nationality) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    t.degree = p.degree;
    t.title = p.title;
    t.yearsInKeyPost = p.yearsInKeyPost;
    t.honours = p.honours;
    t.flexibleIntroduction = p.flexibleIntroduction;
    t.employer = p.employer;
    t.registeredOn = st.now();
    st.s.talents[p.id] = std::move(t);
    st.touch("talent", p.id);
    return Ok{};
}

Status handle(Step& st, const UpdateTalentProfile& p) {
    auto t = lookup(st.s.talents, p.talent, "error.talent.unknown");
    if (!t) return t.error();
    Talent& talent = **t;
    if (!st.isTalent(talent.id) && !st.isAssignedSpecialist(talent))
        return denied("the talent or their assigned specialist");
    if (p.name && p.name->empty()) return makeError("error.command.field", "name");
    if (p.name) HUICAI_TRY(checkNameText(*p.name));
    if (p.category) HUICAI_TRY(checkCategory(st.ctx, *p.category));
    if (p.yearsInKeyPost && *p.yearsInKeyPost < 0) return makeError("error.command.field", "years_in_key_post");
    if (p.name) talent.name = *p.name;
    if (p.category) talent.category = *p.category;
    if (p.degree) talent.degree = *p.degree;
    if (p.title) talent.title = *p.title;
    if (p.yearsInKeyPost) talent.yearsInKeyPost = *p.yearsInKeyPost;
    if (p.honours) talent.honours = *p.honours;
    if (p.flexibleIntroduction) talent.flexibleIntroduction = *p.flexibleIntroduction;
    st.touch("talent", talent.id);
    return Ok{};
}

Status handle(Step& st, const AssignSpecialist& p) {
    auto t = lookup(st.s.talents, p.talent, "error.talent.unknown");
    if (!t) return t.error();
    Talent& talent = **t;
    if (st.actor().scope != talent.employer) return denied("the talent's employer assigns the specialist");
    auto sp = lookup(st.s.staff, p.specialist, "error.staff.unknown");
    if (!sp) return sp.error();
    if ((*sp)->role != Role::EmployerSpecialist || (*sp)->org != talent.employer)
        return makeError("error.staff.not_of_employer", p.specialist);
    // Applications waiting for a specialist move on (S7.1 (2)).
    std::vector<CardApplication*> waiting;
    for (auto& [id, app] : st.s.cardApplications)
        if (app.talent == talent.id && app.state == CardState::SubmittedByTalent) {
            HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), CardState::SpecialistAssigned, st.role()));
            waiting.push_back(&app);
        }
    talent.specialist = p.specialist;
    st.touch("talent", talent.id);
    for (auto* app : waiting) {
        app->history.push_back(st.history(enumId(app->state), enumId(CardState::SpecialistAssigned), app->window, ""));
        app->state = CardState::SpecialistAssigned;
        st.touch("card_application", app->id);
    }
    return Ok{};
}

Status handle(Step& st, const LoadHolidayYear& p) {
    WorkCalendar scratch;
    HUICAI_TRY(scratch.setYear(p.year, p.off, p.work));
    st.s.holidayYears[p.year] = HolidayYear{p.year, p.off, p.work};
    st.merged.reset();
    st.changed.push_back("holiday_year/" + std::to_string(p.year));
    return Ok{};
}

} // namespace huicai::detail
