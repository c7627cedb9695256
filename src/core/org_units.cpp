// Implements the directory of departments and agencies of every level.
#include "core/org_units.h"

namespace huicai {

namespace {

DepartmentUnit fromCatalogue(const Department& d, const Context& ctx) {
    const Region* province = ctx.regions.province();
    return DepartmentUnit{d.id, d.nameZh, d.nameEn, province ? province->code : std::string(), d.id, true};
}

DepartmentUnit fromState(const LocalDepartment& d) {
    return DepartmentUnit{d.id, d.nameZh, d.nameEn, d.region, d.counterpart, false};
}

} // namespace

std::optional<DepartmentUnit> findDepartment(const State& state, const Context& ctx, std::string_view id) {
    if (const Department* d = ctx.catalog.department(id)) return fromCatalogue(*d, ctx);
    if (auto it = state.departments.find(id); it != state.departments.end()) return fromState(it->second);
    return std::nullopt;
}

std::optional<AgencyUnit> findAgency(const State& state, const Context& ctx, std::string_view id) {
    if (const Agency* a = ctx.catalog.agency(id)) return AgencyUnit{a->id, a->departmentId, a->nameZh, a->nameEn, true};
    if (auto it = state.agencies.find(id); it != state.agencies.end())
        return AgencyUnit{it->second.id, it->second.department, it->second.nameZh, it->second.nameEn, false};
    return std::nullopt;
}

std::vector<DepartmentUnit> allDepartments(const State& state, const Context& ctx) {
    std::vector<DepartmentUnit> out;
    for (const auto& d : ctx.catalog.departments()) out.push_back(fromCatalogue(d, ctx));
    for (const auto& [id, d] : state.departments) out.push_back(fromState(d));
    return out;
}

std::vector<AgencyUnit> allAgencies(const State& state, const Context& ctx) {
    std::vector<AgencyUnit> out;
    for (const auto& a : ctx.catalog.agencies()) out.push_back(AgencyUnit{a.id, a.departmentId, a.nameZh, a.nameEn, true});
    for (const auto& [id, a] : state.agencies) out.push_back(AgencyUnit{a.id, a.department, a.nameZh, a.nameEn, false});
    return out;
}

std::vector<AgencyUnit> agenciesUnder(const State& state, const Context& ctx, std::string_view departmentId) {
    std::vector<AgencyUnit> out;
    for (auto& a : allAgencies(state, ctx))
        if (a.department == departmentId) out.push_back(std::move(a));
    return out;
}

bool orgUnitIdTaken(const State& state, const Context& ctx, std::string_view id) {
    return findDepartment(state, ctx, id) || findAgency(state, ctx, id);
}

std::string departmentFor(const State& state, const Context& ctx, std::string_view provincial, std::string_view region) {
    for (const Region* r : ctx.regions.chainToProvince(region))
        for (const auto& [id, d] : state.departments)
            if (d.region == r->code && d.counterpart == provincial) return id;
    return std::string(provincial);
}

std::string counterpartOf(const State& state, const Context& ctx, std::string_view departmentId) {
    auto d = findDepartment(state, ctx, departmentId);
    return d ? d->counterpart : std::string();
}

} // namespace huicai
