// Evaluation and improvement (S8): windows evaluate lower windows and units by site
// visit, unannounced check, hotline and phone interview and notify units to
// correct; items with concentrated complaints go back to their department; units
// grade every specialist yearly against their own plan with evidence; excellent
// specialists are commended and typical cases published. The conduct standard
// LD/T 03-2020 (S6.3) is cited on every evaluation and grade: a conduct breach
// always triggers a correction notice and bars the grade "excellent" that year.
// Liaison events invite card holders to invitation items (S6.1.1 (5)).
#include "workflow_fixture.h"

#include "core/access.h"
#include "core/liaison.h"
#include "core/offers.h"

using namespace wf;

namespace {
RecordWindowEvaluation evaluation(const char* id, EvaluationMethod m, UnitKind k, const char* unit, const char* spec,
                                  bool breach, bool correct) {
    return RecordWindowEvaluation{id, m, k, unit, spec, "服务记录完整", 4, breach, correct};
}
} // namespace

TEST_CASE("1. windows evaluate lower windows and units by the four methods", "[core][S8.1.1][S8.1.2]") {
    World w;
    w.seedCardHolder();
    struct Case {
        int n;
        Actor by;
        RecordWindowEvaluation e;
        const char* key; // "" = applies
    };
    const std::vector<Case> cases = {
        {1, window("370000"), evaluation("V1", EvaluationMethod::SiteVisit, UnitKind::Window, "370100", "", false, false), ""},
        {2, window("370100"), evaluation("V2", EvaluationMethod::UnannouncedCheck, UnitKind::Window, "370102", "", false, false), ""},
        {3, window("370102"), evaluation("V3", EvaluationMethod::Hotline, UnitKind::Window, "370100", "", false, false), "error.evaluation.out_of_region"},
        {4, window("370100"), evaluation("V4", EvaluationMethod::PhoneInterview, UnitKind::Window, "370100", "", false, false), "error.evaluation.out_of_region"},
        {5, window("370102"), evaluation("V5", EvaluationMethod::PhoneInterview, UnitKind::Employer, "E1", "S1", false, true), ""},
        {6, window("370102"), evaluation("V6", EvaluationMethod::SiteVisit, UnitKind::Employer, "E4", "", false, false), "error.employer.unknown"}, // out of sight
        {7, window("370102"), evaluation("V7", EvaluationMethod::SiteVisit, UnitKind::Employer, "E1", "S4", false, false), "error.staff.unknown"},
        {8, window("370000"), evaluation("V8", EvaluationMethod::Hotline, UnitKind::Agency, "sd_exit_entry", "H-sd_exit_entry", false, true), ""},
        {9, window("370102"), evaluation("V9", EvaluationMethod::SiteVisit, UnitKind::Employer, "E1", "", true, false), "error.evaluation.conduct_needs_specialist"},
    };
    for (const auto& c : cases) { // in order: later cases see the earlier ones' records
        INFO("case " << c.n);
        if (*c.key) w.fails(c.by, c.e, "2025-06-02", c.key);
        else w.ok(c.by, c.e, "2025-06-02");
    }
    CHECK(w.state.evaluations.at("V1").notice == NoticeState::None);
    const auto& v5 = w.state.evaluations.at("V5");
    CHECK(v5.notice == NoticeState::Sent);
    CHECK(v5.method == EvaluationMethod::PhoneInterview);
    // The unit reports its correction; only that unit may.
    w.fails(employerAdmin("E4"), AcknowledgeCorrection{"V5", "已整改"}, "2025-06-10", "error.evaluation.unknown");
    w.fails(employerAdmin("E1"), AcknowledgeCorrection{"V5", ""}, "2025-06-10", "error.command.field");
    w.ok(employerAdmin("E1"), AcknowledgeCorrection{"V5", "已加强专员培训"}, "2025-06-10");
    CHECK(w.state.evaluations.at("V5").notice == NoticeState::Corrected);
    w.ok(agency("sd_exit_entry"), AcknowledgeCorrection{"V8", "已整改"}, "2025-06-10");
    w.fails(window("370100"), AcknowledgeCorrection{"V1", "x"}, "2025-06-10", "error.workflow.illegal_transition");
}

