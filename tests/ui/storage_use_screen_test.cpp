// The settings say what the browser keeps for the app and whether for good (issue 13's
// storage pressure): asked of the page each time the settings open, in the user's
// language; the browser is asked to keep the data for good only once someone signs in,
// not on a first visit (a browser may ask the person).
#include "headless_browser.h"

#include <catch2/catch.hpp>

namespace {

using namespace huicai;
namespace headless = huicai::platform::headless;
using screens::Browser;

} // namespace

TEST_CASE("storage use 1. the settings say how much the browser keeps and whether for good, in zh and en", "[S4.2][a11y]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    Browser b(platform::Viewport{1280, 800, 1});
    b.open("#/settings", lang);
    b.frames(3);
    INFO(b.texts().dump());
    if (lang == "zh-CN") {
        CHECK(b.showsText("本浏览器为本应用保存了 1.5 MB，最多可用约 2.0 GB。"));
        CHECK(b.showsText("浏览器尚未承诺长期保存"));
    } else {
        CHECK(b.showsText("This browser keeps 1.5 MB for the app, of about 2.0 GB it allows."));
        CHECK(b.showsText("The browser has not promised to keep this data"));
    }
    // A first visit does not ask the browser to keep anything for good.
    CHECK(headless::page().persistenceAsked == 0);
}

TEST_CASE("storage use 2. a save refused for want of space says the storage is full, in zh and en, until a save succeeds", "[S4.2][a11y]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    Browser b(platform::Viewport{1280, 800, 1});
    b.open("#/settings", lang);
    b.frames(3);
    const std::string full = lang == "en" ? "Local database: the browser's storage is full" : "本地数据库：浏览器存储空间已满";
    const std::string failed = lang == "en" ? "Local database: could not save" : "本地数据库：保存失败";
    CHECK_FALSE(b.showsText(full));
    headless::pushEvent({platform::EventKind::StoreChanged, static_cast<int>(platform::StoreState::Full), "", ""});
    b.frames(3);
    INFO(b.texts().dump());
    CHECK(b.showsText(full));
    CHECK_FALSE(b.showsText(failed));
    // Another kind of failure says so, not "full".
    headless::pushEvent({platform::EventKind::StoreChanged, static_cast<int>(platform::StoreState::Failed), "", ""});
    b.frames(3);
    CHECK(b.showsText(failed));
    CHECK_FALSE(b.showsText(full));
    headless::pushEvent({platform::EventKind::StoreChanged, static_cast<int>(platform::StoreState::Full), "", ""});
    headless::pushEvent({platform::EventKind::StoreChanged, static_cast<int>(platform::StoreState::Saving), "", ""});
    headless::pushEvent({platform::EventKind::StoreChanged, static_cast<int>(platform::StoreState::Saved), "", ""});
    b.frames(3);
    CHECK_FALSE(b.showsText(full));
}
