// The card application's step bar drawn natively on the talent's screen and the
// window's queue (S7.1): the steps of a county employer's talent with the county
// window's step current, in both languages and on a phone; a return for revision
// stops it at the employer; an issued card has every step done.
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/step_progress.h"
#include "ui/widgets/text.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::ScreenHarness;

using wf::kS1;

namespace {

wf::World submitted() {
    wf::World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.ok(wf::employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-01-06");
    w.ok(wf::talent("T1"), SubmitCardApplication{"CA1", CardClass::DirectIssue, "direct.1", wf::World::talentDocuments()},
         "2025-03-03");
    w.ok(kS1, CompleteApplication{"CA1", wf::World::employerDocuments()}, "2025-03-03");
    w.ok(kS1, SubmitToWindow{"CA1"}, "2025-03-03");
    return w;
}

std::string stepLine(const ScreenHarness& h, const char* key, int n, int total, const std::string& step) {
    return ui::format(ui::format(ui::format(h.state.tr(key), "n", std::to_string(n)), "total", std::to_string(total)), "step", step);
}

} // namespace

TEST_CASE("1. the talent reads where the application stands as steps from the employer's county up to the province", "[S7.1][ui]") {
    wf::World w = submitted();
    {
        ScreenHarness h;
        h.work(w.state, w.ref, wf::d("2025-03-03"), wf::talent("T1"));
        h.draw(app::Screen::Talent);
        // E1 is registered in Lixia (370102): applicant, employer, Lixia, Jinan, Shandong, issued.
        for (const char* name : {"申请人", "用人单位", "历下区", "济南市", "发卡"}) CHECK(h.showsText(name));
        CHECK(h.showsText(stepLine(h, "ui.progress.now", 3, 6, "历下区")));
    }
    {
        ScreenHarness h("en", screens::kPhone);
        h.work(w.state, w.ref, wf::d("2025-03-03"), wf::talent("T1"));
        h.draw(app::Screen::Talent);
        CHECK(h.showsText(h.state.tr("ui.progress.employer")));
        // The county by its English name (assets/regions.json).
        CHECK(h.showsWrappedText(stepLine(h, "ui.progress.now", 3, 6, "Lixia District")));
    }
    // The county passes it up: the city's step is current, on the window's queue too.
    w.ok(wf::window("370102"), ApproveAtWindow{"CA1", ""}, "2025-03-04");
    w.ok(wf::window("370102"), EscalateToUpperWindow{"CA1"}, "2025-03-04");
    ScreenHarness h;
    h.work(w.state, w.ref, wf::d("2025-03-04"), wf::window("370100"));
    h.draw(app::Screen::Window);
    CHECK(h.showsText(stepLine(h, "ui.progress.now", 4, 6, "济南市")));
}

TEST_CASE("2. a return for revision stops the bar at the employer, and an issued card has every step done", "[S7.1][ui]") {
    wf::World w = submitted();
    w.ok(wf::window("370102"), ReturnForRevision{"CA1", {"材料不全"}}, "2025-03-04");
    {
        ScreenHarness h;
        h.work(w.state, w.ref, wf::d("2025-03-04"), wf::talent("T1"));
        h.draw(app::Screen::Talent);
        CHECK(h.showsText(stepLine(h, "ui.progress.stopped_at", 2, 6, "用人单位")));
    }
    wf::World issued;
    issued.seed();
    issued.addTalent("T1", "E1", 1);
    issued.issueCard("T1", "E1", "S1", "CA1", "2025-03-03");
    ScreenHarness t;
    t.work(issued.state, issued.ref, wf::d("2025-03-05"), wf::talent("T1"));
    t.draw(app::Screen::Talent);
    CHECK(t.showsText(t.state.tr("ui.progress.all_done")));
}

TEST_CASE("3. on a phone in English every step's name is drawn whole, in lines as wide as its slot", "[S7.1][ui]") {
    ScreenHarness h("en", screens::kPhone);
    h.draw(app::Screen::Catalog); // a frame's font and context
    ImGui::NewFrame();
    const float slot = (screens::kPhone.x - 20) / 6 - 2; // six steps across a phone's content
    for (const char* name : {"Applicant", "Employer", "Shandong Province",
                             "Card issued", "历下区", "Supercalifragilistic"}) {
        INFO(name);
        const auto lines = ui::stepNameLines(name, slot);
        REQUIRE_FALSE(lines.empty());
        std::string joined, squeezed = name;
        for (const auto& l : lines) {
            CHECK(ImGui::CalcTextSize(l.c_str()).x <= slot + 0.5f);
            joined += l;
        }
        std::erase(squeezed, ' ');
        std::erase(joined, ' ');
        CHECK(joined == squeezed); // nothing cut
    }
    // Two short words that fit stay on one line.
    CHECK(ui::stepNameLines("Card issued", 1000).size() == 1);
    ImGui::EndFrame();
}
