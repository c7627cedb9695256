// The authorisation matrix: for every role, every endpoint of the sync API and the
// records outside the actor's scope (seedQingdaoWorld: talent T2 of employer E2 in
// Qingdao and a record of every kind around T2 and Qingdao's windows), the server
// refuses and sends nothing it should not. Every command that names a record is
// pushed naming those records: an actor the role gate lets through is answered
// exactly as for a record that does not exist (the handler's unknown key, the id as
// the only detail). The system administrator has no scope, so for it only the
// session, client-id and health cases apply. The number of cases is printed and
// checked.
#include "sync_support.h"

#include "core/workflow.h"
#include "store/database.h"
#include "store/server_repo.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <set>

using namespace sync_test;

namespace {

struct RoleCase {
    const char* role;
    const char* login;
};
// One actor per role; windows at county and city level outside Qingdao's region.
constexpr RoleCase kRoles[] = {
    {"talent", "T1"},
    {"employer_admin", "ADM-E1"},
    {"employer_specialist", "S1"},
    {"window_specialist", "W-370102"},
    {"window_specialist", "W-370100"},
    {"department_specialist", "D-PS"},
    {"handling_specialist", "H-EXIT"},
    {"system_admin", "root"},
};

struct OutOfScope {
    std::string command;
    json args;
    const char* key; // the answer to an actor the role gate lets through
    std::string detail;
};

// Every command that names a record, naming records of seedQingdaoWorld (a new id
// where it creates one; public records, the local scheme L2 and the event EV2, next
// to out-of-scope ones). SetAssessmentPlan names no record but the plan it writes,
// kept to the administrator's own unit.
std::vector<OutOfScope> outOfScopeCommands(const std::string& login) {
    const std::string fresh = "MX-" + login;
    const json why = json::array({"x"});
    return {
        {"RegisterSpecialist", {{"id", fresh}, {"name", "x"}, {"role", "employer_specialist"}, {"org", "E2"}}, "error.staff.unknown_org", "E2"},
        {"UpdateTalentProfile", {{"talent", "T2"}, {"name", "x"}}, "error.talent.unknown", "T2"},
        {"AssignSpecialist", {{"talent", "T2"}, {"specialist", "S1"}}, "error.talent.unknown", "T2"},
        {"AssignSpecialist", {{"talent", "T1"}, {"specialist", "S2"}}, "error.staff.unknown", "S2"},
        {"CompleteApplication", {{"application", "CA2"}, {"evidence", json::array({evidenceDoc("employer_nomination", "x.pdf")})}}, "error.card.unknown_application", "CA2"},
        {"SubmitToWindow", {{"application", "CA2"}}, "error.card.unknown_application", "CA2"},
        {"ApproveAtWindow", {{"application", "CA2"}, {"note", ""}}, "error.card.unknown_application", "CA2"},
        {"EscalateToUpperWindow", {{"application", "CA2"}}, "error.card.unknown_application", "CA2"},
        {"ReturnForRevision", {{"application", "CA2"}, {"reasons", why}}, "error.card.unknown_application", "CA2"},
        {"Resubmit", {{"application", "CA2"}, {"note", ""}}, "error.card.unknown_application", "CA2"},
        {"RejectApplication", {{"application", "CA2"}, {"reasons", why}}, "error.card.unknown_application", "CA2"},
        {"ConfirmContract", {{"application", "CA2"}, {"contract_date", "2025-05-01"}}, "error.card.unknown_application", "CA2"},
        {"ReferToExpertPanel", {{"application", "CA2"}}, "error.card.unknown_application", "CA2"},
        {"RecordExpertPanelDecision", {{"application", "CA2"}, {"experts", why}, {"approved", true}, {"opinion", "x"}}, "error.card.unknown_application", "CA2"},
        {"IssueCard", {{"application", "CA2"}}, "error.card.unknown_application", "CA2"},
        {"RecommendForCard", {{"talent", "T2"}, {"note", ""}}, "error.talent.unknown", "T2"},
        {"SuspendClock", {{"target", "card_application/CA2"}, {"reason", "x"}}, "error.card.unknown_application", "CA2"},
        {"SuspendClock", {{"target", "task/R2:sd_hrss"}, {"reason", "x"}}, "error.request.unknown_task", "R2:sd_hrss"},
        {"ResumeClock", {{"target", "task/R2:sd_hrss"}, {"reason", "x"}}, "error.request.unknown_task", "R2:sd_hrss"},
        {"ExtendClock", {{"target", "card_application/CA2"}, {"days", 3}, {"reason", "x"}}, "error.card.unknown_application", "CA2"},
        {"ApplyLocalCredential", {{"id", fresh}, {"scheme", "L2"}, {"talent", "T2"}}, "error.talent.unknown", "T2"},
        {"IssueLocalCredential", {{"credential", "LC2"}}, "error.local.unknown_credential", "LC2"},
        {"ServeBooking", {{"booking", "B2"}}, "error.request.unknown_booking", "B2"},
        {"FileServiceRequest", {{"id", fresh}, {"talent", "T2"}, {"item", "A6"}, {"materials", why}}, "error.talent.unknown", "T2"},
        {"DispatchToDepartments", {{"request", "R2"}, {"departments", json::array()}}, "error.request.unknown", "R2"},
        {"AssignToAgency", {{"request", "R2"}, {"department", "sd_hrss"}, {"agency", "sd_hrss_titles"}}, "error.request.unknown_task", "R2:sd_hrss"},
        {"CompleteHandling", {{"request", "R2"}, {"department", "sd_hrss"}, {"result", "x"}, {"granted", true}}, "error.request.unknown_task", "R2:sd_hrss"},
        {"ReportResult", {{"request", "R2"}, {"department", "sd_hrss"}}, "error.request.unknown_task", "R2:sd_hrss"},
        {"ReportOverdue", {{"request", "R2"}, {"department", "sd_hrss"}, {"explanation", "x"}, {"new_date", "2025-07-01"}}, "error.request.unknown_task", "R2:sd_hrss"},
        {"InformTalent", {{"request", "R2"}, {"note", ""}}, "error.request.unknown", "R2"},
        {"RateService", {{"request", "R2"}, {"stars", 5}, {"comment", ""}}, "error.request.unknown", "R2"},
        {"RecordHotlineRequest", {{"id", fresh}, {"channel", "hotline"}, {"talent", "T2"}, {"content", "x"}}, "error.talent.unknown", "T2"},
        {"ForwardHotlineRequest", {{"hotline", "H2"}, {"agency", "sd_exit_entry"}}, "error.hotline.unknown", "H2"},
        {"ResolveHotlineRequest", {{"hotline", "H2"}, {"resolution", "x"}}, "error.hotline.unknown", "H2"},
        {"RaiseProblem", {{"id", fresh}, {"kind", "problem"}, {"talent", "T2"}, {"text", "x"}}, "error.talent.unknown", "T2"},
        {"EscalateProblem", {{"problem", "P2"}}, "error.problem.unknown", "P2"},
        {"RecordWindowEvaluation",
         {{"id", fresh}, {"method", "site_visit"}, {"unit_kind", "employer"}, {"unit", "E2"}, {"specialist", "S2"}, {"findings", "x"}, {"talent_rating", 3}, {"conduct_breach", false}, {"correction_required", true}},
         "error.employer.unknown",
         "E2"},
        {"AcknowledgeCorrection", {{"evaluation", "V2"}, {"correction", "x"}}, "error.evaluation.unknown", "V2"},
        {"RespondToComplaint", {{"complaint", "K2"}, {"response", "x"}}, "error.complaint.unknown", "K2"},
        {"CloseComplaint", {{"complaint", "K2"}}, "error.complaint.unknown", "K2"},
        {"GradeSpecialist",
         {{"specialist", "S2"}, {"year", 2025}, {"grade", "good"}, {"evidence", json::array({json{{"kind", "talent_opinion"}, {"text", "x"}}})}},
         "error.staff.unknown",
         "S2"},
        {"CommendSpecialist", {{"specialist", "S2"}, {"year", 2025}, {"note", "x"}}, "error.commend.not_excellent", "S2:2025"},
        {"PublishTypicalCase", {{"id", fresh}, {"title", "x"}, {"summary", "x"}, {"request", "R2"}, {"specialist", ""}}, "error.request.unknown", "R2"},
        {"InviteTalent", {{"event", "EV2"}, {"talent", "T2"}}, "error.talent.unknown", "T2"},
    };
}

// Records of seedQingdaoWorld that no account but root may see.
const std::set<std::string> kOutOfScope = {
    "talent/T2", "staff/S2", "employer/E2", "card_application/CA2", "booking/B2", "request/R2", "task/R2:sd_hrss",
    "hotline/H2", "problem/P2", "evaluation/V2", "complaint/K2", "local_credential/LC2", "plan/E2:2025", "grade/S2:2025"};

bool mentionsT2(const json& changes) {
    for (const auto& c : changes) {
        const std::string key = c["kind"].get<std::string>() + "/" + c["id"].get<std::string>();
        if (kOutOfScope.count(key)) return true;
        if (c["record"].dump().find("\"T2\"") != std::string::npos) return true;
    }
    return false;
}

} // namespace

