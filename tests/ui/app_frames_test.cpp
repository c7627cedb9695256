// App's frames natively, on the headless platform layer (src/platform/headless.h): the
// same start-up, database, requests and routes as in the browser, driven through the
// widget map with Dear ImGui's own input events, on a desk and on a phone.
#include "headless_browser.h"

namespace {

using namespace huicai;
namespace headless = huicai::platform::headless;
using nlohmann::json;
using screens::Browser;

platform::Viewport deskOrPhone() {
    return GENERATE(platform::Viewport{1280, 800, 1}, platform::Viewport{390, 844, 3});
}

} // namespace

TEST_CASE("the app starts without a browser: the demo in the browser's language, every role of the standard to pick", "[ui][app][S6.1]") {
    const platform::Viewport viewport = deskOrPhone();
    INFO("viewport " << viewport.cssWidth << "x" << viewport.cssHeight);
    Browser b(viewport);
    b.open("#/demo", "zh-CN");
    const auto& page = headless::page();
    CHECK(page.route == "#/demo");
    CHECK(page.lang == "zh-CN");
    CHECK(page.title == "山东省高层次人才绿色通道服务");
    CHECK(b.showsHeading("本地演示"));
    for (const char* role : {"人才", "用人单位管理员", "单位专员", "区县窗口专员", "市级窗口专员", "省级窗口专员", "部门专员", "承办专员"}) {
        INFO(role);
        CHECK(b.scrollTo(role));
    }

    b.open("#/demo", "en-GB");
    CHECK(headless::page().lang == "en");
    CHECK(b.showsHeading("Local demo"));
    CHECK(b.widget("County window specialist").is_object());
}

TEST_CASE("picking the county window's role opens its review queue, and a reload comes back to it", "[ui][app][S7.1]") {
    Browser b(deskOrPhone());
    b.open("#/demo");
    CHECK_FALSE(b.showsHeading("审核队列"));
    const int persistedBefore = headless::page().persisted;
    b.click("区县窗口专员");
    CHECK(headless::page().hash == "#/window");
    CHECK(headless::page().route == "#/window");
    CHECK(b.showsHeading("审核队列"));
    CHECK(headless::page().persisted > persistedBefore); // the role is written to demo.db

    // A reload of the queue's address finds the role in the data folder.
    b.open("#/window");
    CHECK(headless::page().route == "#/window");
    CHECK(b.showsHeading("审核队列"));
}

TEST_CASE("the language switch rewrites the page in English and is remembered after a reload", "[ui][app][i18n]") {
    Browser b(deskOrPhone());
    b.open("#/demo", "zh-CN");
    b.click("English");
    CHECK(headless::page().lang == "en");
    CHECK(headless::page().title == "Shandong High-Level Talent Green Channel");
    CHECK(b.showsHeading("Local demo"));

    b.open("#/demo", "zh-CN");
    CHECK(headless::page().lang == "en");
    CHECK(b.showsHeading("Local demo"));
    b.click("中文");
    CHECK(headless::page().lang == "zh-CN");
    CHECK(b.showsHeading("本地演示"));
}
