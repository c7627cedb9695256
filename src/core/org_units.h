// The departments and handling agencies of every level (S6.2.2, S7.4): the
// catalogue's, which are the provincial ones, and those registered for a city or a
// county (State::departments, State::agencies). One lookup for the handlers, the
// access checks and the screens, so that a unit is known the same way everywhere.
//
// Same-level routing (S6.2.2: a department handles what the window of its own level
// hands over; S7.4): a request of a region goes, for each competent provincial
// department, to that department's counterpart registered for the region; where the
// region has none, to the one of the nearest level above it, the province's being
// the catalogue's own. Falling back upward is this system's policy: the standard does
// not say what happens where a county has no such department.
#pragma once
#include "core/apply.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai {

struct DepartmentUnit {
    std::string id, nameZh, nameEn;
    std::string region;      // the province's code for a catalogue department
    std::string counterpart; // the catalogue department it mirrors (itself for one)
    bool provincial = false; // a catalogue department
};

struct AgencyUnit {
    std::string id, department, nameZh, nameEn;
    bool provincial = false; // a catalogue agency
};

std::optional<DepartmentUnit> findDepartment(const State& state, const Context& ctx, std::string_view id);
std::optional<AgencyUnit> findAgency(const State& state, const Context& ctx, std::string_view id);
// Every department: the catalogue's in its order, then the registered ones by id.
std::vector<DepartmentUnit> allDepartments(const State& state, const Context& ctx);
// Every agency, in the same order.
std::vector<AgencyUnit> allAgencies(const State& state, const Context& ctx);
// The agencies under a department of any level.
std::vector<AgencyUnit> agenciesUnder(const State& state, const Context& ctx, std::string_view departmentId);
// Is `id` taken by a department or an agency of either source?
bool orgUnitIdTaken(const State& state, const Context& ctx, std::string_view id);

// The department that handles `provincial`'s items for a request of `region` (see
// above): the registered counterpart of the region or of the nearest level above
// that has one, else `provincial` itself.
std::string departmentFor(const State& state, const Context& ctx, std::string_view provincial, std::string_view region);
// The catalogue department a department of any level mirrors; "" when unknown.
std::string counterpartOf(const State& state, const Context& ctx, std::string_view departmentId);

} // namespace huicai
