// Problems and suggestions sent to the window (S6.2.4 (4), S6.2.1 (4)): the employer
// specialist sends one about a talent they serve from #/specialist, and reads it with
// the window that holds it; the talent sends their own from #/services. Each control
// pressed through ImGui's input, in zh and en, on a desk and a phone.
#include "card_holder.h"
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::runClicked;
using screens::ScreenHarness;

TEST_CASE("An employer specialist sends the window a problem about a talent they serve", "[S6.2.4][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    const Actor s1 = wf::specialist("S1", "E1");
    const auto Spec = app::Screen::Specialist;
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-06-02"), s1);
    h.draw(Spec);
    REQUIRE(h.click(Spec, ui::talentName(h.state, "T1")));
    REQUIRE(h.type(Spec, h.state.tr("ui.service.problem_hint"), "子女入学材料要求不一"));
    REQUIRE(h.click(Spec, h.state.tr("ui.service.send_problem")));
    runClicked(w, h, s1, "2025-06-02");
    REQUIRE(w.state.problems.size() == 1);
    const Problem& p = w.state.problems.begin()->second;
    CHECK(p.talent == "T1");
    CHECK(p.employer == "E1");
    CHECK(p.window == "370102");
    h.work(w.state, w.ref, wf::d("2025-06-03"), s1);
    h.draw(Spec);
    CHECK(h.showsWrappedText("子女入学材料要求不一"));
    CHECK(h.showsWrappedText(ui::format(h.state.tr("ui.timeline.window"), "region", ui::regionName(h.state, "370102"))));
}

TEST_CASE("A talent sends the window a suggestion of their own", "[S6.2.1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    wf::World w = screens::cardHolder();
    const Actor t1 = wf::talent("T1");
    const auto Services = app::Screen::Services;
    ScreenHarness h(lang);
    h.work(w.state, w.ref, wf::d("2025-06-02"), t1);
    h.draw(Services);
    CHECK_FALSE(h.showsText(h.state.tr("ui.service.problem_about"))); // about themself: no choice of talent
    REQUIRE(h.click(Services, h.state.tr("ui.service.suggestion")));
    REQUIRE(h.type(Services, h.state.tr("ui.service.problem_hint"), "希望增加线上预约"));
    REQUIRE(h.click(Services, h.state.tr("ui.service.send_problem")));
    runClicked(w, h, t1, "2025-06-02");
    REQUIRE(w.state.problems.size() == 1);
    CHECK(w.state.problems.begin()->second.kind == ProblemKind::Suggestion);
    CHECK(w.state.problems.begin()->second.talent == "T1");
}
