// Property tests: random command sequences (seeded PRNG, thousands of steps) from
// every role. Whatever happens, (1) a rejected command leaves the state exactly as
// it was (equality and the JSON serialisation); (2) an applied command's state
// changes are rows of its workflow's transition table for the actor's role; (3) an
// applied command acted within the actor's scope, checked independently with the
// access policy; (4) records not named in the changed keys did not change.
#include "core/access.h"
#include "core/workflow.h"
#include "data/command_json.h"
#include "workflow_fixture.h"

#include <random>

using namespace wf;

namespace {

struct Gen {
    std::mt19937 rng;
    explicit Gen(unsigned seed) : rng(seed) {}
    int num(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    bool coin(int percent) { return num(1, 100) <= percent; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(num(0, int(v.size()) - 1))]; }
};

const std::vector<std::string> kTalents{"T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "Tx"};
const std::vector<std::string> kApps{"CA1", "CA2", "CA3", "CA4", "CA5", "CA6", "CA7", "CA8", "CAx"};
const std::vector<std::string> kRequests{"R1", "R2", "R3", "R4"};
const std::vector<std::string> kDepts{"sd_public_security", "sd_science_tech", "sd_hrss"};
const std::vector<std::string> kAgencies{"sd_exit_entry", "sd_foreign_work_permit", "sd_hrss_titles", "cr_jinan_stations"};
const std::vector<std::string> kRegions{"370000", "370100", "370102", "370200", "370202"};
const std::vector<std::string> kSpecs{"S1", "S1b", "S2", "S3", "S4"};
const std::vector<std::string> kEmployers{"E1", "E2", "E3", "E4"};
const std::vector<std::string> kItems{"A1", "A2", "A6", "A13", "A28", "A30"};
const std::vector<std::string> kBases{"direct.1", "direct.4", "review.1", "evaluation.4", "evaluation.5"};

std::vector<Actor> actors() {
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

Payload randomPayload(Gen& g, Date today) {
    auto date = [&] { return today + g.num(-3, 20); };
    auto app = [&] { return g.pick(kApps); };
    auto req = [&] { return g.pick(kRequests); };
    auto dep = [&] { return g.pick(kDepts); };
    auto reasons = [&] { return g.coin(80) ? std::vector<std::string>{"理由"} : std::vector<std::string>{}; };
    auto clockTarget = [&] { return g.coin(50) ? "card_application/" + app() : "task/" + req() + ":" + dep(); };
    const CardClass classes[] = {CardClass::DirectIssue, CardClass::ReviewIssue, CardClass::EvaluationIssue};
    // Weighted towards the card and service workflows, so that sequences get deep.
    const int which = g.coin(40) ? g.num(6, 17) : g.coin(40) ? g.num(25, 34) : g.num(0, 51);
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
        return SubmitCardApplication{app(), g.coin(85) ? matching : classes[g.num(0, 2)], basis, {"证明"}};
    }
    case 7: return CompleteApplication{app(), g.coin(50) ? std::vector<std::string>{"补充"} : std::vector<std::string>{}};
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
                                 : k == UnitKind::Department ? dep() : g.pick(kAgencies);
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
    default: return FileQuarterlyArchive{today.year() - g.num(0, 1), g.num(1, 4)};
    }
}

// Checks (2): a state change of a record of a workflow is a row of its table.
template <class S, class T, class F>
void checkTransitions(const Table<T>& before, const Table<T>& after, F stateOf, std::span<const Transition<S>> table,
                      S initial, bool createdInTable, std::string_view command, Role role) {
    for (const auto& [id, rec] : after) {
        auto old = before.find(id);
        if (old == before.end() && !createdInTable) continue;
        const S from = old == before.end() ? initial : stateOf(old->second);
        const S to = stateOf(rec);
        if (old != before.end() && from == to && old->second == rec) continue;
        INFO(command << " moved " << id << " from " << enumId(from) << " to " << enumId(to));
        CHECK(checkStep(table, from, command, to, role).ok());
    }
}

void runSequence(unsigned seed, int steps) {
    World w;
    w.seed();
    // Eight talents of the four employers, each with a specialist; T1 and T2 hold cards.
    const char* specs[] = {"S1", "S2", "S3", "S4"};
    for (int i = 1; i <= 8; ++i) {
        const std::string t = "T" + std::to_string(i), e = "E" + std::to_string((i - 1) % 4 + 1);
        w.addTalent(t, e, i % 10);
        w.ok(employerAdmin(e), AssignSpecialist{t, specs[(i - 1) % 4]}, "2025-01-06");
    }
    w.issueCard("T1", "E1", "S1", "CA0", "2025-01-06");
    w.issueCard("T2", "E2", "S2", "CA9", "2025-01-06");
    Gen g(seed);
    const std::vector<Actor> pool = actors();
    Date today = d("2025-03-03");
    int applied = 0;
    for (int step = 0; step < steps; ++step) {
        if (g.coin(30)) today = today + 1;
        Payload p = randomPayload(g, today);
        const std::string_view name = commandName(p);
        // Mostly an actor the policy lets issue it on its target, so that workflows
        // progress; otherwise anyone (forged scopes included).
        Actor actor = g.pick(pool);
        if (g.coin(85)) {
            std::vector<Actor> allowed;
            for (const auto& a : pool)
                if (can(a, name, commandTarget(Command{"", a, p}), w.state, w.ref.regions)) allowed.push_back(a);
            if (!allowed.empty()) actor = g.pick(allowed);
        }
        Command c{"p" + std::to_string(step), actor, p};
        const std::string target = commandTarget(c);
        const State before = w.state;
        auto r = apply(w.state, c, w.ctx(today));
        INFO("seed " << seed << " step " << step << " " << name << " by " << actor.id << " on " << today.iso());
        if (!r) {
            REQUIRE(w.state == before);
            if (step % 97 == 0) REQUIRE(stateToJson(w.state).dump() == stateToJson(before).dump());
            continue;
        }
        ++applied;
        CHECK(r->audit.commandId == c.id);
        // (3) within scope, by the independent access policy.
        const bool existed = recordExists(before, target) || target.starts_with("holiday_year/");
        const bool inScope = existed ? can(actor, name, target, before, w.ref.regions)
                                     : (commandRoles(name) & roleBit(actor.role)) && visible(actor, target, w.state, w.ref.regions);
        INFO("target " << target);
        CHECK(inScope);
        // (2) transitions.
        const Role role = actor.role;
        checkTransitions(before.cardApplications, w.state.cardApplications, [](const CardApplication& a) { return a.state; },
                         cardTransitions(), CardState::Draft, true, name, role);
        checkTransitions(before.requests, w.state.requests, [](const ServiceRequest& a) { return a.state; },
                         requestTransitions(), RequestState::None, true, name, role);
        checkTransitions(before.tasks, w.state.tasks, [](const DepartmentTask& a) { return a.state; }, taskTransitions(),
                         TaskState::None, true, name, role);
        checkTransitions(before.bookings, w.state.bookings, [](const Booking& a) { return a.state; }, bookingTransitions(),
                         BookingState::Booked, false, name, role);
        checkTransitions(before.hotline, w.state.hotline, [](const HotlineRequest& a) { return a.state; }, hotlineTransitions(),
                         HotlineState::Recorded, false, name, role);
        checkTransitions(before.complaints, w.state.complaints, [](const ComplaintItem& a) { return a.state; },
                         complaintTransitions(), ComplaintState::Flagged, false, name, role);
        checkTransitions(before.localCredentials, w.state.localCredentials, [](const LocalCredential& a) { return a.state; },
                         localCredentialTransitions(), LocalCredentialState::Applied, false, name, role);
        // (4) nothing outside the changed keys moved.
        for (const auto& key : allRecordKeys(w.state)) {
            if (std::find(r->changed.begin(), r->changed.end(), key) != r->changed.end()) continue;
            INFO("unlisted change of " << key);
            CHECK(recordToJson(before, key) == recordToJson(w.state, key));
        }
    }
    std::map<std::string, int> reached;
    for (const auto& [id, a] : w.state.cardApplications) reached[std::string(enumId(a.state))] += 1;
    for (const auto& [id, r] : w.state.requests) reached["request." + std::string(enumId(r.state))] += 1;
    std::string summary;
    for (const auto& [k, n] : reached) summary += k + "=" + std::to_string(n) + " ";
    INFO("seed " << seed << ": " << applied << " applied; " << summary);
    // The sequences must reach deep enough to mean something.
    CHECK(applied > 100); // the rest were rejected, each leaving the state unchanged
    CHECK(w.state.cards.size() > 2);
    CHECK_FALSE(w.state.tasks.empty());
}

} // namespace

TEST_CASE("1. random command sequences keep to the transition tables and the actors' scopes", "[core][S7.1][S7.4][S6.2.1]") {
    for (unsigned seed : {1u, 2u, 3u}) {
        DYNAMIC_SECTION("seed " << seed) { runSequence(seed, 4000); }
    }
}