TEST_CASE("2. conduct (LD/T 03-2020): a breach sends a notice and bars an excellent grade that year", "[core][S6.3][S8.2.2]") {
    World w;
    w.seedCardHolder();
    w.ok(window("370102"), evaluation("V1", EvaluationMethod::UnannouncedCheck, UnitKind::Employer, "E1", "S1", true, false), "2025-06-02");
    const auto& v = w.state.evaluations.at("V1");
    CHECK(v.conductStandard == "LD/T 03-2020");
    CHECK(v.notice == NoticeState::Sent); // a breach always notifies the unit
    w.ok(employerAdmin("E1"), SetAssessmentPlan{"E1", 2025, "年度考核：服务质量、人才评价、行为规范"}, "2025-01-10");
    const std::vector<GradeEvidence> ev{{EvidenceKind::TalentOpinion, "人才评价满意"}};
    w.fails(employerAdmin("E1"), GradeSpecialist{"S1", 2025, Grade::Excellent, ev}, "2025-12-20", "error.grading.conduct_breach");
    w.ok(employerAdmin("E1"), GradeSpecialist{"S1", 2025, Grade::Good, ev}, "2025-12-20");
    // Another year, another record.
    w.ok(employerAdmin("E1"), SetAssessmentPlan{"E1", 2026, "年度考核"}, "2026-01-10");
    w.ok(employerAdmin("E1"), GradeSpecialist{"S1", 2026, Grade::Excellent, ev}, "2026-12-20");
    CHECK(w.state.grades.at("S1:2026").conductStandard == "LD/T 03-2020");
}

TEST_CASE("3. the unit grades every specialist yearly by its plan, on evidence, in four grades", "[core][S8.2.1][S8.2.2]") {
    World w;
    w.seedCardHolder();
    const std::vector<GradeEvidence> ev{{EvidenceKind::MediaReport, "大众日报报道"},
                                        {EvidenceKind::NetizenComment, "网民点赞"},
                                        {EvidenceKind::TalentOpinion, "人才评价满意"}};
    w.fails(employerAdmin("E1"), GradeSpecialist{"S1", 2025, Grade::Excellent, ev}, "2025-12-20", "error.grading.no_plan");
    w.fails(employerAdmin("E1"), SetAssessmentPlan{"E4", 2025, "x"}, "2025-01-10", "error.access.denied");
    w.ok(employerAdmin("E1"), SetAssessmentPlan{"E1", 2025, "本单位服务专员年度考核方案"}, "2025-01-10");
    struct Case {
        int n;
        Actor by;
        GradeSpecialist g;
        const char* key;
    };
    const std::vector<Case> cases = {
        {1, employerAdmin("E1"), {"S1", 2025, Grade::Excellent, {}}, "error.grading.no_evidence"},
        {2, employerAdmin("E1"), {"S1", 2025, Grade::Excellent, {{EvidenceKind::MediaReport, ""}}}, "error.grading.no_evidence"},
        {3, employerAdmin("E1"), {"S4", 2025, Grade::Good, ev}, "error.staff.unknown"},
        {4, employerAdmin("E1"), {"S1", 2026, Grade::Good, ev}, "error.grading.future_year"},
        {5, employerAdmin("E1"), {"ADM-E1", 2025, Grade::Good, ev}, "error.grading.not_specialist"},
        {6, employerAdmin("E1"), {"S1", 2025, Grade::Excellent, ev}, ""},
        {7, employerAdmin("E1"), {"S1", 2025, Grade::Good, ev}, "error.grading.duplicate"},
        {8, employerAdmin("E1"), {"S1b", 2025, Grade::Inadequate, {{EvidenceKind::TalentOpinion, "多次未及时回应"}}}, ""},
    };
    for (const auto& c : cases) { // in order: case 7 needs case 6's grade
        INFO("case " << c.n);
        if (*c.key) w.fails(c.by, c.g, "2025-12-20", c.key);
        else w.ok(c.by, c.g, "2025-12-20");
    }
    CHECK(w.state.grades.at("S1:2025").evidence.size() == 3);
    CHECK(w.state.grades.at("S1b:2025").grade == Grade::Inadequate);
    // The system administrator grades the specialists of units without an admin role.
    w.ok(kAdmin, SetAssessmentPlan{"sd_exit_entry", 2025, "承办机构考核方案"}, "2025-01-10");
    w.ok(kAdmin, GradeSpecialist{"H-sd_exit_entry", 2025, Grade::Adequate, ev}, "2025-12-20");
}

