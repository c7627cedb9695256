// The cards of a window's area on #/window/cards (S5.1, S7.1): the province window
// finds a card by its holder, revokes it with a reason (the button waits for one) and
// reads it as revoked with the day and reason; a window of another area does not see
// it. Each control pressed through ImGui's input, in zh and en, on a desk and a phone.
#include "card_holder.h"
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::runClicked;
using screens::ScreenHarness;

TEST_CASE("The province window revokes a card of its area with a reason", "[S7.1][S5.1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    const std::string number = w.state.cards.begin()->first;
    const auto Cards = app::Screen::WindowCards;

    ScreenHarness qingdao(lang, size);
    qingdao.work(w.state, w.ref, wf::d("2025-06-02"), wf::window("370200"));
    qingdao.draw(Cards);
    CHECK_FALSE(qingdao.showsText(number));
    CHECK(qingdao.showsWrappedText(qingdao.state.tr("ui.cards.none")));

    const Actor province = wf::window("370000");
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-06-02"), province);
    h.draw(Cards);
    CHECK(h.showsText(number));
    CHECK(h.showsText(ui::format(h.state.tr("ui.cards.valid_until"), "date", w.state.cards.at(number).validUntil.iso())));
    REQUIRE(h.shows(h.commandLabel("RevokeCard")));
    CHECK_FALSE(h.enabled(h.commandLabel("RevokeCard"))); // a reason first
    REQUIRE(h.type(Cards, h.state.tr("ui.cards.reason_hint"), "材料不实"));
    REQUIRE(h.click(Cards, h.commandLabel("RevokeCard")));
    runClicked(w, h, province, "2025-06-02");
    CHECK(w.state.cards.at(number).status == CardStatus::Revoked);
    h.work(w.state, w.ref, wf::d("2025-06-03"), province);
    h.draw(Cards);
    CHECK(h.showsWrappedText(ui::format(ui::format(ui::format(h.state.tr("ui.cards.revoked_line"), "date", "2025-06-02"), "window",
                                                   ui::regionName(h.state, "370000")),
                                        "reason", "材料不实")));
    CHECK_FALSE(h.shows(h.commandLabel("RevokeCard")));
}
