// The authorisation matrix: for every role, every endpoint of the sync API and a
// record outside the actor's scope (talent T2 of employer E2 and T2's card
// application CA2 under review at the Shinan county window), the server refuses and
// sends nothing it should not. The system administrator has no scope, so for it
// only the session, client-id and health cases apply. The number of cases is
// printed and checked.
#include "sync_support.h"

#include "store/database.h"
#include "store/server_repo.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

#include <cstdio>

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

// Commands on T2's records, one per step of the card workflow and its assignment.
std::vector<std::pair<std::string, json>> outOfScopeCommands() {
    return {
        {"AssignSpecialist", {{"talent", "T2"}, {"specialist", "S1"}}},
        {"CompleteApplication", {{"application", "CA2"}, {"evidence", json::array({"x.pdf"})}}},
        {"SubmitToWindow", {{"application", "CA2"}}},
        {"ApproveAtWindow", {{"application", "CA2"}, {"note", ""}}},
        {"EscalateToUpperWindow", {{"application", "CA2"}}},
        {"ReturnForRevision", {{"application", "CA2"}, {"reasons", json::array({"x"})}}},
        {"RejectApplication", {{"application", "CA2"}, {"reasons", json::array({"x"})}}},
        {"IssueCard", {{"application", "CA2"}}},
    };
}

std::pair<std::int64_t, std::int64_t> written(serve_test::Site& site) {
    auto db = huicai::store::Database::open((site.data / "huicai.sqlite").string());
    REQUIRE(db.ok());
    return {huicai::store::auditCount(*db), huicai::store::lastChangeSeq(*db)};
}

bool mentionsT2(const json& changes) {
    for (const auto& c : changes) {
        const std::string key = c["kind"].get<std::string>() + "/" + c["id"].get<std::string>();
        if (key == "talent/T2" || key == "card_application/CA2" || key == "staff/S2") return true;
        if (c["record"].dump().find("\"T2\"") != std::string::npos) return true;
    }
    return false;
}

} // namespace

TEST_CASE("authorisation matrix: every role x endpoint x record outside the actor's scope is refused", "[sync][S6.2][A13]") {
    World w;
    Client owner(w.server->port(), "owner-t2-client");
    REQUIRE(owner.login("T2").status == 200);
    REQUIRE(owner.push({}).status == 200); // registers the client id to T2
    Client root(w.server->port(), "root-observer");
    REQUIRE(root.login("root").status == 200);
    std::map<std::string, json> before;
    root.pullAll(0, before, 1000);
    REQUIRE(before.count("card_application/CA2"));
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

        // POST /api/v1/push: each command on T2's records is rejected.
        if (!admin) {
            int i = 0;
            for (const auto& [name, args] : outOfScopeCommands()) {
                ++cases;
                INFO("command " << name);
                auto r = c.push({command(std::string("mx-") + rc.login + "-" + std::to_string(++i), c.actor(), name, args)});
                REQUIRE(r.status == 200);
                REQUIRE(r.body["results"].size() == 1);
                CHECK(r.body["results"][0]["status"] == "rejected");
                CHECK(r.body["results"][0]["error"]["key"].get<std::string>().rfind("error.", 0) == 0);
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
    CHECK(cases == 7 * (1 + 8 + 1 + 1 + 1 + 1) + (1 + 1 + 1 + 1));
}
