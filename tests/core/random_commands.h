// Random commands for the property tests: a seeded generator, a pool of actors of
// every role (a forged scope included) and random payloads of every command over a
// small set of ids, weighted towards the card and service workflows.
#pragma once
#include "workflow_fixture.h"

#include <random>

namespace wf {

struct Gen {
    std::mt19937 rng;
    explicit Gen(unsigned seed) : rng(seed) {}
    int num(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    bool coin(int percent) { return num(1, 100) <= percent; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(num(0, int(v.size()) - 1))]; }
};

inline const std::vector<std::string> kTalents{"T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "Tx"};
inline const std::vector<std::string> kApps{"CA1", "CA2", "CA3", "CA4", "CA5", "CA6", "CA7", "CA8", "CAx"};
inline const std::vector<std::string> kRequests{"R1", "R2", "R3", "R4"};
inline const std::vector<std::string> kDepts{"sd_public_security", "sd_science_tech", "sd_hrss"};
inline const std::vector<std::string> kAgencies{"sd_exit_entry", "sd_foreign_work_permit", "sd_hrss_titles", "cr_jinan_stations"};
inline const std::vector<std::string> kRegions{"370000", "370100", "370102", "370200", "370202"};
inline const std::vector<std::string> kSpecs{"S1", "S1b", "S2", "S3", "S4"};
inline const std::vector<std::string> kEmployers{"E1", "E2", "E3", "E4"};
inline const std::vector<std::string> kItems{"A1", "A2", "A6", "A13", "A28", "A30"};
inline const std::vector<std::string> kBases{"direct.1", "direct.4", "review.1", "evaluation.4", "evaluation.5"};

inline std::vector<Actor> actors() {
    std::vector<Actor> a{kAdmin};
    for (const auto& t : kTalents) a.push_back(talent(t));
    for (const auto& e : kEmployers) a.push_back(employerAdmin(e));
    a.push_back(specialist("S1", "E1"));
    a.push_back(specialist("S1b", "E1"));
    a.push_back(specialist("S2", "E2"));
    a.push_back(specialist("S3", "E3"));
    a.push_back(specialist("S4", "E4"));
    a.push_back(specialist("S1", "E4")); // a forged scope
    for (const auto& r : kRegions) a.push_back(window(r));
    for (const auto& dep : kDepts) a.push_back(department(dep));
    for (const auto& ag : kAgencies) a.push_back(agency(ag));
    return a;
}

// One entry for each evidence item of `basis` (S5.1), each with `document`: the
// talent's "证明" covers the whole basis, so that an application goes on as it did
// when evidence was free text.
inline std::vector<EvidenceDocument> everyItem(const std::string& basis, const std::string& document) {
    std::vector<EvidenceDocument> out;
    if (const auto* b = shippedReference().talent.basis(basis))
        for (const auto& e : b->evidence) out.push_back({e.id, document});
    return out;
}

// The specialist's "补充": a further document for the first evidence item of the
// application's basis, read from `state` where it holds the application (else the
// selection notice, an item most bases list). Neither draws: the sequences stay
// those of free-text evidence, where a supplement was taken whenever none was.
inline std::vector<EvidenceDocument> supplement(const State* state, const std::string& app) {
    std::string item = "selection_notice";
    if (state) {
        if (const auto a = state->cardApplications.find(app); a != state->cardApplications.end())
            if (const auto* b = shippedReference().talent.basis(a->second.basis); b && !b->evidence.empty())
                item = b->evidence.front().id;
    }
    return {{item, "补充"}};
}

constexpr int kPayloadKinds = 59; // randomPayloadOf's `which`: one per command
// The kinds random sequences draw from: all but the registration of departments and
// agencies (52, 53), a talent's answer to an invitation (54), a refused local
// credential (55), a catalogue adjustment (56), a training (57) and a policy (58),
// which the sweep of
// every command by every actor tries; drawing them in sequences too would change
// every seeded sequence the tests' depth checks were set on.
constexpr int kSequenceKinds = 52;

// A random payload of command number `which` (0 .. kPayloadKinds - 1); `state`, when
// given, is the world the payload is for (it draws nothing).
inline Payload randomPayloadOf(Gen& g, Date today, int which, const State* state = nullptr) {
    auto date = [&] { return today + g.num(-3, 20); };
    auto app = [&] { return g.pick(kApps); };
    auto req = [&] { return g.pick(kRequests); };
    auto dep = [&] { return g.pick(kDepts); };
    auto reasons = [&] { return g.coin(80) ? std::vector<std::string>{"理由"} : std::vector<std::string>{}; };
    auto clockTarget = [&] { return g.coin(50) ? "card_application/" + app() : "task/" + req() + ":" + dep(); };
    const CardClass classes[] = {CardClass::DirectIssue, CardClass::ReviewIssue, CardClass::EvaluationIssue};
    switch (which) {
    case 0: return RegisterEmployer{"E" + std::to_string(g.num(5, 6)), "单位", g.pick(kRegions)};
    case 1: return RegisterSpecialist{"SX" + std::to_string(g.num(0, 3)), "专员", Role::EmployerSpecialist, g.pick(kEmployers)};
    case 2: {
        RegisterTalent t;
        t.id = g.pick(kTalents);
        t.name = "新人才";
        t.category = "skilled";
        t.idNumber = residentId(g.num(0, 9));
        t.employer = g.pick(kEmployers);
        return t;
    }
    case 3: {
        UpdateTalentProfile u;
        u.talent = g.pick(kTalents);
        if (g.coin(50)) u.flexibleIntroduction = g.coin(50);
        if (g.coin(50)) u.honours = std::vector<Honour>{Honour{"工程", HonourLevel::National, g.coin(50), 2020}};
        if (g.coin(30)) u.yearsInKeyPost = g.num(-1, 6);
        return u;
    }
    case 4: return AssignSpecialist{g.pick(kTalents), g.pick(kSpecs)};
    case 5: return LoadHolidayYear{2027, {d("2027-01-01")}, {}};
    case 6: {
        const std::string basis = g.pick(kBases);
        const CardClass matching = basis[0] == 'd' ? CardClass::DirectIssue : basis[0] == 'r' ? CardClass::ReviewIssue
                                                                                              : CardClass::EvaluationIssue;
        return SubmitCardApplication{app(), g.coin(85) ? matching : classes[g.num(0, 2)], basis, everyItem(basis, "证明")};
    }
    case 7: {
        const std::string id = app();
        return CompleteApplication{id, g.coin(50) ? supplement(state, id) : std::vector<EvidenceDocument>{}};
    }
    case 8: return SubmitToWindow{app()};
    case 9: return ApproveAtWindow{app(), ""};
    case 10: return EscalateToUpperWindow{app()};
    case 11: return ReturnForRevision{app(), reasons()};
    case 12: return Resubmit{app(), ""};
    case 13: return RejectApplication{app(), reasons()};
    case 14: return ConfirmContract{app(), date()};
    case 15: return ReferToExpertPanel{app()};
    case 16: return RecordExpertPanelDecision{app(), {"专家"}, g.coin(70), "意见"};
    case 17: return IssueCard{app()};
    case 18: return RecommendForCard{g.pick(kTalents), ""};
    case 19: return SuspendClock{clockTarget(), g.coin(90) ? "原因" : ""};
    case 20: return ResumeClock{clockTarget(), "原因"};
    case 21: return ExtendClock{clockTarget(), g.num(0, 3), "原因"};
    case 22: return PublishLocalCredentialScheme{"L" + std::to_string(g.num(0, 2)), "凭证", "条件", "程序", g.num(0, 10), {"服务"}};
    case 23: return ApplyLocalCredential{"LC" + std::to_string(g.num(0, 3)), "L" + std::to_string(g.num(0, 2)), g.pick(kTalents)};
    case 24: return IssueLocalCredential{"LC" + std::to_string(g.num(0, 3))};
    case 25: return BookDirectService{"B" + std::to_string(g.num(0, 3)), g.pick(kItems), g.pick(kAgencies), date()};
    case 26: return ServeBooking{"B" + std::to_string(g.num(0, 3))};
    case 27: return FileServiceRequest{req(), g.pick(kTalents), g.pick(kItems), {"材料"}};
    case 28: return DispatchToDepartments{req(), {}};
    case 29: return AssignToAgency{req(), dep(), g.pick(kAgencies)};
    case 30: return CompleteHandling{req(), dep(), "结果", g.coin(80)};
    case 31: return ReportResult{req(), dep()};
    case 32: return ReportOverdue{req(), dep(), "说明", date()};
    case 33: return InformTalent{req(), ""};
    case 34: return RateService{req(), g.num(0, 6), ""};
    case 35: return RecordHotlineRequest{"H" + std::to_string(g.num(0, 2)), IntakeChannel::Hotline, g.pick(kTalents), "咨询"};
    case 36: return ForwardHotlineRequest{"H" + std::to_string(g.num(0, 2)), g.pick(kAgencies)};
    case 37: return ResolveHotlineRequest{"H" + std::to_string(g.num(0, 2)), "答复"};
    case 38: return RaiseProblem{"P" + std::to_string(g.num(0, 3)), ProblemKind::Problem, g.pick(kTalents), "问题"};
    case 39: return EscalateProblem{"P" + std::to_string(g.num(0, 3))};
    case 40: {
        const UnitKind kinds[] = {UnitKind::Window, UnitKind::Employer, UnitKind::Department, UnitKind::Agency};
        const UnitKind k = kinds[g.num(0, 3)];
        const std::string unit = k == UnitKind::Window ? g.pick(kRegions) : k == UnitKind::Employer ? g.pick(kEmployers)
                                                                        : k == UnitKind::Department ? dep()
                                                                                                    : g.pick(kAgencies);
        return RecordWindowEvaluation{"V" + std::to_string(g.num(0, 3)), EvaluationMethod::SiteVisit, k, unit,
                                      g.coin(50) ? g.pick(kSpecs) : "", "发现", g.num(0, 5), g.coin(30), g.coin(50)};
    }
    case 41: return AcknowledgeCorrection{"V" + std::to_string(g.num(0, 3)), "整改"};
    case 42: return FlagComplaintItem{"K" + std::to_string(g.num(0, 2)), g.pick(kItems), dep(), g.num(0, 9), "投诉"};
    case 43: return RespondToComplaint{"K" + std::to_string(g.num(0, 2)), "回复"};
    case 44: return CloseComplaint{"K" + std::to_string(g.num(0, 2))};
    case 45: return SetAssessmentPlan{g.pick(kEmployers), today.year() - g.num(0, 1), "方案"};
    case 46: {
        const Grade grades[] = {Grade::Excellent, Grade::Good, Grade::Adequate, Grade::Inadequate};
        return GradeSpecialist{g.pick(kSpecs), today.year() - g.num(0, 1), grades[g.num(0, 3)], {{EvidenceKind::TalentOpinion, "意见"}}};
    }
    case 47: return CommendSpecialist{g.pick(kSpecs), today.year() - g.num(0, 1), ""};
    case 48: return PublishTypicalCase{"C" + std::to_string(g.num(0, 2)), "案例", "摘要", g.coin(50) ? req() : "", ""};
    case 49: return CreateLiaisonEvent{"EV" + std::to_string(g.num(0, 1)), "活动", g.pick(kItems), date()};
    case 50: return InviteTalent{"EV" + std::to_string(g.num(0, 1)), g.pick(kTalents)};
    case 51: return FileQuarterlyArchive{today.year() - g.num(0, 1), g.num(1, 4)};
    case 52: return RegisterDepartment{"DL" + std::to_string(g.num(0, 1)), "市县部门", "", g.pick(kRegions), dep()};
    case 53: return RegisterAgency{"AL" + std::to_string(g.num(0, 1)), g.coin(70) ? "DL" + std::to_string(g.num(0, 1)) : dep(), "机构", ""};
    case 54: return AnswerInvitation{"EV" + std::to_string(g.num(0, 1)) + ":" + g.pick(kTalents), g.coin(50), g.coin(50) ? "备注" : ""};
    case 55: return RefuseLocalCredential{"LC" + std::to_string(g.num(0, 3)), {"理由"}};
    case 56: {
        const char* modes[] = {"", "application", "direct_with_card", "booked", "bogus"};
        return AdjustCatalogItem{g.pick(kItems), modes[g.num(0, 4)], g.num(0, 20), "", g.coin(30) ? "New text" : "", "评估结果"};
    }
    case 57: return RecordTraining{"TR" + std::to_string(g.num(0, 1)), "培训", today - g.num(0, 3), {g.pick(kSpecs)}};
    default: return SetPolicy{g.coin(50) ? "card_validity_years" : "conduct_bars_excellent", g.num(0, 6), "理由"};
    }
}

// A random payload, weighted towards the card and service workflows so that
// sequences get deep.
inline Payload randomPayload(Gen& g, Date today, const State* state = nullptr) {
    const int which = g.coin(40) ? g.num(6, 17) : g.coin(40) ? g.num(25, 34)
                                                             : g.num(0, kSequenceKinds - 1);
    return randomPayloadOf(g, today, which, state);
}

} // namespace wf
