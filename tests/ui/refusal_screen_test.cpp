// A refused command's reason is drawn next to the control that sent it, inside that
// control's card, and what was typed stays (the talent's application form, S5.1): in
// zh and en, on a desk and a phone.
#include "../core/workflow_fixture.h"
#include "screen_harness.h"
#include "ui/widgets/text.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace huicai;
using screens::ScreenHarness;

TEST_CASE("A refusal of the talent's application shows under its submit button, in its card", "[S5.1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-03-03"), wf::talent("T1"));
    h.draw(app::Screen::Talent);
    const std::string label = h.commandLabel("SubmitCardApplication");
    const ui::WidgetRecord* submit = h.control(label);
    REQUIRE(submit);

    // As the app does when the core refuses the command that button sent.
    h.state.work.error = "ui.demo.read_only";
    h.state.work.errorAt = submit->id;
    h.draw(app::Screen::Talent);
    const std::string reason = ui::format(h.state.tr("ui.demo.rejected"), "reason", h.state.tr("ui.demo.read_only"));
    submit = h.control(label);
    REQUIRE(submit);
    int lines = 0;
    for (const auto& t : nlohmann::json::parse(h.laidOut())) {
        const std::string text = t["text"];
        if (text.size() < 6 || reason.rfind(text, 0) != 0) continue;
        ++lines;
        CHECK(t["y"].get<float>() > submit->y);                   // under the button
        CHECK(t["y"].get<float>() < submit->y + submit->h + 120); // next to it
    }
    CHECK(lines == 1); // and not at the top of the screen as well
    CHECK(h.state.work.errorAt == submit->id);
}
