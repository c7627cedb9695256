// Routes of the web app: every screen has an address (the URL hash) that opens it, and
// writing a route back gives the same address, so deep links and the back button work.
#include "app/route.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <vector>

using huicai::app::parseRoute;
using huicai::app::Route;
using huicai::app::routeHash;
using huicai::app::Screen;

TEST_CASE("route: hashes open their screens", "[app][S4.2]") {
    struct Case {
        int n;
        const char* hash;
        Screen screen;
        const char* code;
    };
    const Case cases[] = {
        {1, "#/catalog", Screen::Catalog, ""},
        {2, "", Screen::Catalog, ""},
        {3, "#", Screen::Catalog, ""},
        {4, "#/catalog/A13", Screen::Item, "A13"},
        {5, "/catalog/A1", Screen::Item, "A1"},
        {6, "#/catalog/a30/", Screen::Item, "A30"},
        {7, "#/settings", Screen::Settings, ""},
        {8, "#/catalog/B13", Screen::Catalog, ""},
        {9, "#/catalog/A", Screen::Catalog, ""},
        {10, "#/nowhere", Screen::Catalog, ""},
        {11, "#/catalog/A13x", Screen::Catalog, ""},
        {12, "#/demo", Screen::Demo, ""},
        {13, "#/talent", Screen::Talent, ""},
        {14, "#/employer/", Screen::Employer, ""},
        {15, "/specialist", Screen::Specialist, ""},
        {16, "#/window", Screen::Window, ""},
        {17, "#/card", Screen::Card, ""},
        {18, "#/talents", Screen::Catalog, ""},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << ": " << c.hash);
        const Route r = parseRoute(c.hash);
        CHECK(r.screen == c.screen);
        CHECK(r.itemCode == c.code);
    }
}

TEST_CASE("route: a route written as a hash reads back as itself", "[app]") {
    const Route routes[] = {Route{}, Route{Screen::Item, "A13"}, Route{Screen::Settings, {}}};
    CHECK(routeHash(routes[0]) == "#/catalog");
    CHECK(routeHash(routes[1]) == "#/catalog/A13");
    CHECK(routeHash(routes[2]) == "#/settings");
    for (const auto& r : routes) CHECK(parseRoute(routeHash(r)) == r);
}

TEST_CASE("route: the role screens, the demo, sign-in and the outbox have addresses of their own", "[app][S7.1]") {
    struct Case {
        int n;
        Screen screen;
        const char* hash;
        bool role;
    };
    const Case cases[] = {
        {1, Screen::Demo, "#/demo", false},
        {2, Screen::Talent, "#/talent", true},
        {3, Screen::Employer, "#/employer", true},
        {4, Screen::Specialist, "#/specialist", true},
        {5, Screen::Window, "#/window", true},
        {6, Screen::Card, "#/card", true},
        {7, Screen::Catalog, "#/catalog", false},
        {8, Screen::Settings, "#/settings", false},
        {9, Screen::Login, "#/login", false},
        {10, Screen::Outbox, "#/outbox", false},
        {11, Screen::Services, "#/services", true},
        {12, Screen::SpecialistServices, "#/specialist/services", true},
        {13, Screen::WindowServices, "#/window/services", true},
        {14, Screen::Department, "#/department", true},
        {15, Screen::Handling, "#/handling", true},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        const Route r{c.screen, {}};
        CHECK(routeHash(r) == c.hash);
        CHECK(parseRoute(routeHash(r)) == r);
        CHECK(huicai::app::isRoleScreen(c.screen) == c.role);
    }
}

TEST_CASE("route: department and handling specialists start on their inboxes", "[app][S7.4][S6.2.3]") {
    using huicai::Role;
    using huicai::app::homeScreenOf;
    CHECK(homeScreenOf(Role::DepartmentSpecialist) == Screen::Department);
    CHECK(homeScreenOf(Role::HandlingSpecialist) == Screen::Handling);
    CHECK(homeScreenOf(Role::Talent) == Screen::Talent);
    CHECK(homeScreenOf(Role::SystemAdmin) == Screen::Admin);
    CHECK(homeScreenOf(Role::WindowSpecialist) == Screen::Window);
    CHECK(homeScreenOf(Role::EmployerAdmin) == Screen::Employer);
    CHECK(homeScreenOf(Role::EmployerSpecialist) == Screen::Specialist);
    const huicai::Actor window{"W-370102", Role::WindowSpecialist, "370102"};
    CHECK(homeScreenOf(&window) == Screen::Window);
    CHECK(homeScreenOf(nullptr) == Screen::Demo); // nobody acting: the demo's start
    CHECK(parseRoute("#/window/services/") == Route{Screen::WindowServices, {}});
    CHECK(parseRoute("#/services/x") == Route{});
}

TEST_CASE("route: the window's archive and dashboard are role screens with addresses", "[app]") {
    CHECK(parseRoute("#/archive") == Route{Screen::Archive, {}});
    CHECK(parseRoute("/dashboard/") == Route{Screen::Dashboard, {}});
    CHECK(routeHash(Route{Screen::Archive, {}}) == "#/archive");
    CHECK(routeHash(Route{Screen::Dashboard, {}}) == "#/dashboard");
    CHECK(huicai::app::isRoleScreen(Screen::Archive));
    CHECK(huicai::app::isRoleScreen(Screen::Dashboard));
    CHECK(parseRoute("#/archives") == Route{});
}

