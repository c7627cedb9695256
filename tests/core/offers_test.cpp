// The core's offers (core/offers.h): for each state of a card application and each
// actor, the commands offered are exactly those apply() takes (or waits on), the
// state is left as it was, and over random command sequences every command on a card
// application, a department task, a request, a booking, a hotline request or an
// evaluation that applied had been offered to its actor on its record just before.
#include "core/access.h"
#include "core/offers.h"
#include "random_commands.h"

#include <algorithm>
#include <map>
#include <set>

using namespace wf;

namespace {

// "Command" for an offer that can be taken, "Command?error.key" for one that waits.
std::set<std::string> offered(const World& w, const Actor& a, const std::string& app, const char* on) {
    std::set<std::string> out;
    for (const auto& o : offers(w.state, a, recordKey("card_application", app), w.ctx(d(on))))
        out.insert(o.ready() ? o.command : o.command + "?" + o.waitingOn);
    return out;
}

using Names = std::set<std::string>;

// Whether the record `key` ("kind/id") of an offered kind exists.
bool recordExists(const State& s, const std::string& key) {
    const auto slash = key.find('/');
    if (slash == std::string::npos) return false;
    const std::string kind = key.substr(0, slash), id = key.substr(slash + 1);
    if (kind == "card_application") return s.cardApplications.count(id) > 0;
    if (kind == "task") return s.tasks.count(id) > 0;
    if (kind == "request") return s.requests.count(id) > 0;
    if (kind == "booking") return s.bookings.count(id) > 0;
    if (kind == "hotline") return s.hotline.count(id) > 0;
    if (kind == "evaluation") return s.evaluations.count(id) > 0;
    return false;
}

// The first choice of an offer's field.
std::string firstChoice(const Offer& o, std::string_view field) {
    for (const auto& f : o.fields)
        if (f.name == field && !f.choices.empty()) return f.choices.front();
    return {};
}

// The command a screen builds from an offer, with what a person types or picks.
Payload fromOffer(const Offer& o, Date today) {
    const std::string id = o.record.substr(o.record.find('/') + 1);
    const std::string request = id.substr(0, id.find(':'));
    const std::string department = id.find(':') == std::string::npos ? "" : id.substr(id.find(':') + 1);
    if (o.command == "AssignToAgency") return AssignToAgency{request, department, firstChoice(o, "agency")};
    if (o.command == "CompleteHandling") return CompleteHandling{request, department, "已办结", true};
    if (o.command == "ReportResult") return ReportResult{request, department};
    if (o.command == "ReportOverdue") return ReportOverdue{request, department, "材料补正中", today + 5};
    if (o.command == "DispatchToDepartments") return DispatchToDepartments{id, {}};
    if (o.command == "InformTalent") return InformTalent{id, "已电话告知"};
    if (o.command == "RateService") return RateService{id, 5, "满意"};
    if (o.command == "ServeBooking") return ServeBooking{id};
    if (o.command == "ForwardHotlineRequest") return ForwardHotlineRequest{id, "sd_exit_entry"};
    if (o.command == "ResolveHotlineRequest") return ResolveHotlineRequest{id, "已答复"};
    if (o.command == "AcknowledgeCorrection") return AcknowledgeCorrection{id, "已整改"};
    const std::vector<std::string> reasons{"材料不全"};
    // The documents typed in name items of the application's basis, which the offer
    // does not know: none are added, so a waiting offer waits for the same reason.
    if (o.command == "CompleteApplication") return CompleteApplication{id, {}};
    if (o.command == "SubmitToWindow") return SubmitToWindow{id};
    if (o.command == "ApproveAtWindow") return ApproveAtWindow{id, ""};
    if (o.command == "EscalateToUpperWindow") return EscalateToUpperWindow{id};
    if (o.command == "ReturnForRevision") return ReturnForRevision{id, reasons};
    if (o.command == "Resubmit") return Resubmit{id, "已补充"};
    if (o.command == "RejectApplication") return RejectApplication{id, reasons};
    if (o.command == "ConfirmContract") return ConfirmContract{id, today};
    if (o.command == "ReferToExpertPanel") return ReferToExpertPanel{id};
    if (o.command == "RecordExpertPanelDecision") return RecordExpertPanelDecision{id, {"专家甲", "专家乙"}, true, "同意"};
    if (o.command == "IssueCard") return IssueCard{id};
    FAIL("an offer of an unexpected command: " << o.command);
    return IssueCard{id};
}

} // namespace

