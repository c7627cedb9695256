// This system's own policy on screen (#/admin/policy): the administrator reads each
// setting the standard does not give with its default, changes the card's validity
// with a reason, and reads who set it; the catalogue's default time limits link to
// their items. In zh and en, on a desk and a phone.
#include "card_holder.h"
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/text.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::runClicked;
using screens::ScreenHarness;

TEST_CASE("The administrator changes the card's validity, a policy of this system, with a reason", "[S5.1][S8.2.2][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    const auto Policy = app::Screen::AdminPolicy;
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-06-02"), wf::kAdmin);
    h.draw(Policy);
    CHECK(h.showsText(h.state.tr("ui.policy.card_validity_years.label")));
    CHECK(h.showsText(h.state.tr("ui.policy.conduct_bars_excellent.label")));
    CHECK(h.showsText(ui::format(h.state.tr("ui.policy.in_force"), "value", ui::format(h.state.tr("ui.policy.years"), "n", "5"))));
    const std::string hint = ui::format(ui::format(h.state.tr("ui.policy.value_hint"), "min", "1"), "max", "10");
    REQUIRE(h.type(Policy, hint, "3"));
    REQUIRE(h.click(Policy, h.commandLabel("SetPolicy")));
    CHECK(screens::commandOf(h.requests) == nullptr);
    CHECK(h.showsWrappedText(h.state.tr("ui.policy.need_reason")));
    REQUIRE(h.type(Policy, h.state.tr("ui.policy.reason_hint"), "试行三年"));
    REQUIRE(h.click(Policy, h.commandLabel("SetPolicy")));
    runClicked(w, h, wf::kAdmin, "2025-06-02");
    CHECK(w.state.policies.at("card_validity_years").value == 3);
    h.work(w.state, w.ref, wf::d("2025-06-03"), wf::kAdmin);
    h.draw(Policy);
    CHECK(h.showsText(ui::format(h.state.tr("ui.policy.in_force"), "value", ui::format(h.state.tr("ui.policy.years"), "n", "3"))));
    CHECK(h.showsText("试行三年"));
    // The default limits of the catalogue lead to their items.
    REQUIRE(h.click(Policy, "A1 " + std::string(lang == "en" ? w.ref.catalog.item("A1")->nameEn : w.ref.catalog.item("A1")->nameZh) +
                                " · " + ui::format(h.state.tr("ui.days.n"), "n", "7") + h.state.tr("ui.days.default_suffix")));
    bool toA1 = false;
    for (const auto& r : h.requests)
        if (const auto* n = std::get_if<app::Navigate>(&r)) toA1 = n->route.screen == app::Screen::Item && n->route.itemCode == "A1";
    CHECK(toA1);
}

TEST_CASE("Anyone but the administrator is kept off the policy settings", "[S5.1][ui]") {
    wf::World w = screens::cardHolder();
    ScreenHarness h("en");
    h.work(w.state, w.ref, wf::d("2025-06-02"), wf::window("370000"));
    h.draw(app::Screen::AdminPolicy);
    CHECK_FALSE(h.shows(h.commandLabel("SetPolicy")));
}
