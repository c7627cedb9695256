// The competent department's inbox (#/department) and the handling agency's
// (#/handling) drawn natively: for each state of a department task, the controls are
// exactly the steps S7.4 gives that unit then: the department hands the task to one
// of the agencies the catalogue names for the item (3), reports the result (4) and
// explains an overdue task with a new date (5); the agency records the result (3).
#include "card_holder.h"
#include "screen_harness.h"
#include "ui/widgets/service_view.h"

#include <catch2/catch.hpp>

#include <set>

using namespace huicai;
using screens::ScreenHarness;

using wf::kS1;

namespace {

const char* kTask = "R1:sd_public_security";

// T1 of E1 holds a card; S1 filed A1 (entry and exit: public security, 7 working
// days, its agency the exit and entry bureau) on Monday 10 March 2025, due the 19th.
wf::World filed() {
    wf::World w = screens::cardHolder();
    w.ok(kS1, FileServiceRequest{"R1", "T1", "A1", {"护照复印件"}}, "2025-03-10");
    return w;
}

struct Seen {
    std::set<std::string> agencies; // the agencies offered to assign the task to
    std::set<std::string> steps;    // the other controls: ReportResult, ReportOverdue, granted, refused
};

Seen inboxOf(const wf::World& w, const Actor& actor, app::Screen screen, const char* on,
             const std::string& lang = "zh-CN", ImVec2 size = screens::kDesk) {
    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d(on), actor);
    h.draw(screen);
    // On a phone the task opens from its row.
    for (const auto& [id, k] : w.state.tasks)
        if ((screen == app::Screen::Handling ? k.agency : k.department) == actor.scope)
            REQUIRE(h.openRow(screen, ui::taskRow(h.state, k, screen == app::Screen::Handling).title));
    Seen seen;
    for (const char* a : {"sd_exit_entry", "sd_household_registration", "sd_vehicle_admin", "sd_foreign_work_permit"})
        if (h.enabled(ui::agencyName(h.state, a))) seen.agencies.insert(a);
    for (const char* c : {"ReportResult", "ReportOverdue"})
        if (h.enabled(h.commandLabel(c))) seen.steps.insert(c);
    if (h.enabled(h.state.tr("ui.service.complete_granted"))) seen.steps.insert("granted");
    if (h.enabled(h.state.tr("ui.service.complete_refused"))) seen.steps.insert("refused");
    return seen;
}

const Actor kDept = wf::department("sd_public_security");
const Actor kAgency = wf::agency("sd_exit_entry");
using Set = std::set<std::string>;

} // namespace

TEST_CASE("The department inbox offers the item's agencies, the report and the overdue explanation as the task moves", "[S7.4][ui]") {
    wf::World w = filed();
    SECTION("received: hand it to the item's own agency, not to the department's others, or explain a delay foreseen") {
        const Seen s = inboxOf(w, kDept, app::Screen::Department, "2025-03-11");
        CHECK(s.agencies == Set{"sd_exit_entry"});
        CHECK(s.steps == Set{"ReportOverdue"});
        // Another department sees nothing of it.
        CHECK(inboxOf(w, wf::department("sd_science_tech"), app::Screen::Department, "2025-03-11").agencies.empty());
    }
    SECTION("received and past its limit: the overdue explanation too, on a phone in English") {
        const Seen s = inboxOf(w, kDept, app::Screen::Department, "2025-03-24", "en", screens::kPhone);
        CHECK(s.agencies == Set{"sd_exit_entry"});
        CHECK(s.steps == Set{"ReportOverdue"});
    }
    SECTION("with the agency: the agency records the result; either may explain a delay") {
        w.ok(kDept, AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-03-11");
        CHECK(inboxOf(w, kDept, app::Screen::Department, "2025-03-12").steps == Set{"ReportOverdue"});
        CHECK(inboxOf(w, kDept, app::Screen::Department, "2025-03-12").agencies.empty()); // A1 has one agency
        w.fails(kDept, AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-03-12",
                "error.request.already_with_agency");
        CHECK(inboxOf(w, kAgency, app::Screen::Handling, "2025-03-12").steps == Set{"granted", "refused", "ReportOverdue"});
        CHECK(inboxOf(w, wf::agency("sd_household_registration"), app::Screen::Handling, "2025-03-12").steps.empty());
        // Past the limit as well.
        CHECK(inboxOf(w, kDept, app::Screen::Department, "2025-03-24").steps == Set{"ReportOverdue"});
        CHECK(inboxOf(w, kAgency, app::Screen::Handling, "2025-03-24").steps == Set{"granted", "refused", "ReportOverdue"});
    }
    SECTION("handled: the department reports the result; then nothing is left") {
        w.ok(kDept, AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-03-11");
        w.ok(kAgency, CompleteHandling{"R1", "sd_public_security", "签证已办理", true}, "2025-03-14");
        CHECK(inboxOf(w, kDept, app::Screen::Department, "2025-03-14").steps == Set{"ReportResult"});
        CHECK(inboxOf(w, kAgency, app::Screen::Handling, "2025-03-14").steps.empty());
        w.ok(kDept, ReportResult{"R1", "sd_public_security"}, "2025-03-14");
        CHECK(inboxOf(w, kDept, app::Screen::Department, "2025-03-14").steps.empty());
        CHECK(w.state.tasks.count(kTask) == 1);
    }
}

TEST_CASE("A department that handles an item itself (A30 at the talent office) records the result on its own inbox",
          "[S6.2.2][S7.4][A30][ui]") {
    wf::World w = screens::cardHolder();
    w.ok(kS1, FileServiceRequest{"R30", "T1", "A30", {"叠加事项"}}, "2025-03-10");
    w.ok(wf::window("370102"), DispatchToDepartments{"R30", {"sd_talent_office"}}, "2025-03-10");
    const Actor office = wf::department("sd_talent_office");
    for (const auto& [lang, size] : {std::pair{"zh-CN", screens::kDesk}, std::pair{"en", screens::kPhone}}) {
        INFO(lang);
        CHECK(inboxOf(w, office, app::Screen::Department, "2025-03-11", lang, size).steps == Set{"granted", "refused", "ReportOverdue"});
    }
    w.ok(office, CompleteHandling{"R30", "sd_talent_office", "已协调", true}, "2025-03-11");
    CHECK(inboxOf(w, office, app::Screen::Department, "2025-03-11").steps == Set{"ReportResult"});
}
