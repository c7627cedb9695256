// Routes: the screen the app shows, written as the URL hash so that the back button
// and deep links work ("#/catalog", "#/catalog/A13", "#/settings").
#pragma once
#include <string>
#include <string_view>

namespace huicai::app {

enum class Screen { Catalog, Item, Settings };

struct Route {
    Screen screen = Screen::Catalog;
    std::string itemCode; // for Screen::Item

    bool operator==(const Route&) const = default;
};

// Accepts the hash with or without "#" or the leading "/"; anything unknown, and the
// empty hash, is the catalogue.
Route parseRoute(std::string_view hash);
// "#/catalog", "#/catalog/<code>", "#/settings".
std::string routeHash(const Route& route);

} // namespace huicai::app
