// The Huicai Card, evaluation issue (S5.1.3, S7.1): eligibility of bases (4) (a city
// window's recommendation) and (5) (full senior title or doctorate, 3 or more years
// in a key post); the expert panel decides; there is no fixed time limit.
#include "workflow_fixture.h"

#include "core/green_channel.h"

using namespace wf;

namespace {

// evaluation.5's evidence (S5.1): the talent's title and key-post proof, the
// employer's statement of urgent need.
const std::vector<EvidenceDocument> kTalentProofs{{"title_or_doctorate", "正高级职称证书.pdf"}, {"key_post_proof", "关键岗位任职证明.pdf"}};
const std::vector<EvidenceDocument> kUrgentNeed{{"urgent_need_statement", "急需紧缺人才说明.pdf"}};
// evaluation.4's: the talent's city credential, the employer's copy of the city's recommendation.
const std::vector<EvidenceDocument> kCityRecommendation{{"city_recommendation", "济南市推荐函.pdf"}};

} // namespace

TEST_CASE("1. evaluation (5): full senior title or doctorate plus three years in a key post", "[core][S5.1.3]") {
    struct Case {
        int n;
        Title title;
        Degree degree;
        int years;
        const char* key;
    };
    const std::vector<Case> cases = {
        {1, Title::FullSenior, Degree::Master, 3, ""},
        {2, Title::AssociateSenior, Degree::Doctorate, 4, ""},
        {3, Title::AssociateSenior, Degree::Master, 10, "error.card.requires_senior_title_or_doctorate"},
        {4, Title::FullSenior, Degree::Doctorate, 2, "error.card.requires_years_in_key_post"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION("case " << c.n) {
            World w;
            w.seed();
            w.addTalent("T", "E1", 3);
            UpdateTalentProfile u;
            u.talent = "T";
            u.title = c.title;
            u.degree = c.degree;
            u.yearsInKeyPost = c.years;
            w.ok(talent("T"), u, "2025-05-06");
            w.ok(employerAdmin("E1"), AssignSpecialist{"T", "S1"}, "2025-05-06");
            w.ok(talent("T"), SubmitCardApplication{"CA", CardClass::EvaluationIssue, "evaluation.5", kTalentProofs}, "2025-05-07");
            if (*c.key) w.fails(specialist("S1", "E1"), CompleteApplication{"CA", kUrgentNeed}, "2025-05-08", c.key);
            else w.ok(specialist("S1", "E1"), CompleteApplication{"CA", kUrgentNeed}, "2025-05-08");
        }
    }
}

TEST_CASE("2. evaluation (4): recommended by the city window only, for a talent of its green channel", "[core][S5.1.3][S5.2]") {
    World w;
    w.seed();
    w.addTalent("T", "E1", 3);
    w.ok(employerAdmin("E1"), AssignSpecialist{"T", "S1"}, "2025-05-06");
    w.ok(talent("T"), SubmitCardApplication{"CA", CardClass::EvaluationIssue, "evaluation.4", {{"city_credential", "历下区人才卡.pdf"}}}, "2025-05-07");
    w.fails(specialist("S1", "E1"), CompleteApplication{"CA", kCityRecommendation}, "2025-05-08", "error.card.requires_city_recommendation");
    w.fails(window("370102"), RecommendForCard{"T", ""}, "2025-05-08", "error.card.recommend_city_only");
    w.fails(window("370200"), RecommendForCard{"T", ""}, "2025-05-08", "error.talent.unknown"); // Qingdao: not its talent, out of sight
    // Only a talent of the city's green channel: one holding a credential of the city's
    // scheme or of a county's in it; applied for is not enough, nor a refused one.
    w.fails(window("370100"), RecommendForCard{"T", ""}, "2025-05-08", "error.card.recommend_not_in_green_channel");
    w.ok(window("370102"), PublishLocalCredentialScheme{"LX", "历下区人才卡", "区认定人才", "单位申报", 5, {"区级体检"}}, "2025-05-08");
    w.ok(employerAdmin("E1"), ApplyLocalCredential{"L1", "LX", "T"}, "2025-05-08");
    w.fails(window("370100"), RecommendForCard{"T", ""}, "2025-05-08", "error.card.recommend_not_in_green_channel");
    w.fails(window("370102"), RefuseLocalCredential{"L1", {}}, "2025-05-08", "error.local.no_reasons");
    w.ok(window("370102"), RefuseLocalCredential{"L1", {"材料不全"}}, "2025-05-08");
    w.fails(window("370100"), RecommendForCard{"T", ""}, "2025-05-08", "error.card.recommend_not_in_green_channel");
    w.ok(employerAdmin("E1"), ApplyLocalCredential{"L2", "LX", "T"}, "2025-05-08"); // again, after the refusal
    w.ok(window("370102"), IssueLocalCredential{"L2"}, "2025-05-08");
    CHECK(recommendableTalents(w.state, window("370100"), w.ctx(d("2025-05-08"))) == std::vector<std::string>{"T"});
    CHECK(recommendableTalents(w.state, window("370102"), w.ctx(d("2025-05-08"))).empty()); // a county window
    CHECK(recommendableTalents(w.state, window("370200"), w.ctx(d("2025-05-08"))).empty()); // another city
    w.ok(window("370100"), RecommendForCard{"T", "纳入济南市绿色通道"}, "2025-05-08");
    CHECK(recommendableTalents(w.state, window("370100"), w.ctx(d("2025-05-08"))).empty());
    w.ok(specialist("S1", "E1"), CompleteApplication{"CA", kCityRecommendation}, "2025-05-09");
}

TEST_CASE("3. evaluation issue: expert panel, no fixed limit, a panel rejection ends it", "[core][S7.1][S5.1.3]") {
    for (bool approve : {true, false}) {
        DYNAMIC_SECTION("approve " << approve) {
            World w;
            w.seed();
            w.addTalent("T", "E2", 3);
            w.ok(employerAdmin("E2"), AssignSpecialist{"T", "S2"}, "2025-05-06");
            w.ok(talent("T"), SubmitCardApplication{"CA", CardClass::EvaluationIssue, "evaluation.5", kTalentProofs}, "2025-05-07");
            w.ok(specialist("S2", "E2"), CompleteApplication{"CA", kUrgentNeed}, "2025-05-08");
            w.ok(specialist("S2", "E2"), SubmitToWindow{"CA"}, "2025-05-08");
            w.ok(window("370100"), ApproveAtWindow{"CA", ""}, "2025-05-09");
            w.ok(window("370100"), EscalateToUpperWindow{"CA"}, "2025-05-09");
            const auto& app = w.app("CA");
            CHECK(app.state == CardState::AtProvince);
            CHECK_FALSE(app.clock.limitDays.has_value());
            auto due = dueDate(app.clock, w.ref.calendar);
            REQUIRE(due.ok());
            CHECK_FALSE(due->has_value());
            w.fails(window("370000"), IssueCard{"CA"}, "2025-05-12", "error.card.panel_required");
            w.ok(window("370000"), ReferToExpertPanel{"CA"}, "2025-05-12");
            w.fails(window("370000"), RecordExpertPanelDecision{"CA", {}, true, "同意"}, "2025-06-20", "error.card.panel_experts");
            // Months later is not late: there is no fixed limit.
            w.ok(window("370000"), RecordExpertPanelDecision{"CA", {"专家甲", "专家乙"}, approve, approve ? "同意" : "不符合急需紧缺条件"}, "2025-09-20");
            auto overdue = isOverdue(w.app("CA").clock, d("2025-09-20"), w.ref.calendar);
            REQUIRE(overdue.ok());
            CHECK_FALSE(*overdue);
            if (approve) {
                CHECK(w.app("CA").state == CardState::PanelApproved);
                w.ok(window("370000"), IssueCard{"CA"}, "2025-09-22");
                CHECK(w.app("CA").state == CardState::Issued);
                CHECK(w.state.cards.at(w.app("CA").card).cardClass == CardClass::EvaluationIssue);
            } else {
                CHECK(w.app("CA").state == CardState::Rejected);
                CHECK(w.app("CA").reasons == std::vector<std::string>{"不符合急需紧缺条件"});
                w.fails(window("370000"), IssueCard{"CA"}, "2025-09-22", "error.workflow.illegal_transition");
            }
        }
    }
}

TEST_CASE("4. direct-class bases (1)-(3) need a programme won on a Shandong nomination", "[core][S5.1.1]") {
    World w;
    w.seed();
    w.addTalent("T", "E1", 3);
    UpdateTalentProfile u;
    u.talent = "T";
    u.honours = std::vector<Honour>{Honour{"外省人才工程", HonourLevel::National, true, 2019}};
    w.ok(talent("T"), u, "2025-05-06");
    w.ok(employerAdmin("E1"), AssignSpecialist{"T", "S1"}, "2025-05-06");
    w.ok(talent("T"), SubmitCardApplication{"CA", CardClass::DirectIssue, "direct.3", {{"selection_notice", "入选通知.pdf"}}}, "2025-05-07");
    w.fails(specialist("S1", "E1"), CompleteApplication{"CA", {{"employer_nomination", "单位推荐函.pdf"}}}, "2025-05-08", "error.card.requires_honour");
    w.fails(window("370102"), RejectApplication{"CA", {"x"}}, "2025-05-08", "error.workflow.illegal_transition");
}
