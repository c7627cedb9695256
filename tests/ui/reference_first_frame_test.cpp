// The reference set at start (app.cpp init): the catalogue is all a visitor's first
// screen shows, so it is read alone before the first frame and the rest (holidays,
// regions, talent) on the frame after; a fault in the rest therefore leaves the
// catalogue on screen and is said where the set is used.
#include "headless_browser.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace huicai;

namespace {

bool referenceShows(const screens::Browser& b, const std::string& text) {
    const auto t = b.texts();
    return std::find(t.begin(), t.end(), text) != t.end();
}

bool referenceSaysStart(const screens::Browser& b, const std::string& start) {
    for (const auto& t : b.texts())
        if (t.get<std::string>().rfind(start, 0) == 0) return true;
    return false;
}

} // namespace

TEST_CASE("reference at start: the catalogue is shown without the rest of the set, whose fault is said where it is used", "[S4.2][S6.1.1]") {
    screens::Browser b({1280, 800, 1});
    b.open("#/catalog", "en", 1);
    const std::filesystem::path regions = std::filesystem::path(platform::headless::page().assetsDir) / "regions.json";
    REQUIRE(std::filesystem::exists(regions));
    std::filesystem::remove(regions);

    // A first frame and the ones after it: the catalogue, no fault.
    b.open("#/catalog", "en", 1);
    CHECK(referenceShows(b, "Green-channel service catalogue for high-level talents"));
    CHECK_FALSE(referenceSaysStart(b, "Cannot read the file"));
    b.frames(3);
    CHECK(referenceShows(b, "Green-channel service catalogue for high-level talents"));
    CHECK_FALSE(referenceSaysStart(b, "Cannot read the file"));

    // The demo needs the regions: it says which file it could not read.
    b.open("#/demo", "en", 2);
    CHECK(referenceSaysStart(b, "Cannot read the file"));
}
