// Which role serves in a unit of each kind: the windows' evaluations name a
// specialist of the evaluated unit (S8.1.1), who must hold this role there.
#pragma once
#include "core/actor.h"
#include "core/model_oversight.h"

namespace huicai {

constexpr Role staffRoleOf(UnitKind kind) {
    switch (kind) {
    case UnitKind::Window: return Role::WindowSpecialist;
    case UnitKind::Employer: return Role::EmployerSpecialist;
    case UnitKind::Department: return Role::DepartmentSpecialist;
    case UnitKind::Agency: return Role::HandlingSpecialist;
    }
    return Role::EmployerSpecialist;
}

} // namespace huicai