TEST_CASE("authorisation matrix: every role x endpoint x record outside the actor's scope is refused", "[sync][S6.2][A13][security]") {
    World w(seedQingdaoWorld);
    Client owner(w.server->port(), "owner-t2-client");
    REQUIRE(owner.login("T2").status == 200);
    REQUIRE(owner.push({}).status == 200); // registers the client id to T2
    Client root(w.server->port(), "root-observer");
    REQUIRE(root.login("root").status == 200);
    std::map<std::string, json> before;
    root.pullAll(0, before, 1000);
    for (const auto& key : kOutOfScope) REQUIRE(before.count(key));
    const auto writtenBefore = written(*w.site);

    int cases = 0;
    for (const auto& rc : kRoles) {
        INFO("role " << rc.role << " as " << rc.login);
        const bool admin = std::string(rc.role) == "system_admin";
        Client c(w.server->port(), std::string("matrix-") + rc.login);

        // POST /api/v1/session: T2's account with this actor's password. Every role
        // tries from the same address, so each waits out that address's delay first.
        ++cases;
        auto other = c.login("T2", passwordOf(rc.login));
        CHECK(other.status == 401);
        CHECK(other.body["error"]["key"] == "error.session.bad_login");
        CHECK_FALSE(other.body.contains("token"));
        w.advance(60);
        REQUIRE(c.login(rc.login).status == 200);

        // POST /api/v1/push: each command naming records out of scope is rejected,
        // by the role gate or as naming an unknown record.
        if (!admin) {
            int i = 0;
            const huicai::Role role = *huicai::parseEnum<huicai::Role>(rc.role);
            for (const auto& oc : outOfScopeCommands(rc.login)) {
                ++cases;
                INFO("command " << oc.command << " " << oc.args.dump());
                auto r = c.push({command(std::string("mx-") + rc.login + "-" + std::to_string(++i), c.actor(), oc.command, oc.args)});
                REQUIRE(r.status == 200);
                REQUIRE(r.body["results"].size() == 1);
                const auto& res = r.body["results"][0];
                CHECK(res["status"] == "rejected");
                if (huicai::commandRoles(oc.command) & huicai::roleBit(role)) {
                    CHECK(res["error"]["key"] == oc.key);
                    CHECK(res["error"]["detail"] == oc.detail);
                } else {
                    CHECK(res["error"]["key"] == "error.access.denied");
                }
            }
        }

        // POST /api/v1/push with T2's client id.
        ++cases;
        auto forged = c.post("/api/v1/push", versions(json{{"client_id", owner.clientId()}, {"commands", json::array()}}));
        CHECK(forged.status == 403);
        CHECK(forged.body["error"]["key"] == "error.sync.client_forged");

        // POST /api/v1/pull: nothing of T2's comes back.
        if (!admin) {
            ++cases;
            std::int64_t cursor = 0;
            bool more = true;
            while (more) {
                auto p = c.pull(cursor, 5);
                REQUIRE(p.status == 200);
                CHECK_FALSE(mentionsT2(p.body["changes"]));
                cursor = p.body["cursor"].get<std::int64_t>();
                more = p.body["more"].get<bool>();
            }
        }

        // GET /api/v1/health: no record data at all.
        ++cases;
        httplib::Client h("127.0.0.1", w.server->port());
        auto health = h.Get("/api/v1/health", httplib::Headers{{"Authorization", "Bearer " + c.token()}});
        REQUIRE(health);
        CHECK(health->body.find("T2") == std::string::npos);

        // DELETE /api/v1/session: ends this actor's session only, never T2's.
        ++cases;
        auto out = h.Delete("/api/v1/session", httplib::Headers{{"Authorization", "Bearer " + c.token()}});
        REQUIRE(out);
        CHECK(out->status == 200);
        CHECK(c.pull(0).status == 401);
        CHECK(owner.pull(0).status == 200);
    }
    std::map<std::string, json> after;
    root.pullAll(0, after, 1000);
    CHECK(after == before);
    CHECK(written(*w.site) == writtenBefore);
    std::printf("authorisation matrix: %d cases over %zu actors\n", cases, std::size(kRoles));
    CHECK(cases == 7 * (1 + 44 + 1 + 1 + 1 + 1) + (1 + 1 + 1 + 1));
}
