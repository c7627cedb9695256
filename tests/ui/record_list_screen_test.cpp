// Staff queues read at a glance (ui/widgets/record_list.h): on a desk the selected
// record sits beside its list (the most urgent until another row is clicked); on a
// phone a row opens the record as a page of its own, without the list, and a back
// button returns to the list. Drawn natively on the window's queue (S7.1) and the
// employer's talents (S6.1.4), in zh and en.
#include "../core/workflow_fixture.h"
#include "screen_harness.h"
#include "ui/widgets/text.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace huicai;
using screens::ScreenHarness;

namespace {

// E1 with T1, whose specialist is S1, and T2 without one.
wf::World employerWorld() {
    wf::World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.addTalent("T2", "E1", 2);
    w.ok(wf::employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-01-06");
    return w;
}

std::string assignLabel(const ScreenHarness& h, const char* name) {
    return ui::format(h.state.tr("ui.employer.assign_to"), "name", name);
}

} // namespace

TEST_CASE("On a desk the window's selected application sits beside the queue", "[S7.1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    INFO(lang);
    wf::World w;
    w.directApplication("CA1", "2025-03-03", true);
    ScreenHarness h(lang, screens::kDesk);
    h.work(w.state, w.ref, wf::d("2025-03-03"), wf::window("370102"));
    h.draw(app::Screen::Window);
    // Nothing clicked: the only (most urgent) row is the one shown.
    CHECK(h.state.work.queueSelected == "CA1");
    const ui::WidgetRecord* row = h.control("张三T1 · CA1");
    const ui::WidgetRecord* approve = h.control(h.commandLabel("ApproveAtWindow"));
    REQUIRE(row);
    REQUIRE(approve);
    CHECK(approve->x >= row->x + row->w); // beside the list, not under it
    CHECK(approve->y < row->y + 400);     // and level with it
    CHECK_FALSE(h.shows(h.state.tr("ui.list.back")));
}

TEST_CASE("On a phone a row opens the record as a page of its own and the back button returns to the list", "[S6.1.4][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    INFO(lang);
    wf::World w = employerWorld();
    ScreenHarness h(lang, screens::kPhone);
    h.work(w.state, w.ref, wf::d("2025-03-03"), wf::employerAdmin("E1"));
    h.draw(app::Screen::Employer);
    // The list: both talents, the one without a specialist first; no record open.
    const ui::WidgetRecord* t1 = h.control("张三T1");
    const ui::WidgetRecord* t2 = h.control("张三T2");
    REQUIRE(t1);
    REQUIRE(t2);
    CHECK(t2->y < t1->y);
    CHECK(h.showsText(h.state.tr("ui.employer.no_specialist")));
    CHECK_FALSE(h.shows(assignLabel(h, "王专员")));
    CHECK(h.shows(h.state.tr("ui.employer.filter_hint")));

    REQUIRE(h.click(app::Screen::Employer, "张三T2"));
    h.draw(app::Screen::Employer);
    CHECK(h.state.work.fields["selected-employer"] == "T2");
    CHECK(h.enabled(assignLabel(h, "王专员")));
    CHECK(h.enabled(assignLabel(h, "李专员")));
    CHECK(h.shows(h.state.tr("ui.list.back")));
    CHECK_FALSE(h.shows("张三T1")); // the list is gone
    CHECK_FALSE(h.shows(h.state.tr("ui.employer.filter_hint")));

    REQUIRE(h.click(app::Screen::Employer, h.state.tr("ui.list.back")));
    h.draw(app::Screen::Employer);
    CHECK(h.state.work.fields["selected-employer"].empty());
    CHECK(h.shows("张三T1"));
    CHECK(h.shows("张三T2"));
    CHECK_FALSE(h.shows(assignLabel(h, "王专员")));
}

TEST_CASE("On a desk a click on another row shows that record beside the list", "[S6.1.4][ui]") {
    wf::World w = employerWorld();
    ScreenHarness h("zh-CN", screens::kDesk);
    h.work(w.state, w.ref, wf::d("2025-03-03"), wf::employerAdmin("E1"));
    h.draw(app::Screen::Employer);
    // T2 has no specialist: it is first, and shown; both specialists may be assigned.
    CHECK(h.state.work.fields["selected-employer"] == "T2");
    CHECK(h.enabled(assignLabel(h, "王专员")));
    CHECK(h.enabled(assignLabel(h, "李专员")));
    REQUIRE(h.click(app::Screen::Employer, "张三T1"));
    h.draw(app::Screen::Employer);
    CHECK(h.state.work.fields["selected-employer"] == "T1");
    // T1's specialist is 王专员: only the other one is offered, and the list stays.
    CHECK_FALSE(h.shows(assignLabel(h, "王专员")));
    CHECK(h.enabled(assignLabel(h, "李专员")));
    CHECK(h.shows("张三T2"));
}

TEST_CASE("A refused command's reason shows under the record's controls, not at the top of the screen", "[S7.1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w;
    w.directApplication("CA1", "2025-03-03", true);
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-03-03"), wf::window("370102"));
    h.state.work.queueSelected = "CA1";
    h.draw(app::Screen::Window);
    const std::string label = h.commandLabel("ReturnForRevision");
    const ui::WidgetRecord* pressed = h.control(label);
    REQUIRE(pressed);
    const ImGuiID button = pressed->id;
    REQUIRE(h.click(app::Screen::Window, label));
    const app::RunCommand* sent = nullptr;
    for (const auto& r : h.requests)
        if (const auto* run = std::get_if<app::RunCommand>(&r)) sent = run;
    REQUIRE(sent);
    CHECK(sent->origin == button); // the request knows which control sent it

    // As the app does when the core refuses it.
    h.state.work.error = "ui.demo.read_only";
    h.state.work.errorAt = sent->origin;
    h.draw(app::Screen::Window);
    const std::string reason = ui::format(h.state.tr("ui.demo.rejected"), "reason", h.state.tr("ui.demo.read_only"));
    const ui::WidgetRecord* again = h.control(label);
    REQUIRE(again);
    // Every line of the reason drawn lies under the controls, close to them.
    const auto laidOut = nlohmann::json::parse(h.laidOut());
    int lines = 0;
    for (const auto& t : laidOut) {
        const std::string text = t["text"];
        if (text.size() < 6 || reason.rfind(text, 0) != 0) continue;
        ++lines;
        CHECK(t["y"].get<float>() > again->y);
        CHECK(t["y"].get<float>() < again->y + again->h + 200);
    }
    CHECK(lines == 1);
    CHECK(h.state.work.errorAt == button);

    // A refusal whose control is gone (another record selected) falls back to the top.
    h.state.work.errorAt = 12345;
    h.draw(app::Screen::Window);
    CHECK(h.state.work.errorAt == 0);
    h.draw(app::Screen::Window);
    CHECK(h.showsWrappedText(reason));
}
