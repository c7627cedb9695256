// The card application's first steps drawn natively: the talent's own screen
// (#/talent) offers the application form only while the core would take a new
// application (none open, no valid card; S7.1 (1)) and the card once issued; the
// employer specialist's talents (#/specialist) show each open application with the
// step the specialist may take now (S7.1 (2)-(3)).
#include "../core/workflow_fixture.h"
#include "screen_harness.h"

#include <catch2/catch.hpp>

#include <set>

using namespace huicai;
using screens::ScreenHarness;

using wf::kS1;

namespace {

bool talentSeesForm(const wf::World& w, const char* on, const std::string& lang = "zh-CN", ImVec2 size = screens::kDesk) {
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d(on), wf::talent("T1"));
    h.draw(app::Screen::Talent);
    return h.enabled(h.commandLabel("SubmitCardApplication"));
}

bool talentSeesCardLink(const wf::World& w, const char* on) {
    ScreenHarness h;
    h.work(w.state, w.ref, wf::d(on), wf::talent("T1"));
    h.draw(app::Screen::Talent);
    return h.shows(h.state.tr("ui.talent.view_card"));
}

// The specialist's steps shown for the open applications: "Command" when enabled,
// "Command?" when drawn greyed (waiting on another step).
std::set<std::string> specialistSees(const wf::World& w, const char* on, const std::string& lang = "zh-CN",
                                     ImVec2 size = screens::kDesk) {
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d(on), kS1);
    h.draw(app::Screen::Specialist);
    std::set<std::string> out;
    for (const char* c : {"CompleteApplication", "SubmitToWindow", "Resubmit"})
        if (h.shows(h.commandLabel(c))) out.insert(h.enabled(h.commandLabel(c)) ? c : std::string(c) + "?");
    return out;
}

using Set = std::set<std::string>;

} // namespace

TEST_CASE("The talent's screen offers a new application only while the core would take one", "[S7.1][ui]") {
    wf::World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.ok(wf::employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-01-06");
    CHECK(talentSeesForm(w, "2025-03-03"));
    CHECK(talentSeesForm(w, "2025-03-03", "en", screens::kPhone));
    w.ok(wf::talent("T1"), SubmitCardApplication{"CA1", CardClass::DirectIssue, "direct.1", {{"selection_notice", "入选通知"}}},
         "2025-03-03");
    CHECK_FALSE(talentSeesForm(w, "2025-03-03")); // one open application at a time
    w.ok(kS1, CompleteApplication{"CA1", {{"employer_nomination", "推荐函"}}}, "2025-03-03");
    w.ok(kS1, SubmitToWindow{"CA1"}, "2025-03-03");
    w.ok(wf::window("370102"), RejectApplication{"CA1", {"材料不实"}}, "2025-03-04");
    CHECK(talentSeesForm(w, "2025-03-04")); // rejected: may apply again
    CHECK_FALSE(talentSeesCardLink(w, "2025-03-04"));
    w.issueCard("T1", "E1", "S1", "CA2", "2025-03-05");
    CHECK_FALSE(talentSeesForm(w, "2025-03-05")); // holds a valid card
    CHECK(talentSeesCardLink(w, "2025-03-05"));
}

TEST_CASE("The employer specialist's talents show the step the specialist may take on each open application", "[S7.1][ui]") {
    wf::World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.ok(wf::employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-01-06");
    w.ok(wf::talent("T1"), SubmitCardApplication{"CA1", CardClass::DirectIssue, "direct.1", {}}, "2025-03-03");
    // Completing it comes first, waiting for the documents of the basis; it cannot go
    // to the window before.
    CHECK(specialistSees(w, "2025-03-03") == Set{"CompleteApplication?"});
    w.ok(kS1, CompleteApplication{"CA1", {{"selection_notice", "入选通知"}, {"employer_nomination", "推荐函"}}}, "2025-03-03");
    CHECK(specialistSees(w, "2025-03-03", "en", screens::kPhone) == Set{"CompleteApplication", "SubmitToWindow"});
    w.ok(kS1, SubmitToWindow{"CA1"}, "2025-03-03");
    CHECK(specialistSees(w, "2025-03-03").empty()); // with the window now
    w.ok(wf::window("370102"), ReturnForRevision{"CA1", {"材料不全"}}, "2025-03-04");
    CHECK(specialistSees(w, "2025-03-04") == Set{"CompleteApplication", "Resubmit"});
}