TEST_CASE("4. complaints sent back to the department, commendations and typical cases", "[core][S8.1.2][S8.3]") {
    World w;
    w.seedCardHolder();
    w.fails(window("370000"), FlagComplaintItem{"K1", "A2", "sd_hrss", 12, "办理慢"}, "2025-06-02", "error.request.department_not_competent");
    w.ok(window("370000"), FlagComplaintItem{"K1", "A2", "sd_public_security", 12, "居留许可办理时间长，反映集中"}, "2025-06-02");
    w.fails(window("370000"), CloseComplaint{"K1"}, "2025-06-03", "error.workflow.illegal_transition");
    w.fails(department("sd_science_tech"), RespondToComplaint{"K1", "x"}, "2025-06-03", "error.complaint.unknown");
    w.ok(department("sd_public_security"), RespondToComplaint{"K1", "已压缩办理时限"}, "2025-06-03");
    w.ok(window("370000"), CloseComplaint{"K1"}, "2025-06-04");
    CHECK(w.state.complaints.at("K1").state == ComplaintState::Closed);

    const std::vector<GradeEvidence> ev{{EvidenceKind::TalentOpinion, "满意"}};
    w.ok(employerAdmin("E1"), SetAssessmentPlan{"E1", 2025, "方案"}, "2025-01-10");
    w.ok(employerAdmin("E1"), GradeSpecialist{"S1", 2025, Grade::Excellent, ev}, "2025-12-20");
    w.ok(employerAdmin("E1"), GradeSpecialist{"S1b", 2025, Grade::Good, ev}, "2025-12-20");
    w.fails(window("370102"), CommendSpecialist{"S1b", 2025, "表扬"}, "2025-12-25", "error.commend.not_excellent");
    w.fails(window("370200"), CommendSpecialist{"S1", 2025, "表扬"}, "2025-12-25", "error.commend.not_excellent"); // out of sight
    w.ok(window("370102"), CommendSpecialist{"S1", 2025, "服务专员先进典型"}, "2025-12-25");

    w.ok(specialist("S1", "E1"), FileServiceRequest{"R1", "T1", "A6", {"业绩材料"}}, "2025-06-02");
    w.fails(window("370102"), PublishTypicalCase{"C1", "职称直通车", "首次评审即获正高", "R1", "S1"}, "2025-06-03",
            "error.case.request_not_completed");
    w.ok(department("sd_hrss"), AssignToAgency{"R1", "sd_hrss", "sd_hrss_titles"}, "2025-06-03");
    w.ok(agency("sd_hrss_titles"), CompleteHandling{"R1", "sd_hrss", "评审通过", true}, "2025-06-20");
    w.ok(department("sd_hrss"), ReportResult{"R1", "sd_hrss"}, "2025-06-20");
    w.ok(specialist("S1", "E1"), InformTalent{"R1", ""}, "2025-06-23");
    w.fails(window("370200"), PublishTypicalCase{"C1", "职称直通车", "首次评审即获正高", "R1", "S1"}, "2025-06-24", "error.request.unknown");
    w.ok(window("370102"), PublishTypicalCase{"C1", "职称直通车", "首次评审即获正高", "R1", "S1"}, "2025-06-24");
    CHECK(w.state.typicalCases.at("C1").window == "370102");
}

TEST_CASE("5. liaison events invite card holders to invitation items", "[core][S6.1.1]") {
    World w;
    w.seedCardHolder();
    w.addTalent("T5", "E1", 5);
    w.fails(window("370100"), CreateLiaisonEvent{"EV1", "人才联谊会", "A2", d("2025-07-01")}, "2025-06-02", "error.event.not_invitation");
    w.ok(window("370100"), CreateLiaisonEvent{"EV1", "产业环境考察", "A28", d("2025-07-01")}, "2025-06-02");
    w.fails(window("370102"), InviteTalent{"EV1", "T1"}, "2025-06-03", "error.access.denied");
    w.fails(window("370100"), InviteTalent{"EV1", "T5"}, "2025-06-03", "error.card.no_valid_card");
    w.ok(window("370100"), InviteTalent{"EV1", "T1"}, "2025-06-03");
    w.fails(window("370100"), InviteTalent{"EV1", "T1"}, "2025-06-03", "error.record.exists");
    CHECK(w.state.invitations.count("EV1:T1") == 1);
}