TEST_CASE("1. a direct-issue application offers each actor what its state allows, and only that", "[core][S7.1][S6.2.1][S6.2.4]") {
    World w;
    const char* on = "2025-01-07";
    w.directApplication("CA", on, false);
    const Actor s1 = specialist("S1", "E1"), s1b = specialist("S1b", "E1"), county = window("370102"),
                city = window("370100"), province = window("370000"), qingdao = window("370200");

    // SpecialistAssigned: only the assigned specialist completes it, with the
    // employer's nomination the talent left out (S5.1).
    CHECK(offered(w, s1, "CA", on) == Names{"CompleteApplication?error.card.evidence_missing"});
    const auto forS1 = offers(w.state, s1, "card_application/CA", w.ctx(d(on)));
    REQUIRE(findOffer(forS1, "CompleteApplication"));
    CHECK(findOffer(forS1, "CompleteApplication")->fields == std::vector<OfferField>{{"evidence", OfferFieldKind::Documents}});
    CHECK(offered(w, s1b, "CA", on).empty());
    CHECK(offered(w, talent("T1"), "CA", on).empty());
    CHECK(offered(w, county, "CA", on).empty());

    w.ok(s1, CompleteApplication{"CA", World::employerDocuments()}, on);
    CHECK(offered(w, s1, "CA", on) == Names{"CompleteApplication", "SubmitToWindow"});

    w.ok(s1, SubmitToWindow{"CA"}, on);
    CHECK(offered(w, county, "CA", on) == Names{"ApproveAtWindow", "ReturnForRevision", "RejectApplication"});
    CHECK(offered(w, city, "CA", on).empty()); // sees it, but does not hold it
    CHECK(offered(w, qingdao, "CA", on).empty());
    CHECK(offered(w, s1, "CA", on).empty());

    w.ok(county, ApproveAtWindow{"CA", ""}, on);
    CHECK(offered(w, county, "CA", on) == Names{"EscalateToUpperWindow"});

    w.ok(county, EscalateToUpperWindow{"CA"}, on);
    CHECK(offered(w, county, "CA", on).empty());
    CHECK(offered(w, city, "CA", on) == Names{"ApproveAtWindow", "ReturnForRevision", "RejectApplication"});
    w.ok(city, ApproveAtWindow{"CA", ""}, on);
    w.ok(city, EscalateToUpperWindow{"CA"}, on);
    CHECK(offered(w, province, "CA", on) == Names{"IssueCard", "ReturnForRevision", "RejectApplication"});

    w.ok(province, ReturnForRevision{"CA", {"补充材料"}}, on);
    CHECK(offered(w, province, "CA", on).empty());
    CHECK(offered(w, s1, "CA", on) == Names{"CompleteApplication", "Resubmit"});

    w.ok(s1, Resubmit{"CA", ""}, on);
    w.ok(province, IssueCard{"CA"}, on);
    for (const Actor& a : {s1, county, city, province, talent("T1")}) CHECK(offered(w, a, "CA", on).empty());
}

