// The card application's timeline while it is back with the employer (S5.1, S7.1):
// the card's time limits are fixed, and the clock stops only while the application
// is returned for revision; the talent's and the specialist's timelines say so, with
// the working days that will be left, in zh and en on a desk and a phone.
#include "../core/workflow_fixture.h"
#include "screen_harness.h"
#include "core/deadline.h"
#include "ui/widgets/text.h"

#include <memory>

#include <catch2/catch.hpp>

using namespace huicai;
using screens::ScreenHarness;
using ui::format;

TEST_CASE("A returned application's timeline says the clock is stopped and how many working days will be left",
          "[S5.1.1][S7.1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w;
    w.directApplication("CA1", "2025-03-03", true);
    for (const char* win : {"370102", "370100"}) {
        w.ok(wf::window(win), ApproveAtWindow{"CA1", ""}, "2025-03-04");
        w.ok(wf::window(win), EscalateToUpperWindow{"CA1"}, "2025-03-04"); // at the province: the clock starts
    }
    auto show = [&](const Actor& who, app::Screen screen, const char* on) {
        auto h = std::make_unique<ScreenHarness>(lang, size);
        h->work(w.state, w.ref, wf::d(on), who);
        h->draw(screen);
        return h;
    };
    {
        const auto h = show(wf::talent("T1"), app::Screen::Talent, "2025-03-06");
        CHECK_FALSE(h->showsWrappedText(format(h->state.tr("ui.timeline.clock_paused"), "n", "5"))); // running
    }
    w.ok(wf::window("370000"), ReturnForRevision{"CA1", {"材料不全"}}, "2025-03-06");
    const Clock& clock = w.state.cardApplications.at("CA1").clock;
    REQUIRE(clock.suspended());
    const auto left = workingDaysLeft(clock, wf::d("2025-03-20"), w.ref.calendar);
    REQUIRE(left.ok());
    REQUIRE(left->has_value());
    CHECK(**left == 5); // Thu 6 March: 7, 10, 11, 12, 13 March were left of the seven
    for (const auto& [who, screen] : {std::pair{wf::talent("T1"), app::Screen::Talent},
                                      std::pair{wf::specialist("S1", "E1"), app::Screen::Specialist}}) {
        const auto h = show(who, screen, "2025-03-20"); // two weeks later: still five
        CHECK(h->showsWrappedText(format(h->state.tr("ui.timeline.clock_paused"), "n", "5")));
        CHECK_FALSE(h->showsWrappedText(h->state.tr("ui.timeline.clock_not_started")));
    }
}

TEST_CASE("The timeline says who did each step: the window's staff with their window, the specialist by name", "[S7.1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    INFO(lang);
    wf::World w;
    w.directApplication("CA1", "2025-03-03", true);
    w.ok(wf::window("370102"), ApproveAtWindow{"CA1", ""}, "2025-03-04");
    ScreenHarness h(lang, screens::kDesk);
    h.work(w.state, w.ref, wf::d("2025-03-05"), wf::talent("T1"));
    h.draw(app::Screen::Talent);
    // The window by its region's name in the reader's language (assets/regions.json).
    const std::string window = format(h.state.tr("ui.timeline.window"), "region", lang == "en" ? "Lixia District" : "历下区");
    const std::string approved = h.state.tr("workflow.command.ApproveAtWindow");
    // "2025-03-04  历下区服务窗口 窗口专员 审核通过 → …"
    CHECK(h.showsWrappedText("2025-03-04  " + window + " 窗口专员 " + approved + " → " +
                             h.state.tr("workflow.card_state.approved_at_window")));
    CHECK(h.showsText(std::string("王专员 ") + h.state.tr("workflow.command.CompleteApplication")));
}
