// Implements the sync test helpers.
#include "sync_support.h"

#include "data/command_json.h"
#include "store/database.h"
#include "store/state_repo.h"
#include "store/server_repo.h"

#include <catch2/catch.hpp>

#include <ctime>

namespace sync_test {

using namespace huicai;

namespace {
struct Account {
    const char* id;
    Role role;
    const char* scope;
};
constexpr Account kAccounts[] = {
    {"T1", Role::Talent, "T1"},
    {"T2", Role::Talent, "T2"},
    {"ADM-E1", Role::EmployerAdmin, "E1"},
    {"S1", Role::EmployerSpecialist, "E1"},
    {"S2", Role::EmployerSpecialist, "E2"},
    {"W-370102", Role::WindowSpecialist, "370102"},
    {"W-370100", Role::WindowSpecialist, "370100"},
    {"W-370000", Role::WindowSpecialist, "370000"},
    {"W-370200", Role::WindowSpecialist, "370200"},
    {"D-PS", Role::DepartmentSpecialist, "sd_public_security"},
    {"H-EXIT", Role::HandlingSpecialist, "sd_exit_entry"},
    {"root", Role::SystemAdmin, ""},
};

json actorOf(const char* id) {
    for (const auto& a : kAccounts)
        if (std::string(a.id) == id) return json{{"id", a.id}, {"role", enumId(a.role)}, {"scope", a.scope}};
    FAIL("no account " << id);
    return {};
}

json talentArgs(const char* id, const char* name, const char* employer, const char* number) {
    return json{{"id", id}, {"name", name}, {"category", "professional_technical"}, {"id_type", "resident_id"}, {"id_number", number}, {"nationality", "CHN"}, {"degree", "doctorate"}, {"title", "full_senior"}, {"years_in_key_post", 5}, {"honours", json::array({json{{"name", "国家级重点人才工程"}, {"level", "national"}, {"outside_shandong", false}, {"year", 2021}}})}, {"flexible_introduction", false}, {"employer", employer}};
}
} // namespace

void run(serve::Server& server, const json& actor, const std::string& name, const json& args, int& n) {
    auto cmd = commandFromJson(command("seed-" + std::to_string(++n), actor, name, args), "seed");
    REQUIRE(cmd.ok());
    auto s = server.sync().applyLocal(*cmd, server.sync().today());
    INFO(name << " " << (s ? "" : s.error().key + " " + s.error().detail));
    REQUIRE(s.ok());
}

std::string passwordOf(const std::string& login) { return "correct horse battery " + login; }

json command(const std::string& id, const json& actor, const std::string& name, const json& args) {
    return json{{"id", id}, {"actor", actor}, {"command", name}, {"args", args}};
}

json versions(json body) {
    body["protocol"] = 1;
    body["schema"] = huicai::store::currentSchemaVersion();
    return body;
}

void seedWorld(serve::Server& server) {
    for (const auto& a : kAccounts)
        REQUIRE(server.sync().addUser(store::UserRow{a.id, a.id, "", a.role, a.scope, a.id}, passwordOf(a.id)).ok());
    int n = 0;
    const json root = actorOf("root");
    run(server, root, "RegisterEmployer", {{"id", "E1"}, {"name", "济南某研究院"}, {"region", "370102"}}, n);
    run(server, root, "RegisterEmployer", {{"id", "E2"}, {"name", "青岛某科技公司"}, {"region", "370202"}}, n);
    for (const char* w : {"W-370102", "W-370100", "W-370000", "W-370200"})
        run(server, root, "RegisterSpecialist", {{"id", w}, {"name", w}, {"role", "window_specialist"}, {"org", actorOf(w)["scope"]}}, n);
    run(server, root, "RegisterSpecialist", {{"id", "ADM-E1"}, {"name", "人事处"}, {"role", "employer_admin"}, {"org", "E1"}}, n);
    run(server, root, "RegisterSpecialist", {{"id", "ADM-E2"}, {"name", "人力资源部"}, {"role", "employer_admin"}, {"org", "E2"}}, n);
    run(server, root, "RegisterSpecialist", {{"id", "D-PS"}, {"name", "公安"}, {"role", "department_specialist"}, {"org", "sd_public_security"}}, n);
    run(server, root, "RegisterSpecialist", {{"id", "H-EXIT"}, {"name", "出入境"}, {"role", "handling_specialist"}, {"org", "sd_exit_entry"}}, n);
    run(server, actorOf("ADM-E1"), "RegisterSpecialist", {{"id", "S1"}, {"name", "王专员"}, {"role", "employer_specialist"}, {"org", "E1"}}, n);
    const json admE2{{"id", "ADM-E2"}, {"role", "employer_admin"}, {"scope", "E2"}};
    run(server, admE2, "RegisterSpecialist", {{"id", "S2"}, {"name", "赵专员"}, {"role", "employer_specialist"}, {"org", "E2"}}, n);
    run(server, actorOf("T2"), "RegisterTalent", talentArgs("T2", "李华", "E2", "370102198001010015"), n);
    run(server, admE2, "AssignSpecialist", {{"talent", "T2"}, {"specialist", "S2"}}, n);
    run(server, actorOf("T2"), "SubmitCardApplication",
        {{"id", "CA2"}, {"class", "direct"}, {"basis", "direct.1"}, {"evidence", json::array({evidenceDoc("selection_notice", "入选通知.pdf")})}}, n);
    run(server, actorOf("S2"), "CompleteApplication",
        {{"application", "CA2"}, {"evidence", json::array({evidenceDoc("employer_nomination", "推荐函.pdf")})}}, n);
    run(server, actorOf("S2"), "SubmitToWindow", {{"application", "CA2"}}, n);
}

void seedQingdaoWorld(serve::Server& server) {
    seedWorld(server);
    int n = 100;
    auto as = [](const char* id, const char* role, const char* scope) { return json{{"id", id}, {"role", role}, {"scope", scope}}; };
    const json shinan = as("W-370202", "window_specialist", "370202"), qingdao = actorOf("W-370200");
    const json t2 = actorOf("T2"), s2 = actorOf("S2"), admE2 = as("ADM-E2", "employer_admin", "E2");
    run(server, actorOf("T1"), "RegisterTalent", talentArgs("T1", "王明", "E1", "370102198001010031"), n);
    run(server, actorOf("ADM-E1"), "AssignSpecialist", {{"talent", "T1"}, {"specialist", "S1"}}, n);
    for (const json& w : {shinan, qingdao}) {
        run(server, w, "ApproveAtWindow", {{"application", "CA2"}, {"note", ""}}, n);
        run(server, w, "EscalateToUpperWindow", {{"application", "CA2"}}, n);
    }
    run(server, actorOf("W-370000"), "IssueCard", {{"application", "CA2"}}, n);
    run(server, t2, "BookDirectService", {{"id", "B2"}, {"item", "A13"}, {"agency", "cr_jinan_stations"}, {"for_date", "2025-06-09"}}, n);
    run(server, s2, "FileServiceRequest", {{"id", "R2"}, {"talent", "T2"}, {"item", "A6"}, {"materials", json::array({"申请表.pdf"})}}, n);
    run(server, as("D-HRSS", "department_specialist", "sd_hrss"), "AssignToAgency",
        {{"request", "R2"}, {"department", "sd_hrss"}, {"agency", "sd_hrss_titles"}}, n);
    run(server, shinan, "RecordHotlineRequest", {{"id", "H2"}, {"channel", "hotline"}, {"talent", "T2"}, {"content", "咨询子女入学"}}, n);
    run(server, shinan, "ForwardHotlineRequest", {{"hotline", "H2"}, {"agency", "sd_hrss_titles"}}, n);
    run(server, t2, "RaiseProblem", {{"id", "P2"}, {"kind", "problem"}, {"talent", "T2"}, {"text", "住房补贴未到位"}}, n);
    run(server, qingdao, "RecordWindowEvaluation",
        {{"id", "V2"}, {"method", "site_visit"}, {"unit_kind", "employer"}, {"unit", "E2"}, {"specialist", "S2"}, {"findings", "服务记录不全"}, {"talent_rating", 3}, {"conduct_breach", false}, {"correction_required", true}}, n);
    run(server, qingdao, "FlagComplaintItem",
        {{"id", "K2"}, {"item", "A6"}, {"department", "sd_hrss"}, {"complaints", 3}, {"summary", "评审周期长"}}, n);
    run(server, qingdao, "PublishLocalCredentialScheme",
        {{"id", "L2"}, {"name", "青岛市人才卡"}, {"requirements", "条件"}, {"procedure", "程序"}, {"time_limit_days", 10}, {"items", json::array({"子女入学"})}}, n);
    run(server, s2, "ApplyLocalCredential", {{"id", "LC2"}, {"scheme", "L2"}, {"talent", "T2"}}, n);
    run(server, admE2, "SetAssessmentPlan", {{"unit", "E2"}, {"year", 2025}, {"text", "年度考核"}}, n);
    run(server, admE2, "GradeSpecialist",
        {{"specialist", "S2"}, {"year", 2025}, {"grade", "excellent"}, {"evidence", json::array({json{{"kind", "talent_opinion"}, {"text", "人才评价满意"}}})}}, n);
    run(server, qingdao, "CreateLiaisonEvent", {{"id", "EV2"}, {"title", "专家座谈"}, {"item", "A19"}, {"date", "2025-06-20"}}, n);
}

World::World(void (*seed)(serve::Server&)) {
    auto options = serve_test::testOptions(site->www, site->data);
    options.today = kToday;
    *clock = static_cast<std::int64_t>(std::time(nullptr));
    server = std::make_unique<serve_test::RunningServer>(options, [clock = clock, seed](serve::Server& s) {
        seed(s);
        s.sync().setClock([clock] { return clock->load(); });
    });
}

Client::Client(int port, std::string clientId) : m_port(port), m_clientId(std::move(clientId)) {}

Response Client::login(const std::string& login) { return this->login(login, passwordOf(login)); }

Response Client::login(const std::string& login, const std::string& password) {
    auto r = post("/api/v1/session", versions(json{{"login", login}, {"password", password}}), "");
    if (r.status == 200) {
        m_token = r.body["token"].get<std::string>();
        const auto& u = r.body["user"];
        m_actor = json{{"id", u["id"]}, {"role", u["role"]}, {"scope", u["scope"]}};
    }
    return r;
}

Response Client::rawPost(const std::string& path, const std::string& body, const std::string& contentType) {
    httplib::Client c("127.0.0.1", m_port);
    httplib::Headers headers;
    if (!m_token.empty()) headers.emplace("Authorization", "Bearer " + m_token);
    auto res = c.Post(path.c_str(), headers, body, contentType.c_str());
    if (!res) return Response{-1, json()};
    return Response{res->status, json::parse(res->body, nullptr, false)};
}

Response Client::post(const std::string& path, const json& body, const std::string& token) {
    httplib::Client c("127.0.0.1", m_port);
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    auto res = c.Post(path.c_str(), headers, body.dump(), "application/json");
    if (!res) return Response{-1, json()};
    return Response{res->status, json::parse(res->body, nullptr, false)};
}

Response Client::push(const std::vector<json>& commands) {
    json items = json::array();
    for (json c : commands) {
        ++m_seq;
        c["id"] = huicai::sync::pushedCommandId(m_clientId, m_seq);
        items.push_back(json{{"seq", m_seq}, {"command", std::move(c)}});
    }
    return post("/api/v1/push", versions(json{{"client_id", m_clientId}, {"commands", items}}));
}

Response Client::pull(std::int64_t cursor, int limit) {
    return post("/api/v1/pull", versions(json{{"cursor", cursor}, {"limit", limit}}));
}

std::int64_t Client::pullAll(std::int64_t cursor, std::map<std::string, json>& records, int limit) {
    for (int guard = 0; guard < 1000; ++guard) {
        auto r = pull(cursor, limit);
        REQUIRE(r.status == 200);
        for (const auto& c : r.body["changes"])
            records[c["kind"].get<std::string>() + "/" + c["id"].get<std::string>()] = c["record"];
        cursor = r.body["cursor"].get<std::int64_t>();
        if (!r.body["more"].get<bool>()) return cursor;
    }
    FAIL("pull never ended");
    return cursor;
}

// The seed world with T2's application CA2 brought up to the provincial window, where
// its seven working days start (S7.1).
void seedToProvince(huicai::serve::Server& server) {
    seedWorld(server);
    int n = 100;
    for (const char* w : {"370202", "370200"}) {
        const json actor{{"id", std::string("W-") + w}, {"role", "window_specialist"}, {"scope", w}};
        run(server, actor, "ApproveAtWindow", {{"application", "CA2"}, {"note", ""}}, n);
        run(server, actor, "EscalateToUpperWindow", {{"application", "CA2"}}, n);
    }
}

std::pair<std::int64_t, std::int64_t> written(serve_test::Site& site) {
    auto db = huicai::store::Database::open((site.data / "huicai.sqlite").string());
    REQUIRE(db.ok());
    return {huicai::store::auditCount(*db), huicai::store::lastChangeSeq(*db)};
}

} // namespace sync_test
