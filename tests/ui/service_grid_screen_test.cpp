// The talent's home leads a card holder to the services the card opens: a tile per
// provincial item with its icon and name, each opening the item, and a last tile
// opening all of the talent's services (the city's and county's stacked ones too).
// A talent without a card has no tiles. In zh and en, on a desk and a phone, where
// every tile is a finger's size.
#include "card_holder.h"
#include "screen_harness.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::ScreenHarness;

namespace {

const app::Navigate* navigation(const app::Requests& requests) {
    for (const auto& r : requests)
        if (const auto* n = std::get_if<app::Navigate>(&r)) return n;
    return nullptr;
}

} // namespace

TEST_CASE("A card holder's home shows the card's services as tiles that open each item", "[S5.1][S4.2][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    const auto Home = app::Screen::Talent;
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-03-05"), wf::talent("T1"));
    h.draw(Home);
    CHECK(h.showsText(h.state.tr("ui.talent.services_title")));
    const auto& items = h.state.catalog.items();
    REQUIRE(items.size() == 30);
    for (const auto& item : items) {
        const std::string name = lang == "en" ? item.nameEn : item.nameZh;
        INFO(item.code << " " << name);
        const ui::WidgetRecord* tile = h.control(name);
        REQUIRE(tile);
        CHECK(tile->w >= 44);
        CHECK(tile->h >= 44);
    }
    REQUIRE(h.shows(h.state.tr("ui.talent.all_services")));

    REQUIRE(h.click(Home, lang == "en" ? items.front().nameEn : items.front().nameZh));
    const app::Navigate* toItem = navigation(h.requests);
    REQUIRE(toItem);
    CHECK(toItem->route.screen == app::Screen::Item);
    CHECK(toItem->route.itemCode == items.front().code);

    h.draw(Home);
    REQUIRE(h.click(Home, h.state.tr("ui.talent.all_services")));
    const app::Navigate* toServices = navigation(h.requests);
    REQUIRE(toServices);
    CHECK(toServices->route.screen == app::Screen::Services);
}

TEST_CASE("A talent without a card has no service tiles on the home", "[S5.1][ui]") {
    wf::World w = screens::cardHolder();
    w.addTalent("T4", "E4", 4);
    ScreenHarness h("zh-CN", screens::kPhone);
    h.work(w.state, w.ref, wf::d("2025-03-05"), wf::talent("T4"));
    h.draw(app::Screen::Talent);
    CHECK_FALSE(h.showsText(h.state.tr("ui.talent.services_title")));
    CHECK_FALSE(h.shows(h.state.tr("ui.talent.all_services")));
    CHECK_FALSE(h.shows(h.state.catalog.items().front().nameZh));
}
