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

} // namespace

Route parseRoute(std::string_view hash) {
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    if (!hash.empty() && hash.front() == '/') hash.remove_prefix(1);
    while (!hash.empty() && hash.back() == '/') hash.remove_suffix(1);
    if (hash == "settings") return Route{Screen::Settings, {}};
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
    switch (route.screen) {
    case Screen::Settings: return "#/settings";
    case Screen::Item: return "#/catalog/" + route.itemCode;
    case Screen::Catalog: break;
    }
    return "#/catalog";
}

} // namespace huicai::app
