// English counts read as English does: a count of one takes the singular
// ("1 star", not "1 stars"), every other count the plural; Chinese is unchanged.
#include "headless_browser.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

using namespace huicai;
using screens::Browser;

} // namespace

TEST_CASE("counts: the dashboard's satisfaction rows say 1 star and 2 stars in English", "[S8.1.2][S4.1][ui]") {
    const std::string lang = GENERATE(std::string("en"), std::string("zh-CN"));
    INFO(lang);
    Browser b(platform::Viewport{1280, 800, 1});
    b.open("#/dashboard", lang);
    b.click(lang == "en" ? "Act as Provincial window specialist" : "以省级窗口专员身份操作");
    b.frames(6);
    if (lang == "en") {
        CHECK(b.showsText("1 star"));
        CHECK(b.showsText("2 stars"));
        CHECK(b.showsText("5 stars"));
        CHECK_FALSE(b.showsText("1 stars"));
    } else {
        CHECK(b.showsText("1分"));
        CHECK(b.showsText("2分"));
    }
}