TEST_CASE("6. an invited talent answers, and may change the answer until the event's day", "[core][S6.1.1][A28]") {
    World w;
    w.seedCardHolder();
    w.addTalent("T5", "E1", 5); // no card
    w.ok(window("370100"), CreateLiaisonEvent{"EV1", "产业环境考察", "A28", d("2025-07-01")}, "2025-06-02");
    // Whom the city window may invite: its card holders only; the county window below
    // did not organise the event and may invite no one to it.
    CHECK(invitableTalents(w.state, window("370100"), "EV1", w.ctx(d("2025-06-03"))) == std::vector<std::string>{"T1"});
    CHECK(invitableTalents(w.state, window("370102"), "EV1", w.ctx(d("2025-06-03"))).empty());
    CHECK(invitableTalents(w.state, window("370200"), "EV1", w.ctx(d("2025-06-03"))).empty());
    w.ok(window("370100"), InviteTalent{"EV1", "T1"}, "2025-06-03");
    CHECK(invitableTalents(w.state, window("370100"), "EV1", w.ctx(d("2025-06-03"))).empty());

    // The answer is offered to the invited talent only.
    const auto offered = offers(w.state, talent("T1"), "invitation/EV1:T1", w.ctx(d("2025-06-04")));
    REQUIRE(findOffer(offered, "AnswerInvitation") != nullptr);
    CHECK(offers(w.state, window("370100"), "invitation/EV1:T1", w.ctx(d("2025-06-04"))).empty());
    w.fails(talent("T5"), AnswerInvitation{"EV1:T1", true, ""}, "2025-06-04", "error.invitation.unknown"); // not theirs
    w.ok(talent("T1"), AnswerInvitation{"EV1:T1", true, "携家属两人"}, "2025-06-04");
    const Invitation& i = w.state.invitations.at("EV1:T1");
    CHECK(i.answered);
    CHECK(i.accepted);
    CHECK(i.note == "携家属两人");
    CHECK(i.answeredOn == d("2025-06-04"));
    w.fails(talent("T1"), AnswerInvitation{"EV1:T1", true, "携家属两人"}, "2025-06-05", "error.invitation.same_answer");
    w.ok(talent("T1"), AnswerInvitation{"EV1:T1", false, "出差"}, "2025-07-01"); // on the day itself
    CHECK_FALSE(w.state.invitations.at("EV1:T1").accepted);
    w.fails(talent("T1"), AnswerInvitation{"EV1:T1", true, ""}, "2025-07-02", "error.invitation.event_passed");
    CHECK(offers(w.state, talent("T1"), "invitation/EV1:T1", w.ctx(d("2025-07-02"))).empty());
}

TEST_CASE("7. a complaint's response and closing are offered to the department and the window in turn", "[core][S8.1.2]") {
    World w;
    w.seedCardHolder();
    w.ok(window("370102"), FlagComplaintItem{"K1", "A2", "sd_public_security", 6, "居留许可反映集中"}, "2025-06-02");
    auto has = [&](const Actor& a, const char* command, const char* on) {
        return findOffer(offers(w.state, a, "complaint/K1", w.ctx(d(on))), command) != nullptr;
    };
    CHECK(has(department("sd_public_security"), "RespondToComplaint", "2025-06-03"));
    CHECK_FALSE(has(department("sd_science_tech"), "RespondToComplaint", "2025-06-03"));
    CHECK_FALSE(has(window("370102"), "CloseComplaint", "2025-06-03"));
    w.ok(department("sd_public_security"), RespondToComplaint{"K1", "已增派人手"}, "2025-06-03");
    CHECK_FALSE(has(department("sd_public_security"), "RespondToComplaint", "2025-06-04"));
    CHECK(has(window("370102"), "CloseComplaint", "2025-06-04"));
    CHECK(has(window("370100"), "CloseComplaint", "2025-06-04") == false); // the window that flagged it closes it
}

TEST_CASE("8. window, department and agency units grade their own specialists, never themselves", "[core][S8.2.1][S8.2.2]") {
    World w;
    w.seedCardHolder();
    const char* on = "2025-12-20";
    w.ok(kAdmin, RegisterSpecialist{"W-370102b", "窗口专员乙", Role::WindowSpecialist, "370102"}, on);
    w.ok(kAdmin, RegisterSpecialist{"H-sd_exit_entry-b", "承办专员乙", Role::HandlingSpecialist, "sd_exit_entry"}, on);
    const std::vector<GradeEvidence> ev{{EvidenceKind::DailyRecord, "全年按时办结"}};
    // Each unit's plan is its own.
    w.fails(window("370102"), SetAssessmentPlan{"370100", 2025, "方案"}, on, "error.access.denied");
    w.ok(window("370102"), SetAssessmentPlan{"370102", 2025, "区窗口年度考核方案"}, on);
    w.ok(agency("sd_exit_entry"), SetAssessmentPlan{"sd_exit_entry", 2025, "机构方案"}, on);
    w.fails(window("370102"), GradeSpecialist{"W-370102", 2025, Grade::Good, ev}, on, "error.grading.self");
    w.fails(window("370102"), GradeSpecialist{"W-370100", 2025, Grade::Good, ev}, on, "error.staff.unknown"); // out of sight
    w.fails(window("370102"), GradeSpecialist{"S1", 2025, Grade::Good, ev}, on, "error.access.denied");
    w.ok(window("370102"), GradeSpecialist{"W-370102b", 2025, Grade::Good, ev}, on);
    w.ok(agency("sd_exit_entry"), GradeSpecialist{"H-sd_exit_entry-b", 2025, Grade::Excellent, ev}, on);
    w.fails(department("sd_public_security"), GradeSpecialist{"D-sd_public_security", 2025, Grade::Good, ev}, on, "error.grading.self");
    CHECK(w.state.grades.at("W-370102b:2025").unit == "370102");
    CHECK(w.state.grades.at("H-sd_exit_entry-b:2025").evidence.front().kind == EvidenceKind::DailyRecord);
}