TEST_CASE("2. a panel-approved application offers the province only the issue, not return or reject", "[core][S7.1][S5.1.3]") {
    World w;
    w.seed();
    w.addTalent("T", "E1", 3);
    w.ok(employerAdmin("E1"), AssignSpecialist{"T", "S1"}, "2025-05-06");
    w.ok(talent("T"), SubmitCardApplication{"CA", CardClass::EvaluationIssue, "evaluation.4", {{"city_credential", "泉城人才卡.pdf"}}}, "2025-05-07");
    const char* on = "2025-05-09";
    const Actor s1 = specialist("S1", "E1"), province = window("370000");
    // Eligibility a later step gives (the city's recommendation): offered, waiting, with the core's reason.
    CHECK(offered(w, s1, "CA", on) == Names{"CompleteApplication?error.card.requires_city_recommendation"});
    w.ok(window("370100"), PublishLocalCredentialScheme{"JN", "泉城人才卡", "市认定人才", "单位申报", 10, {"人才公寓"}}, "2025-05-08");
    w.ok(employerAdmin("E1"), ApplyLocalCredential{"L1", "JN", "T"}, "2025-05-08");
    w.ok(window("370100"), IssueLocalCredential{"L1"}, "2025-05-08");
    w.ok(window("370100"), RecommendForCard{"T", "纳入济南市绿色通道"}, "2025-05-08");
    // Eligible now; the recommendation's document is still to be added.
    CHECK(offered(w, s1, "CA", on) == Names{"CompleteApplication?error.card.evidence_missing"});
    w.ok(s1, CompleteApplication{"CA", {{"city_recommendation", "济南市推荐函.pdf"}}}, on);
    w.ok(s1, SubmitToWindow{"CA"}, on);
    for (const char* win : {"370102", "370100"}) {
        w.ok(window(win), ApproveAtWindow{"CA", ""}, on);
        w.ok(window(win), EscalateToUpperWindow{"CA"}, on);
    }
    CHECK(offered(w, province, "CA", on) ==
          Names{"ReferToExpertPanel", "IssueCard?error.card.panel_required", "ReturnForRevision", "RejectApplication"});
    w.ok(province, ReferToExpertPanel{"CA"}, on);
    CHECK(offered(w, province, "CA", on) == Names{"RecordExpertPanelDecision"});
    w.ok(province, RecordExpertPanelDecision{"CA", {"专家甲"}, true, "同意"}, on);
    CHECK(offered(w, province, "CA", on) == Names{"IssueCard"});
}

TEST_CASE("3. a review-class application waits on the contract before the issue", "[core][S7.1][S5.1.2]") {
    World w;
    w.seed();
    w.addTalent("T", "E3", 4);
    UpdateTalentProfile u;
    u.talent = "T";
    u.honours = std::vector<Honour>{Honour{"外省人才工程", HonourLevel::Provincial, true, 2019}};
    u.flexibleIntroduction = true;
    w.ok(talent("T"), u, "2025-05-06");
    w.ok(employerAdmin("E3"), AssignSpecialist{"T", "S3"}, "2025-05-06");
    const char* on = "2025-05-07";
    w.ok(talent("T"), SubmitCardApplication{"CA", CardClass::ReviewIssue, "review.1", {{"selection_notice", "外省人才工程入选证书.pdf"}}}, on);
    const Actor s3 = specialist("S3", "E3"), province = window("370000");
    w.ok(s3, CompleteApplication{"CA", {{"introduction_contract", "柔性引进协议.pdf"}}}, on);
    CHECK(offered(w, province, "CA", on) == Names{"ConfirmContract"}); // the window over the employer may confirm early
    w.ok(s3, SubmitToWindow{"CA"}, on);
    CHECK(offered(w, province, "CA", on) == Names{"ConfirmContract", "IssueCard?error.card.contract_unconfirmed",
                                                  "ReturnForRevision", "RejectApplication"});
    w.ok(province, ConfirmContract{"CA", d("2025-05-01")}, on);
    CHECK(offered(w, province, "CA", on) == Names{"IssueCard", "ReturnForRevision", "RejectApplication"});
}

TEST_CASE("4. an offer names the form's fields and leaves the state as it was", "[core][S7.1]") {
    World w;
    const char* on = "2025-01-07";
    w.directApplication("CA", on, true);
    const State before = w.state;
    const auto list = offers(w.state, window("370102"), "card_application/CA", w.ctx(d(on)));
    CHECK(w.state == before);
    const Offer* ret = findOffer(list, "ReturnForRevision");
    REQUIRE(ret);
    CHECK(ret->record == "card_application/CA");
    CHECK(ret->fields == std::vector<OfferField>{{"reasons", OfferFieldKind::TextList}});
    const Offer* approve = findOffer(list, "ApproveAtWindow");
    REQUIRE(approve);
    CHECK(approve->fields == std::vector<OfferField>{{"note", OfferFieldKind::Text}});
    CHECK(findOffer(list, "IssueCard") == nullptr);
    // No offers on a record out of sight, of another kind, or that does not exist.
    CHECK(offers(w.state, window("370200"), "card_application/CA", w.ctx(d(on))).empty());
    CHECK(offers(w.state, window("370102"), "card_application/CA-none", w.ctx(d(on))).empty());
    CHECK(offers(w.state, window("370102"), "talent/T1", w.ctx(d(on))).empty());
    CHECK(offers(w.state, window("370102"), "no-kind-separator", w.ctx(d(on))).empty());
    // check() answers as apply() would and changes nothing.
    const Command approveCmd{"chk-1", window("370102"), ApproveAtWindow{"CA", ""}};
    CHECK(check(w.state, approveCmd, w.ctx(d(on))).ok());
    const Command denied{"chk-2", window("370100"), ApproveAtWindow{"CA", ""}};
    const Status st = check(w.state, denied, w.ctx(d(on)));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().key == "error.access.denied");
    CHECK(w.state == before);
}

