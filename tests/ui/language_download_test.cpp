// The web page brings the app's text in one language, the one it starts in; the other
// language's tables are downloaded when the user switches (app.cpp setLanguage, the
// platform's fetchLanguage), and a saved choice the page did not know of is honoured as
// soon as its tables have come. The headless page stands in for the browser's download.
#include "headless_browser.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace huicai;

namespace {

bool shows(const screens::Browser& b, const std::string& text) {
    const auto t = b.texts();
    return std::find(t.begin(), t.end(), text) != t.end();
}

} // namespace

TEST_CASE("language download 1. switching to the language the page did not bring downloads its tables once and then shows it, after a reload too", "[S4.1]") {
    screens::Browser b({1280, 800, 1});
    b.packOnlyLanguage("zh-CN");
    b.open("#/catalog", "zh-CN");
    const auto& page = platform::headless::page();
    CHECK(page.languageFetches.empty());
    REQUIRE(shows(b, "服务目录"));
    b.click("English");
    REQUIRE(page.languageFetches == std::vector<std::string>{"en"});
    CHECK(page.lang == "en");
    CHECK(shows(b, "Catalogue"));
    CHECK_FALSE(shows(b, "服务目录"));

    // The next start's page brings Chinese again (it guessed from the browser): the saved
    // choice, English, is downloaded and shown.
    b.packOnlyLanguage("zh-CN");
    b.open("#/catalog", "zh-CN");
    CHECK(platform::headless::page().languageFetches == std::vector<std::string>{"en"});
    CHECK(platform::headless::page().lang == "en");
    CHECK(shows(b, "Catalogue"));
}

TEST_CASE("language download 2. a language whose tables cannot be downloaded leaves the screen as it was, and choosing it again tries again", "[S4.1]") {
    screens::Browser b({390, 844, 3});
    b.packOnlyLanguage("en", "/nonexistent-i18n");
    b.open("#/catalog", "en");
    REQUIRE(shows(b, "Catalogue"));
    b.click("中文");
    const auto& page = platform::headless::page();
    REQUIRE(page.languageFetches == std::vector<std::string>{"zh-CN"});
    CHECK(page.lang == "en");
    CHECK(shows(b, "Catalogue"));
    b.click("中文");
    CHECK(page.languageFetches.size() == 2);
    CHECK(page.lang == "en");
}
