// Catalogue adjustments on screen (S8.3 (1)): the province window adjusts an item on
// its page (#/catalog/A2) — a new time limit with the reason — and everyone then reads
// the item in force with the adjustment's version, date and reason; a city window
// gets no form. A limit the standard does not give says it is this system's default.
// Each control pressed through ImGui's input, in zh and en, on a desk and a phone.
#include "card_holder.h"
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/item_facts.h"
#include "ui/widgets/text.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::runClicked;
using screens::ScreenHarness;

TEST_CASE("The province window adjusts an item's time limit on its page and a talent reads the item in force", "[S8.3][A2][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    const Actor province = wf::window("370000");
    const auto Item = app::Screen::Item;

    ScreenHarness city(lang, size);
    city.work(w.state, w.ref, wf::d("2025-06-02"), wf::window("370100"));
    city.state.route.itemCode = "A2";
    city.draw(Item);
    CHECK_FALSE(city.shows(city.commandLabel("AdjustCatalogItem")));

    ScreenHarness prov(lang, size);
    prov.work(w.state, w.ref, wf::d("2025-06-02"), province);
    prov.state.route.itemCode = "A2";
    prov.draw(Item);
    REQUIRE(prov.shows(prov.commandLabel("AdjustCatalogItem")));
    // The form's own checks come first.
    REQUIRE(prov.click(Item, prov.commandLabel("AdjustCatalogItem")));
    CHECK(screens::commandOf(prov.requests) == nullptr);
    CHECK(prov.showsWrappedText(prov.state.tr("ui.adjust.need_change")));
    REQUIRE(prov.type(Item, prov.state.tr("ui.adjust.days_hint"), "10"));
    REQUIRE(prov.click(Item, prov.commandLabel("AdjustCatalogItem")));
    CHECK(prov.showsWrappedText(prov.state.tr("ui.adjust.need_reason")));
    REQUIRE(prov.type(Item, prov.state.tr("ui.adjust.reason_hint"), "评估结果：办理提速"));
    REQUIRE(prov.click(Item, prov.commandLabel("AdjustCatalogItem")));
    runClicked(w, prov, province, "2025-06-02");
    REQUIRE(w.state.adjustments.count("A2:1"));
    CHECK(w.state.adjustments.at("A2:1").days == 10);

    // A talent reads the item in force, with where the change comes from.
    ScreenHarness tal(lang, size);
    tal.work(w.state, w.ref, wf::d("2025-06-03"), wf::talent("T1"));
    tal.state.route.itemCode = "A2";
    tal.draw(Item);
    CHECK(tal.showsWrappedText(ui::format(tal.state.tr("ui.days.n"), "n", "10")));
    CHECK(tal.showsWrappedText(ui::format(ui::format(tal.state.tr("ui.adjust.version"), "n", "1"), "date", "2025-06-02") + " · " +
                               ui::format(tal.state.tr("ui.adjust.changed_days"), "n", "10")));
    CHECK(tal.showsWrappedText(ui::format(tal.state.tr("ui.adjust.reason_line"), "reason", "评估结果：办理提速")));
    CHECK_FALSE(tal.shows(tal.commandLabel("AdjustCatalogItem")));
}

TEST_CASE("A time limit the standard does not give is shown as this system's default", "[S8.3][A1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    wf::World w = screens::cardHolder();
    ScreenHarness h(lang);
    h.work(w.state, w.ref, wf::d("2025-06-02"), wf::talent("T1"));
    h.state.route.itemCode = "A1";
    h.draw(app::Screen::Item);
    CHECK(h.showsWrappedText(h.state.tr("ui.item.default_note")));
    // Once the province sets it, it is the province's figure, no longer a default.
    w.ok(wf::window("370000"), AdjustCatalogItem{"A1", "", 5, "", "", "省窗口确定"}, "2025-06-02");
    h.work(w.state, w.ref, wf::d("2025-06-02"), wf::talent("T1"));
    h.draw(app::Screen::Item);
    CHECK_FALSE(h.showsWrappedText(h.state.tr("ui.item.default_note")));
    h.state.route.itemCode = "A13"; // served on the spot: no limit to default
    h.draw(app::Screen::Item);
    CHECK_FALSE(h.showsWrappedText(h.state.tr("ui.item.default_note")));
}