TEST_CASE("5. over random command sequences, every command on a record that applies had been offered to its actor, and every refused one changed nothing",
          "[core][S7.1][S7.3][S7.4][S6.2.1][S6.2.4]") {
    const std::vector<Actor> pool = actors();
    int applied = 0, checked = 0, refused = 0;
    std::vector<std::string> changedOnRefusal;
    std::map<std::string, int> byKind;
    for (unsigned seed = 1; seed <= 8; ++seed) {
        World w;
        w.seed();
        w.addAssignedTalents(8);
        // T1..T4 hold cards, so that requests, tasks and bookings happen too.
        const char* specs[] = {"S1", "S2", "S3", "S4"};
        for (int i = 1; i <= 4; ++i)
            w.issueCard("T" + std::to_string(i), "E" + std::to_string(i), specs[i - 1], "CA-held-" + std::to_string(i), "2025-03-03");
        Gen g(seed);
        Date today = d("2025-03-03");
        for (int step = 0; step < 2000; ++step) {
            if (g.coin(30)) today = today + 1;
            const Payload payload = randomPayload(g, today, &w.state);
            // Mostly an actor the access policy lets act on the target, so that the workflow moves.
            Actor actor = g.pick(pool);
            if (g.coin(85)) {
                std::vector<Actor> allowed;
                for (const auto& a : pool)
                    if (can(a, commandName(payload), commandTarget(Command{"", a, payload}), w.state, w.ref.regions))
                        allowed.push_back(a);
                if (!allowed.empty()) actor = g.pick(allowed);
            }
            const Command c{"r" + std::to_string(seed) + "-" + std::to_string(step), actor, payload};
            const std::string target = commandTarget(c);
            // The clocks' commands act on any record's clock and are not offered.
            const bool clock = c.payload.index() == Payload(SuspendClock{}).index() ||
                               c.payload.index() == Payload(ResumeClock{}).index() ||
                               c.payload.index() == Payload(ExtendClock{}).index();
            const bool onApplication = !clock && recordExists(w.state, target);
            std::vector<Offer> before;
            if (onApplication) before = offers(w.state, actor, target, w.ctx(today));
            const State prior = w.state;
            auto r = apply(w.state, c, w.ctx(today));
            if (!r) {
                // What offers() builds on: a refused command leaves the state exactly as it was.
                ++refused;
                if (!(w.state == prior)) changedOnRefusal.push_back(std::string(commandName(payload)) + ": " + r.error().key);
                continue;
            }
            if (!onApplication) continue;
            ++applied;
            const Offer* o = findOffer(before, commandName(payload));
            INFO(commandName(payload) << " by " << actor.id << " on " << target << " (seed " << seed << ", step " << step << ")");
            REQUIRE(o);
            CHECK(o->ready());
            // A command that names another record by choice named one of the offer's choices.
            if (const auto* assign = std::get_if<AssignToAgency>(&payload)) {
                const auto f = std::find_if(o->fields.begin(), o->fields.end(), [](const OfferField& x) { return x.name == "agency"; });
                REQUIRE(f != o->fields.end());
                CHECK(std::find(f->choices.begin(), f->choices.end(), assign->agency) != f->choices.end());
            }
            ++byKind[target.substr(0, target.find('/'))];
            // Every offer of that moment, built as a screen would build it, is taken (or waits with its reason).
            for (const Offer& other : before) {
                ++checked;
                const Command taken{"offer-" + c.id, actor, fromOffer(other, today)};
                const Status st = check(prior, taken, w.ctx(today));
                INFO("offered " << other.command);
                if (other.ready()) CHECK(st.ok());
                else CHECK((!st.ok() && st.error().key == other.waitingOn));
            }
        }
    }
    INFO("card commands applied: " << applied << ", offers rechecked: " << checked);
    CHECK(applied > 100); // the sequences reach the workflows often enough to mean something
    CHECK(refused > 1000);
    CHECK(changedOnRefusal == std::vector<std::string>{});
    for (const char* kind : {"card_application", "task", "request", "booking"}) {
        INFO(kind);
        CHECK(byKind[kind] > 5);
    }
}

