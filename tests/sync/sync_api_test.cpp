// The sync API against the real server on loopback: sessions (login, logout,
// expiry, rate limit), push exactly once, rejected commands reported while the rest
// apply, pull in pages that resume, two clients converging, stale clients told to
// reload, and bad input answered with a 4xx JSON error and nothing written.
#include "sync_support.h"

#include "store/database.h"
#include "store/server_repo.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

using namespace sync_test;

namespace {
// What the server has written: (audit rows, last change-log sequence).
json submit(const json& actor, const std::string& id, const std::string& app) {
    return command(id, actor, "SubmitCardApplication",
                   {{"id", app}, {"class", "direct"}, {"basis", "direct.1"}, {"evidence", json::array({evidenceDoc("selection_notice", "入选通知.pdf")})}});
}
json registerT1(const json& actor, const std::string& id) {
    return command(id, actor, "RegisterTalent",
                   {{"id", "T1"}, {"name", "张明"}, {"category", "professional_technical"}, {"id_type", "resident_id"}, {"id_number", "370102198001010015"}, {"nationality", "CHN"}, {"degree", "doctorate"}, {"title", "full_senior"}, {"years_in_key_post", 5}, {"honours", json::array({json{{"name", "国家级重点人才工程"}, {"level", "national"}, {"outside_shandong", false}, {"year", 2021}}})}, {"flexible_introduction", false}, {"employer", "E1"}});
}
} // namespace

TEST_CASE("1. login gives a token, a wrong password, logout and expiry end it, failures are throttled", "[sync][S6.2]") {
    World w;
    Client c(w.server->port(), "client-aaaa1");
    auto bad = c.login("S1", "wrong");
    CHECK(bad.status == 401);
    CHECK(bad.body["error"]["key"] == "error.session.bad_login");
    auto ok = c.login("S1");
    REQUIRE(ok.status == 200);
    CHECK(ok.body["user"]["role"] == "employer_specialist");
    CHECK(ok.body["token"].get<std::string>().size() == 64);
    CHECK(c.pull(0).status == 200);
    // Logout: the same token is refused afterwards (a replayed token).
    httplib::Client h("127.0.0.1", w.server->port());
    auto out = h.Delete("/api/v1/session", httplib::Headers{{"Authorization", "Bearer " + c.token()}});
    REQUIRE(out);
    CHECK(out->status == 200);
    auto replay = c.pull(0);
    CHECK(replay.status == 401);
    CHECK(replay.body["error"]["key"] == "error.session.invalid");
    // Past five failures from this address (S1's above is the first), tries wait
    // (login_throttle_test.cpp has the rest).
    for (int i = 0; i < 5; ++i) CHECK(c.login("S2", "nope").status == 401);
    auto limited = c.login("S2");
    CHECK(limited.status == 429);
    CHECK(limited.body["error"]["key"] == "error.session.rate_limited");
    w.advance(1);
    CHECK(c.login("S2").status == 200);
}

