// The Huicai Card, review issue (S5.1.2, S7.1): eligibility needs an honour won
// outside Shandong and flexible introduction; the 14-working-day limit runs from the
// confirmation of the introduction contract, whether it comes before or after the
// arrival at the provincial window; a return for revision stops the clock until the
// resubmission, which goes back to the same window.
#include "workflow_fixture.h"

using namespace wf;

namespace {

// The employer's part of review.1's evidence (S5.1): the introduction contract; the
// talent submits the selection notice.
const std::vector<EvidenceDocument> kContract{{"introduction_contract", "柔性引进协议.pdf"}};

void reviewTalent(World& w, bool outside, bool flexible) {
    w.seed();
    w.addTalent("T2", "E2", 2);
    UpdateTalentProfile u;
    u.talent = "T2";
    u.honours = std::vector<Honour>{Honour{"外省人才工程", HonourLevel::Provincial, outside, 2019}};
    u.flexibleIntroduction = flexible;
    w.ok(talent("T2"), u, "2025-02-20");
    w.ok(employerAdmin("E2"), AssignSpecialist{"T2", "S2"}, "2025-02-20");
    w.ok(talent("T2"), SubmitCardApplication{"CA", CardClass::ReviewIssue, "review.1", {{"selection_notice", "外省人才工程入选证书.pdf"}}}, "2025-02-21");
}

void toProvince(World& w, const char* on) {
    w.ok(specialist("S2", "E2"), SubmitToWindow{"CA"}, on);
    w.ok(window("370100"), ApproveAtWindow{"CA", ""}, on);
    w.ok(window("370100"), EscalateToUpperWindow{"CA"}, on);
    REQUIRE(w.app("CA").state == CardState::AtProvince);
}

} // namespace

