// The city and county green channel on screen (S5.2, S7.2, S5.1.3 (4)): the county
// window publishes its credential scheme on #/window/green-channel, the employer
// administrator applies for a talent on #/employer/credentials, the county window
// refuses with a reason and, on a second application, issues; the city window then
// recommends the credential holder for the card; the province window is offered no
// scheme of its own. Each control is pressed through ImGui's input, in zh and en, on
// a desk and a phone.
#include "../core/workflow_fixture.h"
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::commandOf;
using screens::runClicked;
using screens::ScreenHarness;

TEST_CASE("A county credential is published, applied for, refused, issued, and its holder recommended by the city",
          "[S5.2][S7.2][S5.1.3][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w;
    w.seed();
    w.addTalent("T3", "E1", 3);
    const Actor county = wf::window("370102"), city = wf::window("370100"), admin = wf::employerAdmin("E1");
    const auto Green = app::Screen::WindowGreenChannel;
    const auto Credentials = app::Screen::EmployerCredentials;

    ScreenHarness win(lang, size);
    win.work(w.state, w.ref, wf::d("2025-05-06"), county);
    win.draw(Green);
    REQUIRE(win.type(Green, win.state.tr("ui.green.name_hint"), "历下区人才卡"));
    REQUIRE(win.type(Green, win.state.tr("ui.green.requirements_hint"), "区认定人才"));
    REQUIRE(win.type(Green, win.state.tr("ui.green.procedure_hint"), "单位申报"));
    REQUIRE(win.type(Green, win.state.tr("ui.green.days_hint"), "0"));
    REQUIRE(win.type(Green, win.state.tr("ui.green.services_hint"), "区级体检"));
    REQUIRE(win.click(Green, win.commandLabel("PublishLocalCredentialScheme")));
    CHECK(commandOf(win.requests) == nullptr); // zero days: caught on the screen
    CHECK(win.showsWrappedText(win.state.tr("ui.green.need_days")));
    REQUIRE(win.type(Green, win.state.tr("ui.green.days_hint"), "5")); // "05"
    REQUIRE(win.click(Green, win.commandLabel("PublishLocalCredentialScheme")));
    runClicked(w, win, county, "2025-05-06");
    REQUIRE(w.state.localSchemes.size() == 1);
    const LocalScheme& scheme = w.state.localSchemes.begin()->second;
    CHECK(scheme.window == "370102");
    CHECK(scheme.timeLimitDays == 5);
    CHECK(scheme.items == std::vector<std::string>{"区级体检"});

    // The employer applies for its talent.
    ScreenHarness emp(lang, size);
    auto apply = [&](const char* on) {
        emp.work(w.state, w.ref, wf::d(on), admin);
        emp.draw(Credentials);
        REQUIRE(emp.click(Credentials, ui::format(emp.state.tr("ui.green.apply_for"), "name", ui::talentName(emp.state, "T3"))));
        runClicked(w, emp, admin, on);
    };
    apply("2025-05-07");
    emp.work(w.state, w.ref, wf::d("2025-05-07"), admin);
    emp.draw(Credentials);
    CHECK_FALSE(emp.shows(ui::format(emp.state.tr("ui.green.apply_for"), "name", ui::talentName(emp.state, "T3"))));

    // The county window refuses with a reason.
    win.work(w.state, w.ref, wf::d("2025-05-08"), county);
    win.draw(Green);
    REQUIRE(win.type(Green, win.state.tr("ui.green.reason_hint"), "材料不全"));
    REQUIRE(win.click(Green, win.commandLabel("RefuseLocalCredential")));
    runClicked(w, win, county, "2025-05-08");
    emp.work(w.state, w.ref, wf::d("2025-05-08"), admin);
    emp.draw(Credentials);
    CHECK(emp.showsWrappedText("材料不全"));
    // Applied again, and issued.
    apply("2025-05-09");
    win.work(w.state, w.ref, wf::d("2025-05-09"), county);
    win.draw(Green);
    CHECK(win.enabled(win.commandLabel("RefuseLocalCredential")));
    REQUIRE(win.click(Green, win.commandLabel("IssueLocalCredential")));
    runClicked(w, win, county, "2025-05-09");
    // The county window recommends no one: that is the city's.
    win.work(w.state, w.ref, wf::d("2025-05-09"), county);
    win.draw(Green);
    CHECK_FALSE(win.shows(win.commandLabel("RecommendForCard")));

    ScreenHarness jinan(lang, size);
    jinan.work(w.state, w.ref, wf::d("2025-05-10"), city);
    jinan.draw(Green);
    REQUIRE(jinan.type(Green, jinan.state.tr("ui.green.recommend_hint"), "纳入泉城绿色通道"));
    REQUIRE(jinan.click(Green, jinan.commandLabel("RecommendForCard")));
    runClicked(w, jinan, city, "2025-05-10");
    CHECK(w.state.recommendations.at("T3").note == "纳入泉城绿色通道");
    jinan.work(w.state, w.ref, wf::d("2025-05-10"), city);
    jinan.draw(Green);
    CHECK_FALSE(jinan.shows(jinan.commandLabel("RecommendForCard")));

    // The province window publishes no scheme of its own.
    ScreenHarness prov(lang, size);
    prov.work(w.state, w.ref, wf::d("2025-05-10"), wf::window("370000"));
    prov.draw(Green);
    CHECK_FALSE(prov.shows(prov.commandLabel("PublishLocalCredentialScheme")));
    CHECK(prov.showsWrappedText(prov.state.tr("ui.green.province_note")));
}
