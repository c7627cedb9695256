// A unit grades its own specialists on #/grading (S8.2): a district window sets its
// yearly plan and grades its other window specialist, citing a day-to-day record (a
// training the city window recorded, S6.1.1 (2)), and is offered no Grade button for
// itself; the city window records that training on #/window/training, and the trained
// specialist reads it on their own screen. Each control pressed through ImGui's
// input, in zh and en, on a desk and a phone.
#include "card_holder.h"
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::runClicked;
using screens::ScreenHarness;

TEST_CASE("A city window records a training, a district window grades its colleague citing it, never itself", "[S8.2.1][S8.2.2][S6.1.1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    w.ok(wf::kAdmin, RegisterSpecialist{"W-370102b", "窗口专员乙", Role::WindowSpecialist, "370102"}, "2025-01-06");
    const Actor city = wf::window("370100"), lixia = wf::window("370102");

    // The city window records the training of the district's second specialist.
    const auto Training = app::Screen::WindowTraining;
    ScreenHarness cw(lang, size);
    cw.work(w.state, w.ref, wf::d("2025-06-10"), city);
    cw.draw(Training);
    CHECK_FALSE(cw.shows(ui::staffName(cw.state, "S4") + "")); // Qingdao's: not of the area
    REQUIRE(cw.type(Training, cw.state.tr("ui.training.title_hint"), "履职能力培训"));
    REQUIRE(cw.type(Training, cw.state.tr("ui.training.date_hint"), "2025-06-09"));
    REQUIRE(cw.click(Training, cw.commandLabel("RecordTraining")));
    CHECK(cw.showsWrappedText(cw.state.tr("ui.training.need_specialists")));
    REQUIRE(cw.type(Training, cw.state.tr("ui.training.filter_hint"), "窗口专员乙"));
    REQUIRE(cw.click(Training, "窗口专员乙"));
    REQUIRE(cw.click(Training, cw.commandLabel("RecordTraining")));
    runClicked(w, cw, city, "2025-06-10");
    REQUIRE(w.state.trainings.size() == 1);
    CHECK(w.state.trainings.begin()->second.specialists == std::vector<std::string>{"W-370102b"});

    // The district window: its plan, then its colleague — not itself.
    const auto Grading = app::Screen::UnitGrading;
    ScreenHarness lw(lang, size);
    lw.work(w.state, w.ref, wf::d("2025-12-20"), lixia);
    lw.draw(Grading);
    const std::string gradeButton = lw.state.tr("ui.grading.grade_button");
    CHECK_FALSE(lw.shows(gradeButton)); // no plan yet: nobody can be graded
    REQUIRE(lw.type(Grading, lw.state.tr("ui.grading.plan_hint"), "区窗口年度方案"));
    REQUIRE(lw.click(Grading, lw.state.tr("ui.grading.plan_save")));
    runClicked(w, lw, lixia, "2025-12-20");
    lw.work(w.state, w.ref, wf::d("2025-12-20"), lixia);
    lw.draw(Grading);
    CHECK(lw.showsText(lw.state.tr("ui.grading.not_self")));
    int buttons = 0;
    for (const auto& r : lw.records())
        if (r.visible && r.label == gradeButton) ++buttons;
    CHECK(buttons == 1); // the colleague's only
    REQUIRE(lw.click(Grading, gradeButton));
    const std::string training = ui::format(
        ui::format(ui::format(lw.state.tr("ui.grading.record_training"), "date", "2025-06-09"), "title", "履职能力培训"), "window",
        ui::regionName(lw.state, "370100"));
    CHECK(lw.showsWrappedText(training));
    REQUIRE(lw.click(Grading, lw.state.tr("ui.grading.cite")));
    REQUIRE(lw.click(Grading, lw.state.tr("ui.grading.submit")));
    runClicked(w, lw, lixia, "2025-12-20");
    const SpecialistGrade& g = w.state.grades.at("W-370102b:2025");
    CHECK(g.unit == "370102");
    REQUIRE(g.evidence.size() == 1);
    CHECK(g.evidence.front().kind == EvidenceKind::DailyRecord);
    CHECK(g.evidence.front().text == training);
}

TEST_CASE("An employer specialist reads the trainings they attended on their own screen", "[S6.1.1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    wf::World w = screens::cardHolder();
    w.ok(wf::window("370000"), RecordTraining{"TR1", "专员业务培训", wf::d("2025-06-09"), {"S1"}}, "2025-06-10");
    ScreenHarness h(lang);
    h.work(w.state, w.ref, wf::d("2025-06-11"), wf::specialist("S1", "E1"));
    h.draw(app::Screen::Specialist);
    CHECK(h.showsText(h.state.tr("ui.training.attended_title")));
    CHECK(h.showsText("专员业务培训"));
    ScreenHarness other(lang);
    other.work(w.state, w.ref, wf::d("2025-06-11"), wf::specialist("S1b", "E1"));
    other.draw(app::Screen::Specialist);
    CHECK_FALSE(other.showsText("专员业务培训"));
}
