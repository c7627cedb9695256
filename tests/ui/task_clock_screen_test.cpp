// A department pauses and resumes its task's time limit on #/department, each time
// with a reason (this system's own policy): the form opens task by task, offers only
// what the core allows for the clock as it stands, and checks the reason first. In
// zh and en, on a desk and a phone.
#include "card_holder.h"
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::runClicked;
using screens::ScreenHarness;

TEST_CASE("A department pauses its task's time limit with a reason and resumes it", "[S7.4][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    w.ok(wf::specialist("S1", "E1"), FileServiceRequest{"R1", "T1", "A1", {"护照"}}, "2025-03-10");
    const Actor police = wf::department("sd_public_security");
    const auto Dept = app::Screen::Department;
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-03-11"), police);
    h.draw(Dept);
    REQUIRE(h.openRow(Dept, ui::taskRow(h.state, w.state.tasks.at("R1:sd_public_security"), false).title));
    CHECK_FALSE(h.shows(h.commandLabel("SuspendClock"))); // closed until opened
    REQUIRE(h.click(Dept, h.state.tr("ui.clock.toggle")));
    CHECK(h.showsWrappedText(h.state.tr("ui.clock.note")));
    CHECK_FALSE(h.shows(h.commandLabel("ResumeClock"))); // running: nothing to resume
    REQUIRE(h.click(Dept, h.commandLabel("SuspendClock")));
    CHECK(screens::commandOf(h.requests) == nullptr);
    CHECK(h.showsWrappedText(h.state.tr("ui.clock.need_reason")));
    REQUIRE(h.type(Dept, h.state.tr("ui.clock.reason_hint"), "等待补充材料"));
    REQUIRE(h.click(Dept, h.commandLabel("SuspendClock")));
    runClicked(w, h, police, "2025-03-11");
    CHECK(w.state.tasks.at("R1:sd_public_security").clock.suspended());

    h.work(w.state, w.ref, wf::d("2025-03-13"), police);
    h.draw(Dept);
    REQUIRE(h.click(Dept, h.state.tr("ui.clock.toggle")));
    CHECK_FALSE(h.shows(h.commandLabel("SuspendClock")));
    REQUIRE(h.type(Dept, h.state.tr("ui.clock.reason_hint"), "材料已补齐"));
    REQUIRE(h.click(Dept, h.commandLabel("ResumeClock")));
    runClicked(w, h, police, "2025-03-13");
    CHECK_FALSE(w.state.tasks.at("R1:sd_public_security").clock.suspended());
}