TEST_CASE("1. review-class eligibility: outside-Shandong honour and flexible introduction", "[core][S5.1.2][S5.1]") {
    struct Case {
        int n;
        bool outside, flexible;
        const char* key; // "" = eligible
    };
    const std::vector<Case> cases = {
        {1, true, true, ""},
        {2, false, true, "error.card.requires_outside_honour"},
        {3, true, false, "error.card.requires_flexible_introduction"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION("case " << c.n) {
            World w;
            reviewTalent(w, c.outside, c.flexible);
            if (*c.key) w.fails(specialist("S2", "E2"), CompleteApplication{"CA", kContract}, "2025-02-24", c.key);
            else w.ok(specialist("S2", "E2"), CompleteApplication{"CA", kContract}, "2025-02-24");
        }
    }
    World w;
    reviewTalent(w, true, true);
    w.fails(talent("T2"), SubmitCardApplication{"CB", CardClass::DirectIssue, "review.1", {}}, "2025-02-24",
            "error.card.basis_mismatch");
}

TEST_CASE("2. review issue: 14 working days from contract confirmation, before or after arrival", "[core][S7.1][S5.1.2]") {
    struct Case {
        int n;
        const char* confirm;
        const char* arrive;
        const char* due;
    };
    // Confirmation after arrival: Wed 12 Mar 2025 + 14 working days = Tue 1 Apr.
    // Confirmation before arrival: the clock starts on arrival, Mon 10 Mar + 14 = Fri 28 Mar.
    // Across Qingming (4-6 Apr off, Sun 27 Apr a make-up day): Wed 26 Mar + 14 = Wed 16 Apr.
    const std::vector<Case> cases = {
        {1, "2025-03-12", "2025-03-10", "2025-04-01"},
        {2, "2025-03-05", "2025-03-10", "2025-03-28"},
        {3, "2025-03-26", "2025-03-24", "2025-04-16"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION("case " << c.n) {
            World w;
            reviewTalent(w, true, true);
            w.ok(specialist("S2", "E2"), CompleteApplication{"CA", kContract}, "2025-02-24");
            const bool before = Date::parse(c.confirm)->days() < Date::parse(c.arrive)->days();
            if (before) w.ok(window("370100"), ConfirmContract{"CA", d("2025-02-01")}, c.confirm);
            toProvince(w, c.arrive);
            if (!before) {
                CHECK_FALSE(w.app("CA").clock.started()); // arrived, but the contract is not confirmed
                w.fails(window("370000"), IssueCard{"CA"}, c.arrive, "error.card.contract_unconfirmed");
                w.ok(window("370000"), ConfirmContract{"CA", d("2025-02-01")}, c.confirm);
            }
            CHECK(w.due(w.app("CA").clock) == d(c.due));
            CHECK(w.state.talents.at("T2").contractConfirmed);
            w.ok(window("370000"), IssueCard{"CA"}, c.due);
            CHECK(w.app("CA").state == CardState::Issued);
        }
    }
}

TEST_CASE("3. return for revision: reasons recorded, clock suspended, resubmitted to the same window", "[core][S7.1][S5.1.2]") {
    World w;
    reviewTalent(w, true, true);
    w.ok(specialist("S2", "E2"), CompleteApplication{"CA", kContract}, "2025-02-24");
    // A city window returns it: no clock yet; the resubmission goes back to the city.
    w.ok(specialist("S2", "E2"), SubmitToWindow{"CA"}, "2025-03-03");
    w.ok(window("370100"), ReturnForRevision{"CA", {"缺少柔性引进协议"}}, "2025-03-04");
    CHECK(w.app("CA").state == CardState::ReturnedForRevision);
    CHECK(w.app("CA").reasons == std::vector<std::string>{"缺少柔性引进协议"});
    w.fails(window("370100"), ApproveAtWindow{"CA", ""}, "2025-03-05", "error.workflow.illegal_transition");
    w.fails(specialist("S1", "E1"), Resubmit{"CA", ""}, "2025-03-05", "error.card.unknown_application"); // out of sight
    w.ok(specialist("S2", "E2"), CompleteApplication{"CA", {{"introduction_contract", "协议.pdf"}}}, "2025-03-05");
    w.ok(specialist("S2", "E2"), Resubmit{"CA", "已补充"}, "2025-03-05");
    CHECK(w.app("CA").state == CardState::UnderWindowReview);
    CHECK(w.app("CA").reasons.empty()); // answered: the timeline no longer shows them
    CHECK(w.app("CA").window == "370100");
    CHECK(w.app("CA").clock.ledger.empty());
    w.ok(window("370100"), ApproveAtWindow{"CA", ""}, "2025-03-10");
    w.ok(window("370100"), EscalateToUpperWindow{"CA"}, "2025-03-10");
    w.ok(window("370000"), ConfirmContract{"CA", d("2025-03-01")}, "2025-03-12"); // due Tue 1 Apr
    // The province returns it on Mon 17 Mar; while returned there is no due date and
    // the days left stay frozen at 11 (13, 14, 17 Mar were used).
    w.ok(window("370000"), ReturnForRevision{"CA", {"请补充在鲁工作时间证明"}}, "2025-03-17");
    const auto& app = w.app("CA");
    CHECK(app.clock.suspended());
    auto due = dueDate(app.clock, w.ref.calendar);
    REQUIRE(due.ok());
    CHECK_FALSE(due->has_value());
    auto left = workingDaysLeft(app.clock, d("2025-03-19"), w.ref.calendar);
    REQUIRE(left.ok());
    CHECK(**left == 11);
    w.ok(specialist("S2", "E2"), Resubmit{"CA", ""}, "2025-03-20");
    CHECK(w.app("CA").state == CardState::AtProvince); // the same window
    CHECK_FALSE(w.app("CA").clock.suspended());
    // 18, 19, 20 Mar paused: 1 Apr + 3 working days = 2, 3, (Qingming 4-6), 7 Apr.
    CHECK(w.due(w.app("CA").clock) == d("2025-04-07"));
    CHECK(w.app("CA").history.back().command == "Resubmit");
}

TEST_CASE("4. the card's time limit is the standard's: no window suspends, resumes or extends it", "[core][S7.1][S5.1.2]") {
    World w;
    reviewTalent(w, true, true);
    w.ok(specialist("S2", "E2"), CompleteApplication{"CA", kContract}, "2025-02-24");
    const std::string key = "card_application/CA";
    toProvince(w, "2025-03-10");
    w.ok(window("370000"), ConfirmContract{"CA", d("2025-03-01")}, "2025-03-12"); // 14 working days: due Tue 1 Apr
    const State before = w.state;
    for (const Actor& a : {window("370000"), window("370100"), window("370102")}) {
        INFO(a.id);
        w.fails(a, SuspendClock{key, "等待外省回函"}, "2025-03-13", "error.access.denied");
        w.fails(a, ResumeClock{key, "已回函"}, "2025-03-13", "error.access.denied");
        w.fails(a, ExtendClock{key, 3, "需向外省核实"}, "2025-03-13", "error.access.denied");
    }
    // A department, whose clocks are its tasks', cannot name the application at all.
    w.fails(department("sd_hrss"), ExtendClock{key, 3, "x"}, "2025-03-13", "error.card.unknown_application");
    CHECK(w.state == before);
    CHECK(w.app("CA").clock.ledger.empty());
    CHECK(w.due(w.app("CA").clock) == d("2025-04-01"));
}