TEST_CASE("route: a unit's grading, the window's evaluations and the policy settings are role screens with addresses", "[app]") {
    struct Case {
        int n;
        const char* hash;
        Screen screen;
    };
    const Case cases[] = {
        {1, "#/grading", Screen::UnitGrading},
        {2, "employer/grading/", Screen::UnitGrading}, // the address it had before every unit graded
        {3, "#/window/evaluations", Screen::WindowEvaluations},
        {4, "/window/evaluations", Screen::WindowEvaluations},
        {5, "#/employer/gradings", Screen::Catalog},
        {6, "#/window/evaluation", Screen::Catalog},
        {7, "#/admin/policy", Screen::AdminPolicy},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << ": " << c.hash);
        CHECK(parseRoute(c.hash).screen == c.screen);
    }
    CHECK(routeHash(Route{Screen::UnitGrading, {}}) == "#/grading");
    CHECK(huicai::app::isRoleScreen(Screen::AdminPolicy));
    CHECK(routeHash(Route{Screen::WindowEvaluations, {}}) == "#/window/evaluations");
    CHECK(huicai::app::isRoleScreen(Screen::UnitGrading));
    CHECK(huicai::app::isRoleScreen(Screen::WindowEvaluations));
}

TEST_CASE("route: the handling agency's card check has its own address", "[app][S5.1]") {
    CHECK(parseRoute("#/verify") == Route{Screen::Verify, {}});
    CHECK(parseRoute("verify/") == Route{Screen::Verify, {}});
    CHECK(routeHash(Route{Screen::Verify, {}}) == "#/verify");
    CHECK(huicai::app::isRoleScreen(Screen::Verify));
    CHECK(parseRoute("#/verify/x") == Route{});
}

TEST_CASE("route: a talent's registration has its own address and is no role screen", "[app][S5.1]") {
    struct Case {
        int n;
        const char* hash;
        Screen screen;
    };
    const Case cases[] = {
        {1, "#/register", Screen::Register},
        {2, "/register/", Screen::Register},
        {3, "#/registers", Screen::Catalog},
        {4, "#/register/x", Screen::Catalog},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << ": " << c.hash);
        CHECK(parseRoute(c.hash).screen == c.screen);
    }
    CHECK(routeHash(Route{Screen::Register, {}}) == "#/register");
    CHECK_FALSE(huicai::app::isRoleScreen(Screen::Register));
}

TEST_CASE("route: the list of every screen's address reads back, one address per screen", "[app]") {
    const auto hashes = huicai::app::allRouteHashes();
    std::vector<Screen> seen;
    for (size_t i = 0; i < hashes.size(); ++i) {
        INFO("hash " << i << " " << hashes[i]);
        const Route r = parseRoute(hashes[i]);
        CHECK(routeHash(r) == hashes[i]);
        CHECK(std::find(seen.begin(), seen.end(), r.screen) == seen.end());
        seen.push_back(r.screen);
    }
    const Screen expected[] = {Screen::Catalog, Screen::Item, Screen::Settings, Screen::Demo, Screen::Talent,
                               Screen::Window, Screen::Card, Screen::Login, Screen::Outbox, Screen::Archive,
                               Screen::Dashboard, Screen::Verify, Screen::Handling};
    for (size_t i = 0; i < std::size(expected); ++i) {
        INFO("expected " << i);
        CHECK(std::find(seen.begin(), seen.end(), expected[i]) != seen.end());
    }
}

TEST_CASE("route: the window's intake desk is a role screen with its own address", "[app][S6.2.3][S6.2.1]") {
    CHECK(parseRoute("#/window/intake") == Route{Screen::WindowIntake, {}});
    CHECK(parseRoute("/window/intake/") == Route{Screen::WindowIntake, {}});
    CHECK(routeHash(Route{Screen::WindowIntake, {}}) == "#/window/intake");
    CHECK(huicai::app::isRoleScreen(Screen::WindowIntake));
    CHECK(parseRoute("#/window/intakes") == Route{});
    CHECK(parseRoute("#/intake") == Route{});
}

TEST_CASE("route: the administrator's console and the password screen have addresses of their own", "[app][S6.2]") {
    struct Case {
        Screen screen;
        const char* hash;
        bool role;
    };
    const Case cases[] = {
        {Screen::Admin, "#/admin", true},
        {Screen::AdminUnits, "#/admin/units", true},
        {Screen::AdminDepartments, "#/admin/departments", true},
        {Screen::AdminHolidays, "#/admin/holidays", true},
        {Screen::AdminAudit, "#/admin/audit", true},
        {Screen::Password, "#/password", false},
    };
    for (const auto& c : cases) {
        INFO(c.hash);
        CHECK(routeHash(Route{c.screen, {}}) == c.hash);
        CHECK(parseRoute(c.hash) == Route{c.screen, {}});
        CHECK(huicai::app::isRoleScreen(c.screen) == c.role);
    }
    CHECK(parseRoute("#/admin/") == Route{Screen::Admin, {}});
    CHECK(parseRoute("#/admin/other") == Route{});
}
