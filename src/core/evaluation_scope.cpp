// Implements the reach of a window's evaluation work.
#include "core/evaluation_scope.h"

namespace huicai {

std::string employerRegion(const State& s, const std::string& employer) {
    auto it = s.employers.find(employer);
    return it == s.employers.end() ? std::string() : it->second.region;
}

bool windowEvaluates(const State& s, const RegionTree& regions, const std::string& window, UnitKind kind,
                     const std::string& unit) {
    switch (kind) {
    case UnitKind::Window: return unit != window && regions.region(unit) && regions.isWithin(unit, window);
    case UnitKind::Employer: return s.employers.count(unit) && regions.isWithin(employerRegion(s, unit), window);
    case UnitKind::Department:
    case UnitKind::Agency: return true;
    }
    return false;
}

std::string specialistRegion(const State& s, const Staff& staff) {
    switch (staff.role) {
    case Role::WindowSpecialist: return staff.org;
    case Role::EmployerSpecialist: return employerRegion(s, staff.org);
    default: return {};
    }
}

bool windowCommends(const State& s, const RegionTree& regions, const std::string& window, const std::string& specialist) {
    auto sp = s.staff.find(specialist);
    if (sp == s.staff.end()) return false;
    const std::string region = specialistRegion(s, sp->second);
    return region.empty() || regions.isWithin(region, window);
}

} // namespace huicai
