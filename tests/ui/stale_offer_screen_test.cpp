// A screen whose record changes under it (a pull, another window's step): the next
// frame draws the new offers, a command built from the old ones is refused by the
// core with a reason in the user's language, and what the user typed is kept.
#include "../core/workflow_fixture.h"
#include "screen_harness.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::ScreenHarness;

TEST_CASE("A stale review screen: the next frame shows the new offers, the stale command is refused in words, the typed reason stays", "[S7.1][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w;
    w.directApplication("CA1", "2025-03-03", true); // under review at Lixia district's window (370102)
    const Actor county = wf::window("370102");

    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-03-03"), county);
    h.state.work.queueSelected = "CA1";
    h.draw(app::Screen::Window);
    REQUIRE(h.enabled(h.commandLabel("ReturnForRevision")));
    REQUIRE_FALSE(h.shows(h.commandLabel("EscalateToUpperWindow")));
    // The user types a reason to return the application...
    h.state.work.reasons["CA1"] = "材料不全 / papers missing";
    const Payload stale = ReturnForRevision{"CA1", {h.state.work.reasons["CA1"]}};

    // ...while a colleague at the same window approves it, and a pull brings that in.
    w.ok(county, ApproveAtWindow{"CA1", ""}, "2025-03-03");
    h.state.work.state = w.state;
    ++h.state.work.version;
    h.draw(app::Screen::Window);
    CHECK_FALSE(h.shows(h.commandLabel("ReturnForRevision")));
    CHECK_FALSE(h.shows(h.commandLabel("RejectApplication")));
    CHECK(h.enabled(h.commandLabel("EscalateToUpperWindow")));

    // The command the old screen would have sent: the core refuses it and changes nothing.
    const State before = w.state;
    auto refused = w.run(county, stale, "2025-03-03");
    REQUIRE_FALSE(refused.ok());
    CHECK(w.state == before);
    const std::string& key = refused.error().key;
    const std::string words = h.state.tr(key);
    CHECK(words != key); // the reason has text in this language

    // The screen says why, in the user's language, and the typed reason is still there.
    h.state.work.error = key;
    h.state.work.errorDetail = refused.error().detail;
    h.draw(app::Screen::Window);
    CHECK(h.showsWrappedText(words.substr(0, words.find("{detail}"))));
    CHECK(h.state.work.reasons["CA1"] == "材料不全 / papers missing");
}
