// Liaison events and typical cases on screen (S6.1.1 (5), S8.3): the city window
// creates an event of an invitation item on #/window/liaison and invites a card
// holder of its area, the talent answers on #/talent, and a typical case the window
// publishes is read by the talent and the employer specialist — each control pressed
// through ImGui's input, in zh and en, on a desk and a phone.
#include "card_holder.h"
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::commandOf;
using screens::runClicked;
using screens::ScreenHarness;

TEST_CASE("A window's liaison event invites a card holder, who answers it on the talent's screen", "[S6.1.1][A28][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    w.addTalent("T5", "E1", 5); // no card: not offered
    const Actor city = wf::window("370100");
    const auto Liaison = app::Screen::WindowLiaison;

    ScreenHarness win(lang, size);
    win.work(w.state, w.ref, wf::d("2025-06-02"), city);
    win.draw(Liaison);
    CHECK_FALSE(win.shows(ui::itemName(win.state, "A2"))); // only invitation items are offered
    REQUIRE(win.type(Liaison, win.state.tr("ui.liaison.title_hint"), "产业环境考察"));
    REQUIRE(win.click(Liaison, ui::itemName(win.state, "A28")));
    REQUIRE(win.type(Liaison, win.state.tr("ui.liaison.date_hint"), "2025-07-01"));
    REQUIRE(win.click(Liaison, win.commandLabel("CreateLiaisonEvent")));
    runClicked(w, win, city, "2025-06-02");
    REQUIRE(w.state.events.size() == 1);
    const LiaisonEvent& ev = w.state.events.begin()->second;
    CHECK(ev.item == "A28");
    CHECK(ev.date == wf::d("2025-07-01"));

    win.work(w.state, w.ref, wf::d("2025-06-03"), city);
    win.draw(Liaison);
    const std::string inviteT1 = ui::format(win.state.tr("ui.liaison.invite"), "name", ui::talentName(win.state, "T1"));
    const std::string inviteT5 = ui::format(win.state.tr("ui.liaison.invite"), "name", ui::talentName(win.state, "T5"));
    CHECK_FALSE(win.shows(inviteT5));
    REQUIRE(win.click(Liaison, inviteT1));
    runClicked(w, win, city, "2025-06-03");
    win.work(w.state, w.ref, wf::d("2025-06-03"), city);
    win.draw(Liaison);
    CHECK_FALSE(win.shows(inviteT1)); // invited once
    CHECK(win.showsWrappedText(win.state.tr("ui.liaison.no_answer")));

    // The talent sees the invitation and answers it.
    const Actor t1 = wf::talent("T1");
    ScreenHarness tal(lang, size);
    tal.work(w.state, w.ref, wf::d("2025-06-04"), t1);
    tal.draw(app::Screen::Talent);
    CHECK(tal.showsWrappedText("产业环境考察"));
    REQUIRE(tal.type(app::Screen::Talent, tal.state.tr("ui.liaison.note_hint"), "两人"));
    REQUIRE(tal.click(app::Screen::Talent, tal.state.tr("ui.liaison.accept")));
    runClicked(w, tal, t1, "2025-06-04");
    const Invitation& inv = w.state.invitations.begin()->second;
    CHECK(inv.accepted);
    CHECK(inv.note == "两人");
    win.work(w.state, w.ref, wf::d("2025-06-04"), city);
    win.draw(Liaison);
    CHECK(win.showsWrappedText(std::string(win.state.tr("ui.liaison.accepted")) + " · 两人"));
    // After the event's day nothing can be answered any more.
    tal.work(w.state, w.ref, wf::d("2025-07-02"), t1);
    tal.draw(app::Screen::Talent);
    CHECK_FALSE(tal.shows(tal.state.tr("ui.liaison.decline")));
}

TEST_CASE("A typical case published by a window is read by talents and employer specialists", "[S8.3][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    const Actor county = wf::window("370102");
    ScreenHarness win(lang, size);
    win.work(w.state, w.ref, wf::d("2025-06-02"), county);
    win.draw(app::Screen::WindowLiaison);
    REQUIRE(win.click(app::Screen::WindowLiaison, win.commandLabel("PublishTypicalCase")));
    CHECK(commandOf(win.requests) == nullptr); // no title yet
    CHECK(win.showsWrappedText(win.state.tr("ui.case.need_text")));
    REQUIRE(win.type(app::Screen::WindowLiaison, win.state.tr("ui.case.title_hint"), "职称直通车"));
    REQUIRE(win.type(app::Screen::WindowLiaison, win.state.tr("ui.case.summary_hint"), "首次评审即获正高"));
    REQUIRE(win.click(app::Screen::WindowLiaison, win.commandLabel("PublishTypicalCase")));
    runClicked(w, win, county, "2025-06-02");
    for (const auto& [who, screen] : {std::pair{wf::talent("T1"), app::Screen::Talent},
                                      std::pair{wf::specialist("S1", "E1"), app::Screen::Specialist}}) {
        ScreenHarness h(lang, size);
        h.work(w.state, w.ref, wf::d("2025-06-03"), who);
        h.draw(screen);
        CHECK(h.showsWrappedText("职称直通车"));
        CHECK(h.showsWrappedText("首次评审即获正高"));
    }
}
