// This system's own policy: figures and rules the standard does not give, each a
// named setting with a default that the system administrator changes with a reason
// (card validity, 5 years by default; a conduct breach barring "excellent" that year,
// on by default).
#include "workflow_fixture.h"

#include "core/access.h"
#include "core/catalog_adjust.h"

using namespace wf;

TEST_CASE("1. the system administrator sets a policy within its bounds, with a reason, and a card issued after it follows it", "[core][S5.1]") {
    World w;
    w.seed();
    CHECK(policyValue(w.state, "card_validity_years") == 5);
    w.fails(window("370000"), SetPolicy{"card_validity_years", 3, "试行"}, "2025-01-06", "error.access.denied");
    w.fails(kAdmin, SetPolicy{"card_colour", 3, "试行"}, "2025-01-06", "error.policy.unknown");
    w.fails(kAdmin, SetPolicy{"card_validity_years", 0, "试行"}, "2025-01-06", "error.policy.range");
    w.fails(kAdmin, SetPolicy{"card_validity_years", 11, "试行"}, "2025-01-06", "error.policy.range");
    w.fails(kAdmin, SetPolicy{"card_validity_years", 3, ""}, "2025-01-06", "error.command.field");
    w.fails(kAdmin, SetPolicy{"card_validity_years", 5, "试行"}, "2025-01-06", "error.policy.same_value");
    w.ok(kAdmin, SetPolicy{"card_validity_years", 3, "试行三年"}, "2025-01-06");
    CHECK(policyValue(w.state, "card_validity_years") == 3);
    CHECK(w.state.policies.at("card_validity_years").reason == "试行三年");
    CHECK(visible(talent("T9"), "policy/card_validity_years", w.state, w.ref.regions));
    // A card issued after the change is valid for the new period.
    w.addTalent("T1", "E1", 1);
    const std::string card = w.issueCard("T1", "E1", "S1", "CA1", "2025-03-03");
    CHECK(w.state.cards.at(card).validUntil == d("2028-03-02"));
}

TEST_CASE("2. with the conduct bar off, a specialist with a breach that year may still be graded excellent", "[core][S8.2.2][S6.3]") {
    World w;
    w.seed();
    w.ok(window("370102"), RecordWindowEvaluation{"V1", EvaluationMethod::SiteVisit, UnitKind::Employer, "E1", "S1", "未按规范", 2, true, true},
         "2025-06-02");
    w.ok(employerAdmin("E1"), SetAssessmentPlan{"E1", 2025, "年度方案"}, "2025-06-02");
    const std::vector<GradeEvidence> ev{{EvidenceKind::TalentOpinion, "满意"}};
    w.fails(employerAdmin("E1"), GradeSpecialist{"S1", 2025, Grade::Excellent, ev}, "2025-12-20", "error.grading.conduct_breach");
    w.ok(kAdmin, SetPolicy{"conduct_bars_excellent", 0, "以单位考核为准"}, "2025-12-01");
    w.ok(employerAdmin("E1"), GradeSpecialist{"S1", 2025, Grade::Excellent, ev}, "2025-12-20");
}
