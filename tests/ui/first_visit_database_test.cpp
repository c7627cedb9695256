// A first visit's database (app.cpp init): the screens a visitor lands on read nothing
// from huicai.db (a new one holds no settings and no session), so a browser that has
// none makes it once the first frame is shown; a browser that has one opens it before
// the first frame, whose screen follows what it holds.
#include "headless_browser.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace huicai;

namespace {

bool shows(const screens::Browser& b, const std::string& text) {
    const auto t = b.texts();
    return std::find(t.begin(), t.end(), text) != t.end();
}

std::filesystem::path databaseFile() { return std::filesystem::path(platform::headless::page().dataDir) / "huicai.db"; }

} // namespace

TEST_CASE("first visit 1. the catalogue is drawn before a new database is made, which keeps the choice made next for the reload's first frame", "[S4.2]") {
    screens::Browser b({1280, 800, 1});
    b.open("#/catalog", "zh-CN", 1);
    CHECK(shows(b, "服务目录"));
    CHECK_FALSE(std::filesystem::exists(databaseFile()));
    b.frames(1);
    REQUIRE(std::filesystem::exists(databaseFile()));

    b.click("English");
    REQUIRE(shows(b, "Catalogue"));
    b.open("#/catalog", "zh-CN", 1); // the reload's first frame reads the saved language
    CHECK(shows(b, "Catalogue"));
    CHECK_FALSE(shows(b, "服务目录"));
}

TEST_CASE("first visit 2. a role's screen, the demo and the outbox open their database before the first frame", "[S4.2]") {
    screens::Browser b({390, 844, 3});
    for (const char* hash : {"#/demo", "#/outbox", "#/window"}) {
        INFO(hash);
        std::filesystem::remove_all(std::filesystem::path(platform::headless::page().dataDir));
        b.open(hash, "en", 1);
        CHECK(std::filesystem::exists(databaseFile()));
    }
}

TEST_CASE("first visit 3. where the browser keeps nothing, the first frame says so before the database is made", "[S4.2]") {
    screens::Browser b({1280, 800, 1});
    b.withoutStorage();
    b.open("#/catalog", "en", 1);
    REQUIRE_FALSE(std::filesystem::exists(databaseFile()));
    CHECK(shows(b, "Local database: could not save"));
    CHECK_FALSE(shows(b, "Local database: saved"));
    b.frames(1);
    CHECK(std::filesystem::exists(databaseFile()));
    CHECK(shows(b, "Local database: could not save"));
}