TEST_CASE("9. a window records the training it gave the specialists of its area", "[core][S6.1.1][S8.3]") {
    World w;
    w.seedCardHolder();
    const char* on = "2025-06-10";
    w.fails(window("370102"), RecordTraining{"TR1", "", d("2025-06-09"), {"S1"}}, on, "error.command.field");
    w.fails(window("370102"), RecordTraining{"TR1", "服务规范培训", d("2025-06-11"), {"S1"}}, on, "error.training.future_date");
    w.fails(window("370102"), RecordTraining{"TR1", "服务规范培训", d("2025-06-09"), {}}, on, "error.training.no_specialists");
    w.fails(window("370102"), RecordTraining{"TR1", "服务规范培训", d("2025-06-09"), {"S4"}}, on, "error.staff.unknown"); // Qingdao: out of sight
    w.fails(window("370102"), RecordTraining{"TR1", "服务规范培训", d("2025-06-09"), {"S1", "S1"}}, on, "error.command.field");
    w.fails(window("370102"), RecordTraining{"TR1", "服务规范培训", d("2025-06-09"), {"ADM-E1"}}, on, "error.grading.not_specialist");
    w.ok(window("370102"), RecordTraining{"TR1", "服务规范培训", d("2025-06-09"), {"S1", "S1b"}}, on);
    w.fails(window("370102"), RecordTraining{"TR1", "again", d("2025-06-09"), {"S1"}}, on, "error.record.exists");
    const auto& t = w.state.trainings.at("TR1");
    CHECK(t.window == "370102");
    CHECK(t.specialists.size() == 2);
    // The trained specialist, their unit and the window read it; another unit does not.
    CHECK(visible(specialist("S1", "E1"), "training/TR1", w.state, w.ref.regions));
    CHECK(visible(employerAdmin("E1"), "training/TR1", w.state, w.ref.regions));
    CHECK_FALSE(visible(employerAdmin("E4"), "training/TR1", w.state, w.ref.regions));
    CHECK_FALSE(visible(specialist("S4", "E4"), "training/TR1", w.state, w.ref.regions));
}

TEST_CASE("10. the handling agencies of the item under the department answer a complaint too, once each", "[core][S8.1.2]") {
    World w;
    w.seedCardHolder();
    w.ok(window("370102"), FlagComplaintItem{"K1", "A2", "sd_public_security", 6, "居留许可反映集中"}, "2025-06-02");
    // A2's agencies under public security: exit and entry only (the permit office is under science and technology).
    CHECK(w.state.complaints.at("K1").agencies == std::vector<std::string>{"sd_exit_entry"});
    CHECK(visible(agency("sd_exit_entry"), "complaint/K1", w.state, w.ref.regions));
    CHECK_FALSE(visible(agency("sd_foreign_work_permit"), "complaint/K1", w.state, w.ref.regions));
    w.fails(agency("sd_foreign_work_permit"), RespondToComplaint{"K1", "x"}, "2025-06-03", "error.complaint.unknown");
    w.fails(agency("sd_exit_entry"), RespondToComplaint{"K1", ""}, "2025-06-03", "error.command.field");
    w.ok(agency("sd_exit_entry"), RespondToComplaint{"K1", "窗口延时服务"}, "2025-06-03");
    const auto& k = w.state.complaints.at("K1");
    CHECK(k.state == ComplaintState::Flagged); // the department's answer is still awaited
    REQUIRE(k.agencyResponses.size() == 1);
    CHECK(k.agencyResponses.front().agency == "sd_exit_entry");
    CHECK(k.agencyResponses.front().text == "窗口延时服务");
    w.fails(agency("sd_exit_entry"), RespondToComplaint{"K1", "again"}, "2025-06-04", "error.complaint.answered");
    w.fails(window("370102"), CloseComplaint{"K1"}, "2025-06-04", "error.workflow.illegal_transition");
    w.ok(department("sd_public_security"), RespondToComplaint{"K1", "已增派人手"}, "2025-06-04");
    w.ok(window("370102"), CloseComplaint{"K1"}, "2025-06-05");
}
