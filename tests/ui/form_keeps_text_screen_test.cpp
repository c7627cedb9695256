// What a person typed survives a refusal: a screen's form is cleared only once its
// command applied (RunCommand::onApplied), never when the button is pressed. Shown on
// the department's explanation of a delay (S7.4 (5)), pressed through ImGui's input.
#include "card_holder.h"
#include "clicked_command.h"
#include "screen_harness.h"
#include "ui/widgets/service_view.h"

#include <catch2/catch.hpp>

using namespace huicai;
using screens::commandOf;
using screens::ScreenHarness;

TEST_CASE("A refused explanation of a delay keeps what was typed, an applied one clears the form", "[S7.4][ui]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const ImVec2 size = GENERATE(screens::kDesk, screens::kPhone);
    INFO(lang << " " << size.x);
    wf::World w = screens::cardHolder();
    w.ok(wf::specialist("S1", "E1"), FileServiceRequest{"R1", "T1", "A1", {"护照复印件"}}, "2025-03-10");
    const Actor dept = wf::department("sd_public_security");
    const std::string task = "R1:sd_public_security";

    ScreenHarness h(lang, size);
    h.work(w.state, w.ref, wf::d("2025-03-12"), dept);
    h.draw(app::Screen::Department);
    REQUIRE(h.openRow(app::Screen::Department, ui::taskRow(h.state, w.state.tasks.at(task), false).title));
    auto& fields = h.state.work.fields;
    fields["overdue-why-" + task] = "需外省公安协查";
    fields["overdue-date-" + task] = "2025-03-12"; // not after today: the core refuses it
    h.draw(app::Screen::Department);

    REQUIRE(h.click(app::Screen::Department, h.commandLabel("ReportOverdue")));
    const app::RunCommand* first = commandOf(h.requests);
    REQUIRE(first);
    REQUIRE(first->onApplied);
    CHECK(fields["overdue-why-" + task] == "需外省公安协查"); // pressing clears nothing
    auto refused = w.run(dept, first->payload, "2025-03-12");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().key == "error.request.new_date");
    CHECK(fields["overdue-why-" + task] == "需外省公安协查");
    CHECK(fields["overdue-date-" + task] == "2025-03-12");

    // The person corrects the date and presses again: applied, the form is emptied.
    fields["overdue-date-" + task] = "2025-03-26";
    h.draw(app::Screen::Department);
    REQUIRE(h.click(app::Screen::Department, h.commandLabel("ReportOverdue")));
    const app::RunCommand* second = commandOf(h.requests);
    REQUIRE(second);
    REQUIRE(w.run(dept, second->payload, "2025-03-12").ok());
    second->onApplied();
    CHECK(fields["overdue-why-" + task].empty());
    CHECK(fields["overdue-date-" + task].empty());
}
