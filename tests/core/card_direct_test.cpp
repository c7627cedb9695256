// The Huicai Card, direct issue (S7.1, S5.1.1): the six steps of the procedure end to
// end, escalation county -> city -> province along the region tree, the 7-working-day
// limit counted from arrival at the provincial window across the National Day
// holiday, the card number and validity, and illegal steps rejected unchanged.
#include "workflow_fixture.h"

using namespace wf;

namespace {

// Runs a direct-issue application of T1 (employer E1, Lixia) up to the city window.
void toCityWindow(World& w) {
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.ok(talent("T1"), SubmitCardApplication{"CA1", CardClass::DirectIssue, "direct.1", {{"selection_notice", "selection_notice.pdf"}}}, "2025-09-15");
    CHECK(w.app("CA1").state == CardState::SubmittedByTalent);
    w.ok(employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-09-16");
    CHECK(w.app("CA1").state == CardState::SpecialistAssigned);
    w.ok(specialist("S1", "E1"), CompleteApplication{"CA1", {{"employer_nomination", "employer_letter.pdf"}}}, "2025-09-17");
    w.ok(specialist("S1", "E1"), SubmitToWindow{"CA1"}, "2025-09-18");
    CHECK(w.app("CA1").state == CardState::UnderWindowReview);
    CHECK(w.app("CA1").window == "370102");
    w.ok(window("370102"), ApproveAtWindow{"CA1", "材料齐全"}, "2025-09-19");
    w.ok(window("370102"), EscalateToUpperWindow{"CA1"}, "2025-09-22");
    CHECK(w.app("CA1").window == "370100");
    CHECK(w.app("CA1").state == CardState::UnderWindowReview);
}

} // namespace

TEST_CASE("1. direct issue end to end: due 7 working days after arrival, across National Day", "[core][S7.1][S5.1.1][S5.1]") {
    World w;
    toCityWindow(w);
    CHECK_FALSE(w.app("CA1").clock.started()); // the limit runs only at the provincial window
    w.ok(window("370100"), ApproveAtWindow{"CA1", ""}, "2025-09-24");
    w.ok(window("370100"), EscalateToUpperWindow{"CA1"}, "2025-09-26");
    const auto& app = w.app("CA1");
    CHECK(app.state == CardState::AtProvince);
    CHECK(app.window == "370000");
    REQUIRE(app.arrivedAtProvince == d("2025-09-26"));
    // From Fri 26 Sep 2025: Sun 28 Sep (make-up day) 1, 29th 2, 30th 3, 1-8 Oct off,
    // 9th 4, 10th 5, Sat 11 Oct (make-up day) 6, Mon 13 Oct 7.
    CHECK(w.due(app.clock) == d("2025-10-13"));
    auto left = workingDaysLeft(app.clock, d("2025-10-09"), w.ref.calendar);
    REQUIRE(left.ok());
    CHECK(**left == 3);

    auto issued = w.ok(window("370000"), IssueCard{"CA1"}, "2025-10-10");
    const auto& done = w.app("CA1");
    CHECK(done.state == CardState::Issued);
    REQUIRE(done.card == "SDHC-2025-000001");
    const Card& card = w.state.cards.at("SDHC-2025-000001");
    CHECK(card.holder == "T1");
    CHECK(card.issuedOn == d("2025-10-10"));
    CHECK(card.validUntil == d("2030-10-09"));
    CHECK(card.validOn(d("2030-10-09")));
    CHECK_FALSE(card.validOn(d("2030-10-10")));
    CHECK(issued.audit.command == "IssueCard");
    CHECK(issued.audit.actor == "W-370000");
    CHECK(issued.changed == std::vector<std::string>{"card_application/CA1", "card/SDHC-2025-000001"});
    auto late = finishedLate(done.clock, w.ref.calendar);
    REQUIRE(late.ok());
    CHECK_FALSE(*late);
    // Every transition is in the history, with who and when.
    REQUIRE(done.history.size() == 9);
    CHECK(done.history.front().to == "submitted_by_talent");
    CHECK(done.history.back().actor == "W-370000");
    CHECK(done.history.back().at == d("2025-10-10"));
}

TEST_CASE("2. escalation follows the region tree: county, city, province, city-level and province-level employers", "[core][S7.1][S6.1.1]") {
    struct Case {
        int n;
        const char* employer;
        const char* specialist;
        std::vector<std::string> windows; // the windows that review, in order
    };
    const std::vector<Case> cases = {
        {1, "E1", "S1", {"370102", "370100"}}, // district -> city -> province
        {2, "E2", "S2", {"370100"}},           // city level -> province
        {3, "E3", "S3", {}},                   // province level: straight to the provincial window
        {4, "E4", "S4", {"370202", "370200"}}, // Qingdao district -> Qingdao -> province
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION("case " << c.n) {
            World w;
            w.seed();
            w.addTalent("T", c.employer, 2);
            w.ok(employerAdmin(c.employer), AssignSpecialist{"T", c.specialist}, "2025-03-03");
            w.ok(talent("T"), SubmitCardApplication{"CA", CardClass::DirectIssue, "direct.2", {{"selection_notice", "入选通知.pdf"}}}, "2025-03-03");
            CHECK(w.app("CA").state == CardState::SpecialistAssigned); // already assigned: no wait
            w.ok(specialist(c.specialist, c.employer), CompleteApplication{"CA", {}}, "2025-03-04");
            w.ok(specialist(c.specialist, c.employer), SubmitToWindow{"CA"}, "2025-03-05");
            for (const auto& win : c.windows) {
                CHECK(w.app("CA").window == win);
                CHECK(w.app("CA").state == CardState::UnderWindowReview);
                // A window other than the holding one may not act, even above it.
                w.fails(window("370000"), ApproveAtWindow{"CA", ""}, "2025-03-05", "error.access.denied");
                w.ok(window(win), ApproveAtWindow{"CA", ""}, "2025-03-05");
                w.ok(window(win), EscalateToUpperWindow{"CA"}, "2025-03-05");
            }
            CHECK(w.app("CA").state == CardState::AtProvince);
            CHECK(w.app("CA").window == "370000");
            CHECK(w.app("CA").arrivedAtProvince == d("2025-03-05"));
            // Wed 5 Mar 2025 + 7 working days = Fri 14 Mar.
            CHECK(w.due(w.app("CA").clock) == d("2025-03-14"));
        }
    }
}

TEST_CASE("3. illegal steps are rejected with their key and leave the state unchanged", "[core][S7.1]") {
    World w;
    toCityWindow(w);
    struct Case {
        int n;
        Actor actor;
        Payload payload;
        const char* key;
    };
    const std::vector<Case> cases = {
        {1, window("370000"), IssueCard{"CA1"}, "error.workflow.illegal_transition"},             // not at the province yet
        {2, specialist("S1", "E1"), SubmitToWindow{"CA1"}, "error.workflow.illegal_transition"},  // already submitted
        {3, window("370100"), EscalateToUpperWindow{"CA1"}, "error.workflow.illegal_transition"}, // not approved yet
        {4, talent("T1"), ApproveAtWindow{"CA1", ""}, "error.access.denied"},                     // role gate
        {5, window("370102"), ApproveAtWindow{"CA1", ""}, "error.access.denied"},                 // no longer holds it
        {6, window("370100"), ReturnForRevision{"CA1", {}}, "error.card.reasons_required"},
        {7, window("370100"), RecordExpertPanelDecision{"CA1", {"专家甲"}, true, "同意"}, "error.workflow.illegal_transition"},
        {8, window("370100"), ApproveAtWindow{"CA404", ""}, "error.card.unknown_application"},
        {9, specialist("S1", "E1"), CompleteApplication{"CA1", {}}, "error.workflow.illegal_transition"},
        {12, specialist("S1b", "E1"), CompleteApplication{"CA1", {}}, "error.card.unknown_application"}, // not T1's: out of sight
        {10, talent("T1"), SubmitCardApplication{"CA2", CardClass::DirectIssue, "direct.1", {}}, "error.card.open_application"},
        {11, window("370100"), ConfirmContract{"CA1", d("2025-09-01")}, "error.card.not_review_class"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION("case " << c.n) { w.fails(c.actor, c.payload, "2025-09-23", c.key); }
    }
    // A repeated command id is refused whatever it carries.
    Command again{"c1", window("370100"), ApproveAtWindow{"CA1", ""}};
    auto r = apply(w.state, again, w.ctx(d("2025-09-23")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().key == "error.command.duplicate");
}

TEST_CASE("4. a due date reaching into a year with no holiday data is provisional, the work goes on, and loading the year recomputes it", "[core][S7.1]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    // The whole procedure runs in late December 2026, before the State Council's 2027
    // notice: nothing is refused for the missing year.
    w.ok(talent("T1"), SubmitCardApplication{"CA1", CardClass::DirectIssue, "direct.1", {{"selection_notice", "selection_notice.pdf"}}}, "2026-12-21");
    w.ok(employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2026-12-21");
    w.ok(specialist("S1", "E1"), CompleteApplication{"CA1", {{"employer_nomination", "employer_letter.pdf"}}}, "2026-12-22");
    w.ok(specialist("S1", "E1"), SubmitToWindow{"CA1"}, "2026-12-22");
    w.ok(window("370102"), ApproveAtWindow{"CA1", ""}, "2026-12-23");
    w.ok(window("370102"), EscalateToUpperWindow{"CA1"}, "2026-12-23");
    w.ok(window("370100"), ApproveAtWindow{"CA1", ""}, "2026-12-24");
    w.ok(window("370100"), EscalateToUpperWindow{"CA1"}, "2026-12-28");
    const Clock clock = w.app("CA1").clock;
    REQUIRE(clock.start == d("2026-12-28"));
    // Mon 28 Dec 2026 + 7 working days counted Monday to Friday: 29, 30, 31 Dec, 1, 4, 5, 6 Jan.
    auto due = dueDate(clock, w.ref.calendar);
    REQUIRE(due.ok());
    CHECK(**due == d("2027-01-06"));
    CHECK(*isProvisional(clock, w.ref.calendar));
    auto left = workingDaysLeft(clock, d("2026-12-30"), w.ref.calendar);
    REQUIRE(left.ok());
    CHECK(**left == 5);
    CHECK_FALSE(*isOverdue(clock, d("2027-01-06"), w.ref.calendar));
    CHECK(*isOverdue(clock, d("2027-01-07"), w.ref.calendar));
    // A clock wholly inside a year with data is not provisional.
    Clock firm = clock;
    firm.start = d("2026-11-02");
    CHECK_FALSE(*isProvisional(firm, w.ref.calendar));

    // An administrator loads 2027 (1 Jan off) by command; the same clock is recomputed.
    w.fails(window("370000"), LoadHolidayYear{2027, {}, {}}, "2026-12-29", "error.access.denied");
    w.ok(kAdmin, LoadHolidayYear{2027, {d("2027-01-01")}, {}}, "2026-12-29");
    const WorkCalendar cal = effectiveCalendar(w.state, w.ctx(d("2026-12-29")));
    auto loaded = dueDate(clock, cal);
    REQUIRE(loaded.ok());
    CHECK(**loaded == d("2027-01-07"));
    CHECK_FALSE(*isProvisional(clock, cal));
    CHECK_FALSE(*isOverdue(clock, d("2027-01-07"), cal));
    w.fails(kAdmin, LoadHolidayYear{2027, {d("2026-01-01")}, {}}, "2026-12-29", "error.calendar.wrong_year");
    // The province issues the card in January 2027 without the year being in the reference data.
    w.ok(window("370000"), IssueCard{"CA1"}, "2027-01-05");
    CHECK(w.app("CA1").state == CardState::Issued);
}
