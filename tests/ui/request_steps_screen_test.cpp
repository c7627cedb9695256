// A service request through its states (S7.4), drawn natively on the screen of each
// party: the area's window dispatches it to the competent departments, the employer
// specialist informs the talent of the results, the talent rates the service; each
// sees its control exactly in the state where the standard gives it that step.
#include "card_holder.h"
#include "screen_harness.h"

#include <catch2/catch.hpp>

#include <set>

using namespace huicai;
using screens::ScreenHarness;

namespace {

using Steps = std::set<std::string>;

// The request steps `actor` is shown on `screen`.
Steps stepsOn(const wf::World& w, const Actor& actor, app::Screen screen, const std::string& lang, ImVec2 size) {
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-04-10"), actor);
    h.draw(screen);
    Steps out;
    for (const char* c : {"DispatchToDepartments", "InformTalent", "RateService"})
        if (h.enabled(h.commandLabel(c))) out.insert(c);
    return out;
}

} // namespace

TEST_CASE("A service request shows each party its step, state by state: dispatch, inform, rate", "[S7.4][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    const Actor county = wf::window("370102"), city = wf::window("370100"), s1 = wf::specialist("S1", "E1"),
                t1 = wf::talent("T1");
    const auto seen = [&] {
        return std::vector<Steps>{stepsOn(w, county, app::Screen::WindowServices, lang, size),
                                  stepsOn(w, city, app::Screen::WindowServices, lang, size),
                                  stepsOn(w, s1, app::Screen::SpecialistServices, lang, size),
                                  stepsOn(w, t1, app::Screen::Services, lang, size)};
    };
    // A2, residence permit: two competent departments, so the county window dispatches it.
    w.ok(s1, FileServiceRequest{"R2", "T1", "A2", {"材料"}}, "2025-04-07");
    REQUIRE(w.state.requests.at("R2").state == RequestState::WithWindow);
    CHECK(seen() == std::vector<Steps>{{"DispatchToDepartments"}, {}, {}, {}});

    w.ok(county, DispatchToDepartments{"R2", {}}, "2025-04-08");
    REQUIRE(w.state.requests.at("R2").state == RequestState::InProgress);
    CHECK(seen() == std::vector<Steps>{{}, {}, {}, {}});

    for (const auto& [dep, agency] : std::vector<std::pair<const char*, const char*>>{{"sd_public_security", "sd_exit_entry"}, {"sd_science_tech", "sd_foreign_work_permit"}}) {
        w.ok(wf::department(dep), AssignToAgency{"R2", dep, agency}, "2025-04-08");
        w.ok(wf::agency(agency), CompleteHandling{"R2", dep, "已办结", true}, "2025-04-09");
        w.ok(wf::department(dep), ReportResult{"R2", dep}, "2025-04-09");
    }
    REQUIRE(w.state.requests.at("R2").state == RequestState::ResultsReported);
    CHECK(seen() == std::vector<Steps>{{}, {}, {"InformTalent"}, {}});

    w.ok(s1, InformTalent{"R2", "已电话告知"}, "2025-04-10");
    REQUIRE(w.state.requests.at("R2").state == RequestState::TalentInformed);
    CHECK(seen() == std::vector<Steps>{{}, {}, {}, {"RateService"}});

    w.ok(t1, RateService{"R2", 5, "满意"}, "2025-04-10");
    REQUIRE(w.state.requests.at("R2").state == RequestState::Rated);
    CHECK(seen() == std::vector<Steps>{{}, {}, {}, {}});
}