TEST_CASE("6. a department task offers each unit the S7.4 step of its state, state by state, in time and overdue", "[core][S7.4]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.issueCard("T1", "E1", "S1", "CA1", "2025-03-03");
    const Actor s1 = specialist("S1", "E1");
    w.ok(s1, FileServiceRequest{"R1", "T1", "A1", {"护照复印件"}}, "2025-03-10"); // due 19 March
    const std::string task = recordKey("task", "R1:sd_public_security");
    const Actor dept = department("sd_public_security"), agencyA = agency("sd_exit_entry");
    const std::vector<Actor> others = {department("sd_science_tech"), agency("sd_household_registration"), window("370102"),
                                       s1, talent("T1")};
    const auto offeredOn = [&](const Actor& a, const char* on) {
        Names out;
        for (const auto& o : offers(w.state, a, task, w.ctx(d(on)))) out.insert(o.ready() ? o.command : o.command + "?" + o.waitingOn);
        return out;
    };
    // The delay is explained as soon as it is foreseen: in time as well as overdue (S7.4 (5)).
    struct Row {
        TaskState state;
        Names dept, agency;               // in time (13 March)
        Names deptOverdue, agencyOverdue; // past the limit (24 March)
    };
    const Row rows[] = {
        {TaskState::Received, {"AssignToAgency", "ReportOverdue"}, {}, {"AssignToAgency", "ReportOverdue"}, {}},
        {TaskState::WithAgency, {"ReportOverdue"}, {"CompleteHandling", "ReportOverdue"}, {"ReportOverdue"}, {"CompleteHandling", "ReportOverdue"}},
        {TaskState::Handled, {"ReportResult"}, {}, {"ReportResult"}, {}},
        {TaskState::Reported, {}, {}, {}, {}},
    };
    for (const Row& row : rows) {
        INFO("task state " << static_cast<int>(row.state));
        if (row.state == TaskState::WithAgency) w.ok(dept, AssignToAgency{"R1", "sd_public_security", "sd_exit_entry"}, "2025-03-11");
        if (row.state == TaskState::Handled) w.ok(agencyA, CompleteHandling{"R1", "sd_public_security", "签证已办理", true}, "2025-03-12");
        if (row.state == TaskState::Reported) w.ok(dept, ReportResult{"R1", "sd_public_security"}, "2025-03-12");
        REQUIRE(w.state.tasks.at("R1:sd_public_security").state == row.state);
        CHECK(offeredOn(dept, "2025-03-13") == row.dept);
        CHECK(offeredOn(agencyA, "2025-03-13") == row.agency);
        CHECK(offeredOn(dept, "2025-03-24") == row.deptOverdue);
        CHECK(offeredOn(agencyA, "2025-03-24") == row.agencyOverdue);
        for (const Actor& a : others) {
            INFO("actor " << a.id);
            CHECK(offeredOn(a, "2025-03-13").empty());
            CHECK(offeredOn(a, "2025-03-24").empty());
        }
    }
}

TEST_CASE("7. a rejected application offers nobody anything", "[core][S7.1]") {
    World w;
    const char* on = "2025-01-07";
    w.directApplication("CA", on, true);
    w.ok(window("370102"), RejectApplication{"CA", {"不符合条件"}}, on);
    REQUIRE(w.app("CA").state == CardState::Rejected);
    for (const Actor& a : {specialist("S1", "E1"), employerAdmin("E1"), talent("T1"), window("370102"), window("370100"), window("370000")})
        CHECK(offered(w, a, "CA", on).empty());
}
