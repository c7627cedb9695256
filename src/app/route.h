// Routes: the screen the app shows, written as the URL hash so that the back button
// and deep links work ("#/catalog", "#/catalog/A13", "#/settings", "#/login",
// "#/outbox", the demo's "#/demo", and the role screens "#/talent", "#/employer",
// "#/specialist", "#/window", "#/card"; the service screens "#/services",
// "#/specialist/services", "#/window/services", "#/department", "#/handling"; the
// window's intake desk "#/window/intake", its complaint items "#/window/complaints"
// and liaison events and typical cases "#/window/liaison", its own green channel
// "#/window/green-channel"; the employer's local credentials "#/employer/credentials"; the administrator's console "#/admin"
// (accounts), "#/admin/units", "#/admin/departments", "#/admin/holidays", "#/admin/audit"; and "#/password",
// where an account given a one-time password sets its own).
#pragma once
#include "core/actor.h"

#include <string>
#include <string_view>
#include <vector>

namespace huicai::app {

enum class Screen {
    Catalog,
    Item,
    Settings,
    Demo,
    Talent,
    Employer,
    Specialist,
    Window,
    Card,
    Login,
    Outbox,
    Services,
    SpecialistServices,
    WindowServices,
    Department,
    Handling,
    UnitGrading,
    WindowEvaluations,
    WindowComplaints,
    WindowLiaison,
    WindowGreenChannel,
    WindowTraining,
    WindowCards,
    EmployerCredentials,
    Register,
    Archive,
    Dashboard,
    Verify,
    WindowIntake,
    Admin,
    AdminUnits,
    AdminDepartments,
    AdminHolidays,
    AdminAudit,
    AdminPolicy,
    Password
};

// The role screens: they show the workspace of the signed-in user, or the demo's.
bool isRoleScreen(Screen s);

// The screen an acting user of `role` starts on; the demo's start without one.
Screen homeScreenOf(Role role);
Screen homeScreenOf(const Actor* actor);

struct Route {
    Screen screen = Screen::Catalog;
    std::string itemCode; // for Screen::Item

    bool operator==(const Route&) const = default;
};

// Accepts the hash with or without "#" or the leading "/"; anything unknown, and the
// empty hash, is the catalogue.
Route parseRoute(std::string_view hash);
// "#/catalog", "#/catalog/<code>", "#/settings", "#/login", "#/demo", "#/talent", ….
std::string routeHash(const Route& route);
// One hash of every screen the app has, in the route table's order: the catalogue,
// an example item ("#/catalog/A1") and every named route.
std::vector<std::string> allRouteHashes();

} // namespace huicai::app
