// Implements the mapping between URL hashes and Routes.
#include "app/route.h"

namespace huicai::app {

namespace {

bool isItemCode(std::string_view s) {
    if (s.size() < 2 || s.size() > 4 || (s[0] != 'A' && s[0] != 'a')) return false;
    for (size_t i = 1; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

struct Named {
    Screen screen;
    std::string_view name;
};
constexpr Named kNamed[] = {
    {Screen::Settings, "settings"},
    {Screen::Demo, "demo"},
    {Screen::Talent, "talent"},
    {Screen::Employer, "employer"},
    {Screen::Specialist, "specialist"},
    {Screen::Window, "window"},
    {Screen::Card, "card"},
    {Screen::Login, "login"},
    {Screen::Outbox, "outbox"},
    {Screen::Services, "services"},
    {Screen::SpecialistServices, "specialist/services"},
    {Screen::WindowServices, "window/services"},
    {Screen::Department, "department"},
    {Screen::Handling, "handling"},
    {Screen::Verify, "verify"},
    {Screen::Register, "register"},
    {Screen::WindowIntake, "window/intake"},
    {Screen::Archive, "archive"},
    {Screen::Dashboard, "dashboard"},
    {Screen::UnitGrading, "grading"},
    {Screen::WindowEvaluations, "window/evaluations"},
    {Screen::WindowComplaints, "window/complaints"},
    {Screen::WindowLiaison, "window/liaison"},
    {Screen::WindowGreenChannel, "window/green-channel"},
    {Screen::WindowTraining, "window/training"},
    {Screen::WindowCards, "window/cards"},
    {Screen::EmployerCredentials, "employer/credentials"},
    {Screen::Admin, "admin"},
    {Screen::AdminUnits, "admin/units"},
    {Screen::AdminDepartments, "admin/departments"},
    {Screen::AdminHolidays, "admin/holidays"},
    {Screen::AdminAudit, "admin/audit"},
    {Screen::AdminPolicy, "admin/policy"},
    {Screen::Password, "password"},
};

} // namespace

bool isRoleScreen(Screen s) {
    if (s == Screen::UnitGrading || s == Screen::WindowEvaluations || s == Screen::WindowComplaints ||
        s == Screen::WindowLiaison || s == Screen::WindowGreenChannel || s == Screen::EmployerCredentials || s == Screen::WindowTraining || s == Screen::WindowCards)
        return true;
    if (s == Screen::Admin || s == Screen::AdminUnits || s == Screen::AdminDepartments || s == Screen::AdminHolidays || s == Screen::AdminAudit ||
        s == Screen::AdminPolicy)
        return true;
    return s == Screen::Archive || s == Screen::Dashboard || s == Screen::Talent || s == Screen::Employer || s == Screen::Specialist ||
           s == Screen::Window || s == Screen::Card || s == Screen::Services || s == Screen::SpecialistServices ||
           s == Screen::WindowServices || s == Screen::Department || s == Screen::Handling ||
           s == Screen::Verify || s == Screen::WindowIntake;
}

Screen homeScreenOf(Role role) {
    switch (role) {
    case Role::Talent: return Screen::Talent;
    case Role::EmployerAdmin: return Screen::Employer;
    case Role::EmployerSpecialist: return Screen::Specialist;
    case Role::WindowSpecialist: return Screen::Window;
    case Role::DepartmentSpecialist: return Screen::Department;
    case Role::HandlingSpecialist: return Screen::Handling;
    case Role::SystemAdmin: return Screen::Admin;
    }
    return Screen::Demo;
}

Screen homeScreenOf(const Actor* actor) { return actor ? homeScreenOf(actor->role) : Screen::Demo; }

Route parseRoute(std::string_view hash) {
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    if (!hash.empty() && hash.front() == '/') hash.remove_prefix(1);
    while (!hash.empty() && hash.back() == '/') hash.remove_suffix(1);
    for (const auto& n : kNamed)
        if (hash == n.name) return Route{n.screen, {}};
    if (hash == "employer/grading") return Route{Screen::UnitGrading, {}}; // its address before every unit graded
    constexpr std::string_view kCatalog = "catalog/";
    if (hash.substr(0, kCatalog.size()) == kCatalog) {
        std::string_view code = hash.substr(kCatalog.size());
        if (isItemCode(code)) {
            std::string c(code);
            c[0] = 'A';
            return Route{Screen::Item, c};
        }
    }
    return Route{};
}

std::string routeHash(const Route& route) {
    if (route.screen == Screen::Item) return "#/catalog/" + route.itemCode;
    for (const auto& n : kNamed)
        if (route.screen == n.screen) return "#/" + std::string(n.name);
    return "#/catalog";
}

std::vector<std::string> allRouteHashes() {
    std::vector<std::string> out{"#/catalog", "#/catalog/A1"};
    for (const auto& n : kNamed) out.push_back("#/" + std::string(n.name));
    return out;
}

} // namespace huicai::app
