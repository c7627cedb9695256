// Who manages which accounts (S6.2), for the server's administration API and for the
// browser's console alike, which asks the same questions to decide what to offer.
// A system administrator manages every staff and administrator account; an
// employer administrator the specialists of its own unit; a window the specialist
// corps it builds (S6.1.1 (2)): the windows of its area, its own included, and the
// departments and agencies of its own level (the province window's being the
// catalogue's, a city's or county's those registered for it). The role gates come from
// the commands' own (workflow.h's commandRoles): accounts are managed by those who
// may register staff (RegisterSpecialist), employers are imported by those who may
// register them (RegisterEmployer), holiday years loaded by those who may load them
// (LoadHolidayYear). Whether a staff account's unit exists (a region, a department,
// an agency, an employer) is checked by the core when RegisterSpecialist applies.
// Refusals are error.admin.denied. Pure: no I/O.
#pragma once
#include "core/actor.h"
#include "core/apply.h"
#include "core/result.h"

#include <string_view>
#include <vector>

namespace huicai {

// May the actor open account administration at all?
bool managesAccounts(const Actor& actor);

// The roles of the accounts the actor may create, in the order a form offers them:
// a system administrator every staff role and system_admin; an employer
// administrator employer_specialist; a window window, department and handling
// specialists; anyone else none.
std::vector<Role> creatableRoles(const Actor& actor);

// Is `unit` one whose `role` specialists the window `actor` staffs (see above)?
bool windowStaffs(const Actor& actor, Role role, std::string_view unit, const State& state, const Context& ctx);

// May the actor create an account of `role` at unit `scope`? An employer
// administrator only specialists of its own employer; a window its corps; a system
// administrator any role of creatableRoles, a system administrator's account having
// no scope.
Status mayCreateAccount(const Actor& actor, Role role, std::string_view scope, const State& state, const Context& ctx);

// May the actor list, reset or disable the account of `role` at `scope`? A system
// administrator every account but a talent's; an employer administrator the
// specialists of its own employer; a window its corps.
Status mayManageAccount(const Actor& actor, Role role, std::string_view scope, const State& state, const Context& ctx);

// Reads the audit trail of every command (system administrators).
bool readsAudit(const Actor& actor);
// Imports employers from a file (those who may register employers).
bool importsEmployers(const Actor& actor);
// Registers the departments and agencies of cities and counties (RegisterDepartment).
bool registersDepartments(const Actor& actor);
// Loads a year of holidays (those who may issue LoadHolidayYear).
bool loadsHolidays(const Actor& actor);

} // namespace huicai
