// Actors (S6.2): who issues a command. A role and a scope: the talent's own id, the
// employer id of employer staff, the region code of a window specialist, the
// department id of a department specialist, the agency id of a handling specialist.
// The system administrator has no scope. The host (server session, app login, replay
// file) builds the Actor; the core trusts it as authenticated and checks its scope.
#pragma once
#include "core/model_fields.h"

#include <array>
#include <string>

namespace huicai {

enum class Role {
    Talent,
    EmployerAdmin,
    EmployerSpecialist,   // 单位专员 (S6.2.4)
    WindowSpecialist,     // 窗口专员 (S6.2.1)
    DepartmentSpecialist, // 部门专员 (S6.2.2)
    HandlingSpecialist,   // 承办专员 (S6.2.3)
    SystemAdmin,
};

inline constexpr std::array<EnumName<Role>, 7> kRoleNames = {{
    {Role::Talent, "talent"},
    {Role::EmployerAdmin, "employer_admin"},
    {Role::EmployerSpecialist, "employer_specialist"},
    {Role::WindowSpecialist, "window_specialist"},
    {Role::DepartmentSpecialist, "department_specialist"},
    {Role::HandlingSpecialist, "handling_specialist"},
    {Role::SystemAdmin, "system_admin"},
}};
constexpr std::span<const EnumName<Role>> enumNames(Role) { return kRoleNames; }

// True for the four kinds of service specialists of S6.2.
constexpr bool isSpecialist(Role r) {
    return r == Role::EmployerSpecialist || r == Role::WindowSpecialist || r == Role::DepartmentSpecialist ||
           r == Role::HandlingSpecialist;
}

struct Actor {
    std::string id;
    Role role = Role::Talent;
    std::string scope; // talent id / employer id / region code / department id / agency id

    bool operator==(const Actor&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("role", s.role);
        v("scope", s.scope);
    }
};

} // namespace huicai
