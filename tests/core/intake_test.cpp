// Intake and feedback: hotline and "人才山东" website requests recorded by a window,
// forwarded to a handling agency and followed up by its specialist (S6.2.3 (2));
// problems and suggestions collected by employer specialists and windows and
// reported window by window up to the province (S6.2.1 (4), S6.2.4 (4)).
#include "core/access.h"
#include "workflow_fixture.h"

using namespace wf;

TEST_CASE("1. a hotline request is forwarded to an agency whose specialist resolves it", "[core][S6.2.3]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.fails(window("370000"), RecordHotlineRequest{"H1", IntakeChannel::Hotline, "T1", ""}, "2025-03-03", "error.command.field");
    w.ok(window("370000"), RecordHotlineRequest{"H1", IntakeChannel::Hotline, "T1", "子女入学咨询"}, "2025-03-03");
    w.ok(window("370000"), RecordHotlineRequest{"H2", IntakeChannel::Website, "", "居留许可办理时限"}, "2025-03-03");
    w.fails(agency("sd_exit_entry"), ResolveHotlineRequest{"H2", "已答复"}, "2025-03-04", "error.hotline.unknown"); // not forwarded to it
    w.fails(window("370100"), ForwardHotlineRequest{"H2", "sd_exit_entry"}, "2025-03-04", "error.hotline.unknown");
    w.fails(window("370000"), ForwardHotlineRequest{"H2", "nowhere"}, "2025-03-04", "error.catalog.unknown_agency");
    w.ok(window("370000"), ForwardHotlineRequest{"H2", "sd_exit_entry"}, "2025-03-04");
    CHECK(visible(agency("sd_exit_entry"), "hotline/H2", w.state, w.ref.regions));
    CHECK_FALSE(visible(agency("sd_hrss_titles"), "hotline/H2", w.state, w.ref.regions));
    w.fails(agency("sd_hrss_titles"), ResolveHotlineRequest{"H2", "已答复"}, "2025-03-05", "error.hotline.unknown");
    w.ok(agency("sd_exit_entry"), ResolveHotlineRequest{"H2", "已电话答复办理时限"}, "2025-03-05");
    const auto& h = w.state.hotline.at("H2");
    CHECK(h.state == HotlineState::Resolved);
    CHECK(h.channel == IntakeChannel::Website);
    CHECK(h.resolvedOn == d("2025-03-05"));
}

TEST_CASE("2. problems and suggestions go to the window and up, level by level", "[core][S6.2.1][S6.2.4]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.addTalent("T4", "E4", 4);
    w.ok(employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-03-03");
    w.fails(specialist("S1", "E1"), RaiseProblem{"P0", ProblemKind::Problem, "T4", "x"}, "2025-03-04", "error.talent.unknown");
    w.ok(specialist("S1", "E1"), RaiseProblem{"P1", ProblemKind::Problem, "T1", "配偶就业安置困难"}, "2025-03-04");
    CHECK(w.state.problems.at("P1").window == "370102");                       // the employer's window
    CHECK(visible(employerAdmin("E1"), "problem/P1", w.state, w.ref.regions)); // and the unit
    w.fails(window("370100"), EscalateProblem{"P1"}, "2025-03-05", "error.access.denied");
    w.ok(window("370102"), EscalateProblem{"P1"}, "2025-03-05");
    w.ok(window("370100"), EscalateProblem{"P1"}, "2025-03-06");
    const auto& p = w.state.problems.at("P1");
    CHECK(p.window == "370000");
    CHECK(p.path == std::vector<std::string>{"370102", "370100", "370000"});
    w.fails(window("370000"), EscalateProblem{"P1"}, "2025-03-07", "error.region.no_upper");
    // A window collects suggestions itself, about talents of its own area only.
    w.fails(window("370102"), RaiseProblem{"P2", ProblemKind::Suggestion, "T4", "x"}, "2025-03-07", "error.talent.unknown");
    w.ok(window("370200"), RaiseProblem{"P2", ProblemKind::Suggestion, "T4", "建议延长人才公寓租期"}, "2025-03-07");
    CHECK_FALSE(visible(window("370100"), "problem/P2", w.state, w.ref.regions));
}

TEST_CASE("3. a talent sends a problem or suggestion of their own to their unit's window", "[core][S6.2.1][S6.2.4]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.addTalent("T4", "E4", 4);
    w.fails(talent("T1"), RaiseProblem{"P1", ProblemKind::Suggestion, "T4", "x"}, "2025-03-04", "error.talent.unknown");
    w.fails(talent("T1"), RaiseProblem{"P1", ProblemKind::Suggestion, "", ""}, "2025-03-04", "error.command.field");
    w.ok(talent("T1"), RaiseProblem{"P1", ProblemKind::Suggestion, "", "希望提供英文版办事指南"}, "2025-03-04");
    const auto& p = w.state.problems.at("P1");
    CHECK(p.talent == "T1");
    CHECK(p.employer == "E1");
    CHECK(p.window == "370102");
    CHECK(visible(talent("T1"), "problem/P1", w.state, w.ref.regions));
    CHECK(visible(window("370102"), "problem/P1", w.state, w.ref.regions));
    CHECK_FALSE(visible(talent("T4"), "problem/P1", w.state, w.ref.regions));
    w.ok(window("370102"), EscalateProblem{"P1"}, "2025-03-05"); // and up like any other
}
