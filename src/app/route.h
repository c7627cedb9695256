// Routes: the screen the app shows, written as the URL hash so that the back button
// and deep links work ("#/catalog", "#/catalog/A13", "#/settings", and the demo's
// "#/demo", "#/talent", "#/employer", "#/specialist", "#/window", "#/card").
#pragma once
#include <string>
#include <string_view>

namespace huicai::app {

enum class Screen { Catalog, Item, Settings, Demo, Talent, Employer, Specialist, Window, Card };

// The screens of the local demo mode (role workspaces over the in-browser core).
bool isDemoScreen(Screen s);

struct Route {
    Screen screen = Screen::Catalog;
    std::string itemCode; // for Screen::Item

    bool operator==(const Route&) const = default;
};

// Accepts the hash with or without "#" or the leading "/"; anything unknown, and the
// empty hash, is the catalogue.
Route parseRoute(std::string_view hash);
// "#/catalog", "#/catalog/<code>", "#/settings", "#/demo", "#/talent", ….
std::string routeHash(const Route& route);

} // namespace huicai::app