TEST_CASE("2. an expired token is refused", "[sync]") {
    auto site = serve_test::makeSite();
    auto options = serve_test::testOptions(site->www, site->data);
    options.sessionTtl = 1;
    serve_test::RunningServer server(options, [](huicai::serve::Server& s) { seedWorld(s); });
    Client c(server.port(), "client-exp01");
    REQUIRE(c.login("S1").status == 200);
    CHECK(c.pull(0).status == 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    auto r = c.pull(0);
    CHECK(r.status == 401);
    CHECK(r.body["error"]["key"] == "error.session.invalid");
}

TEST_CASE("3. a push retried after a lost reply applies once and gets the same answers", "[sync][A13]") {
    World w;
    Client t(w.server->port(), "talent-t1-a");
    REQUIRE(t.login("T1").status == 200);
    const std::vector<json> cmds{registerT1(t.actor(), "talent-t1-a-1"), submit(t.actor(), "talent-t1-a-2", "CA1")};
    auto first = t.push(cmds);
    REQUIRE(first.status == 200);
    REQUIRE(first.body["results"].size() == 2);
    CHECK(first.body["results"][0]["status"] == "applied");
    CHECK(first.body["results"][1]["status"] == "applied");
    // The same request again (same seqs), as after a dropped reply.
    json items = json::array({json{{"seq", 1}, {"command", cmds[0]}}, json{{"seq", 2}, {"command", cmds[1]}}});
    auto again = t.post("/api/v1/push", versions(json{{"client_id", t.clientId()}, {"commands", items}}));
    REQUIRE(again.status == 200);
    CHECK(again.body["results"][0]["status"] == "applied");
    CHECK(again.body["results"][0]["repeated"] == true);
    CHECK(again.body["results"][1]["repeated"] == true);
    CHECK(again.body["server_seq"] == first.body["server_seq"]);
    auto db = huicai::store::Database::open((w.site->data / "huicai.sqlite").string());
    CHECK(huicai::store::auditRowsOf(*db, "talent-t1-a-1") == 1);
    CHECK(huicai::store::auditRowsOf(*db, "talent-t1-a-2") == 1);
}

TEST_CASE("4. a rejected command is reported with its key and message, the others apply", "[sync][S7.1]") {
    World w;
    Client t(w.server->port(), "talent-t1-b");
    REQUIRE(t.login("T1").status == 200);
    auto r = t.push({registerT1(t.actor(), "b1"), submit(t.actor(), "b2", "CA1"),
                     command("b3", t.actor(), "IssueCard", {{"application", "CA1"}}), submit(t.actor(), "b4", "CA9")});
    REQUIRE(r.status == 200);
    const auto& res = r.body["results"];
    REQUIRE(res.size() == 4);
    CHECK(res[0]["status"] == "applied");
    CHECK(res[1]["status"] == "applied");
    CHECK(res[2]["status"] == "rejected");
    CHECK(res[2]["error"]["key"].get<std::string>().rfind("error.", 0) == 0);
    CHECK_FALSE(res[2]["error"]["message"].get<std::string>().empty());
    CHECK(res[3]["status"] == "rejected"); // an application is already open
    CHECK(res[3]["error"]["key"] == "error.card.open_application");
    CHECK(r.body["last_seq"] == 4);
}

TEST_CASE("5. two clients work offline, push, pull and converge, identifiers masked for the specialist", "[sync][S6.1.4][S7.1]") {
    World w;
    Client t(w.server->port(), "talent-t1-c");
    Client s(w.server->port(), "spec-s1-cc");
    Client a(w.server->port(), "admin-e1-c");
    REQUIRE(t.login("T1").status == 200);
    REQUIRE(s.login("S1").status == 200);
    REQUIRE(a.login("ADM-E1").status == 200);
    // The talent's offline queue, then the employer's.
    REQUIRE(t.push({registerT1(t.actor(), "c1"), submit(t.actor(), "c2", "CA1")}).status == 200);
    auto assign = a.push({command("c3", a.actor(), "AssignSpecialist", {{"talent", "T1"}, {"specialist", "S1"}})});
    REQUIRE(assign.body["results"][0]["status"] == "applied");
    auto done = s.push({command("c4", s.actor(), "CompleteApplication", {{"application", "CA1"}, {"evidence", json::array({evidenceDoc("employer_nomination", "单位推荐函.pdf")})}}),
                        command("c5", s.actor(), "SubmitToWindow", {{"application", "CA1"}})});
    REQUIRE(done.body["results"][1]["status"] == "applied");
    std::map<std::string, json> tv, sv;
    t.pullAll(0, tv);
    s.pullAll(0, sv);
    REQUIRE(tv.count("card_application/CA1"));
    REQUIRE(sv.count("card_application/CA1"));
    CHECK(tv["card_application/CA1"] == sv["card_application/CA1"]);
    CHECK(tv["card_application/CA1"]["state"] == "under_window_review");
    CHECK(tv["talent/T1"]["id_number"] == "370102198001010015");
    CHECK(sv["talent/T1"]["id_number"] == "370*************15");
    CHECK_FALSE(sv.count("talent/T2")); // T2 is S2's
}

TEST_CASE("6. a pull interrupted mid-page resumes from the last cursor the client kept", "[sync]") {
    World w;
    Client r(w.server->port(), "root-client");
    REQUIRE(r.login("root").status == 200);
    std::map<std::string, json> all;
    r.pullAll(0, all, 1000);
    REQUIRE(all.size() > 8);
    auto p1 = r.pull(0, 3);
    REQUIRE(p1.body["changes"].size() == 3);
    const auto cursor = p1.body["cursor"].get<std::int64_t>();
    auto p2 = r.pull(cursor, 3); // this reply is lost: the client never stores its cursor
    REQUIRE(p2.status == 200);
    auto p2again = r.pull(cursor, 3);
    CHECK(p2again.body["changes"] == p2.body["changes"]);
    std::map<std::string, json> resumed;
    for (const auto& c : p1.body["changes"]) resumed[c["kind"].get<std::string>() + "/" + c["id"].get<std::string>()] = c["record"];
    r.pullAll(cursor, resumed, 3);
    CHECK(resumed == all);
}

TEST_CASE("7. a stale client is told to reload: 426 for the protocol, 409 for the schema", "[sync]") {
    World w;
    Client c(w.server->port(), "stale-client");
    REQUIRE(c.login("S1").status == 200);
    auto p = c.post("/api/v1/pull", json{{"protocol", 0}, {"schema", huicai::store::currentSchemaVersion()}, {"cursor", 0}});
    CHECK(p.status == 426);
    CHECK(p.body["error"]["key"] == "error.sync.protocol_version");
    auto s = c.post("/api/v1/pull", json{{"protocol", 1}, {"schema", 2}, {"cursor", 0}});
    CHECK(s.status == 409);
    CHECK(s.body["error"]["key"] == "error.sync.schema_version");
}

TEST_CASE("8. bad input gets a 4xx JSON error and writes nothing", "[sync]") {
    World w;
    Client t(w.server->port(), "talent-t1-d");
    REQUIRE(t.login("T1").status == 200);
    Client other(w.server->port(), "talent-t1-d");
    REQUIRE(other.login("S1").status == 200);
    const auto before = written(*w.site);
    const json good = registerT1(t.actor(), "d1");
    struct Case {
        const char* what;
        std::string body;
        int status;
        const char* key;
    };
    auto push = [&](json commands, std::string client = "talent-t1-d") {
        return versions(json{{"client_id", client}, {"commands", commands}}).dump();
    };
    json unknown = good;
    unknown["command"] = "MakeMeAdmin";
    json forgedActor = good;
    forgedActor["actor"]["id"] = "T2";
    forgedActor["actor"]["scope"] = "T2";
    json wrongType = good;
    wrongType["args"]["years_in_key_post"] = "five";
    const Case cases[] = {
        {"malformed JSON", "{\"protocol\":1,", 400, "error.sync.bad_json"},
        {"not an object", "[1,2]", 400, "error.sync.field"},
        {"wrong type of seq", push(json::array({json{{"seq", "1"}, {"command", good}}})), 400, "error.sync.field"},
        {"wrong type in args", push(json::array({json{{"seq", 1}, {"command", wrongType}}})), 400, "error.command.field"},
        {"unknown command", push(json::array({json{{"seq", 1}, {"command", unknown}}})), 422, "error.command.unknown"},
        {"unknown member", versions(json{{"client_id", "talent-t1-d"}, {"commands", json::array()}, {"x", 1}}).dump(), 400, "error.sync.field"},
        {"bad client id", push(json::array({json{{"seq", 1}, {"command", good}}}), "x"), 400, "error.sync.field"},
        {"seqs not increasing", push(json::array({json{{"seq", 2}, {"command", good}}, json{{"seq", 1}, {"command", submit(t.actor(), "d2", "CA1")}}})), 400, "error.sync.field"},
        {"forged actor", push(json::array({json{{"seq", 1}, {"command", forgedActor}}})), 403, "error.sync.actor_mismatch"},
    };
    int n = 0;
    for (const auto& c : cases) {
        INFO(++n << ". " << c.what);
        auto r = t.rawPost("/api/v1/push", c.body);
        CHECK(r.status == c.status);
        REQUIRE(r.body.is_object());
        CHECK(r.body["error"]["key"] == c.key);
    }
    // Oversized: above the server's 1 MiB body limit.
    auto big = t.rawPost("/api/v1/push", std::string(2 * 1024 * 1024, ' '));
    CHECK(big.status == 413);
    CHECK(big.body["error"]["key"] == "error.http.payload_too_large");
    // No token.
    Client anonymous(w.server->port(), "anon-client");
    auto noToken = anonymous.rawPost("/api/v1/push", push(json::array({json{{"seq", 1}, {"command", good}}})));
    CHECK(noToken.status == 401);
    CHECK(written(*w.site) == before);
    // A client id that belongs to another user.
    REQUIRE(t.push({good}).status == 200);
    json mine = command("d3", other.actor(), "CompleteApplication", {{"application", "CA1"}, {"evidence", json::array()}});
    auto forged = other.post("/api/v1/push", versions(json{{"client_id", "talent-t1-d"}, {"commands", json::array({json{{"seq", 5}, {"command", mine}}})}}));
    CHECK(forged.status == 403);
    CHECK(forged.body["error"]["key"] == "error.sync.client_forged");
}

TEST_CASE("9. revealing a masked identity number is allowed only for a visible talent and is audited", "[sync][S6.1.4]") {
    World w;
    Client s(w.server->port(), "spec-s2-reveal");
    REQUIRE(s.login("S2").status == 200);
    std::map<std::string, json> seen;
    s.pullAll(0, seen);
    REQUIRE(seen.count("talent/T2"));
    CHECK(seen["talent/T2"]["id_number"] == "370*************15");
    auto r = s.post("/api/v1/reveal", versions(json{{"talent", "T2"}}));
    REQUIRE(r.status == 200);
    CHECK(r.body["id_number"] == "370102198001010015");
    const std::string auditId = r.body["audit"].get<std::string>();
    Client other(w.server->port(), "spec-s1-reveal");
    REQUIRE(other.login("S1").status == 200);
    const auto before = written(*w.site);
    auto denied = other.post("/api/v1/reveal", versions(json{{"talent", "T2"}}));
    CHECK(denied.status == 404);
    CHECK(denied.body["error"]["key"] == "error.sync.not_visible");
    CHECK_FALSE(denied.body.dump().find("370102") != std::string::npos);
    auto missing = other.post("/api/v1/reveal", versions(json{{"talent", "T404"}}));
    CHECK(missing.status == 404);
    CHECK(missing.body["error"]["key"] == "error.sync.not_visible");
    CHECK(written(*w.site) == before);
    auto db = huicai::store::Database::open((w.site->data / "huicai.sqlite").string());
    auto audit = huicai::store::auditOf(*db, auditId);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].actor == "S2");
    CHECK(audit[0].command == "RevealIdentifier");
    CHECK(audit[0].changed == std::vector<std::string>{"talent/T2"});
}
