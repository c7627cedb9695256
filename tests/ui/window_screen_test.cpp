// The window's review queue (#/window) drawn natively: for each state of a card
// application on its way through the windows, the controls the acting window is shown
// are exactly the steps the standard gives that window at that point (S7.1 (4)-(6)),
// ready ones enabled; on a desk in Chinese and on a phone in English.
#include "../core/workflow_fixture.h"
#include "screen_harness.h"

#include <catch2/catch.hpp>

#include <set>

using namespace huicai;
using screens::ScreenHarness;

namespace {

// Every card step the window's queue can draw a control for.
const std::vector<std::string> kWindowSteps = {"ApproveAtWindow", "EscalateToUpperWindow", "ConfirmContract",
                                               "ReferToExpertPanel", "IssueCard", "ReturnForRevision",
                                               "RejectApplication"};

// The steps whose controls `h` shows for the selected application, and which of them are enabled.
std::set<std::string> shownSteps(const ScreenHarness& h, bool enabledOnly = false) {
    std::set<std::string> out;
    for (const auto& c : kWindowSteps)
        if (enabledOnly ? h.enabled(h.commandLabel(c)) : h.shows(h.commandLabel(c))) out.insert(c);
    return out;
}

std::set<std::string> windowSees(const wf::World& w, const std::string& region, const std::string& appId,
                                 const std::string& lang = "zh-CN", ImVec2 size = screens::kDesk) {
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-03-03"), wf::window(region));
    h.state.work.queueSelected = appId;
    h.draw(app::Screen::Window);
    INFO("window " << region << " on " << appId);
    CHECK(shownSteps(h) == shownSteps(h, true)); // nothing here waits on another step
    return shownSteps(h);
}

} // namespace

TEST_CASE("The window queue shows each window the steps the standard gives it, state by state", "[S7.1][ui]") {
    wf::World w;
    w.directApplication("CA1", "2025-03-03", true); // at Lixia district's window (370102)
    using Steps = std::set<std::string>;

    SECTION("under review at the county window: approve, return or reject") {
        CHECK(windowSees(w, "370102", "CA1") == Steps{"ApproveAtWindow", "ReturnForRevision", "RejectApplication"});
        CHECK(windowSees(w, "370100", "CA1").empty()); // the city window does not hold it yet
    }
    SECTION("approved at the county window: escalate to the city") {
        w.ok(wf::window("370102"), ApproveAtWindow{"CA1", ""}, "2025-03-03");
        CHECK(windowSees(w, "370102", "CA1") == Steps{"EscalateToUpperWindow"});
    }
    SECTION("escalated: the city window reviews, the county window has nothing left to do") {
        w.ok(wf::window("370102"), ApproveAtWindow{"CA1", ""}, "2025-03-03");
        w.ok(wf::window("370102"), EscalateToUpperWindow{"CA1"}, "2025-03-03");
        CHECK(windowSees(w, "370102", "CA1").empty());
        CHECK(windowSees(w, "370100", "CA1") == Steps{"ApproveAtWindow", "ReturnForRevision", "RejectApplication"});
    }
    SECTION("at the province: issue, return or reject") {
        for (const char* win : {"370102", "370100"}) {
            w.ok(wf::window(win), ApproveAtWindow{"CA1", ""}, "2025-03-03");
            w.ok(wf::window(win), EscalateToUpperWindow{"CA1"}, "2025-03-03");
        }
        REQUIRE(w.app("CA1").state == CardState::AtProvince);
        CHECK(windowSees(w, "370000", "CA1") == Steps{"IssueCard", "ReturnForRevision", "RejectApplication"});
        // The same on a phone in English.
        CHECK(windowSees(w, "370000", "CA1", "en", screens::kPhone) ==
              Steps{"IssueCard", "ReturnForRevision", "RejectApplication"});
    }
    SECTION("returned for revision: nothing for the window until the employer resubmits") {
        w.ok(wf::window("370102"), ReturnForRevision{"CA1", {"材料不全"}}, "2025-03-03");
        CHECK(windowSees(w, "370102", "CA1").empty());
    }
}
