// The test map's laid-out list (window.huicai.laidOut()): what a frame laid out below
// a phone's fold is listed with its place and as out of view, so that a browser test
// scrolls straight to it instead of turning the wheel until it appears.
#include "card_holder.h"
#include "screen_harness.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace huicai;
using screens::ScreenHarness;

TEST_CASE("The catalogue's last item is laid out below a phone's fold, listed out of view with its place", "[S4.2][ui]") {
    wf::World w = screens::cardHolder();
    ScreenHarness h("zh-CN", ImVec2(390, 700));
    h.work(w.state, w.ref, wf::d("2025-06-02"), wf::kAdmin);
    h.draw(app::Screen::Catalog);
    const auto laid = nlohmann::json::parse(h.laidOut());
    REQUIRE(h.state.catalog.items().size() == 30);
    const std::string first = h.state.catalog.items().front().nameZh;
    const std::string last = h.state.catalog.items().back().nameZh;
    const auto find = [&](const std::string& text) {
        return std::find_if(laid.begin(), laid.end(), [&](const nlohmann::json& r) {
            return r.at("text").get<std::string>().find(text) != std::string::npos;
        });
    };
    const auto a1 = find(first), a30 = find(last);
    REQUIRE(a1 != laid.end());
    REQUIRE(a30 != laid.end());
    CHECK(a1->at("visible") == true);
    CHECK(a30->at("visible") == false);
    CHECK(a30->at("y").get<float>() > 700);
    CHECK(a30->at("y").get<float>() > a1->at("y").get<float>());
    CHECK(a30->at("h").get<float>() > 0);
    // Out of view, it is not among the drawn texts and controls.
    CHECK(h.showsText(first));
    CHECK_FALSE(h.showsText(last));
    CHECK_FALSE(h.shows(last));
}
