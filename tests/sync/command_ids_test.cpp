// Command ids belong to the client that pushes them, on the real server on loopback:
// every pushed command is named "<client id>-<seq>" under a client id bound to the
// pushing user, so the ids a user reads in a record's history cannot be taken by
// another user to make that user's next commands fail as duplicates.
#include "sync_support.h"

#include "store/database.h"
#include "store/server_repo.h"

#include <catch2/catch.hpp>

using namespace sync_test;

namespace {

json specialistArgs(const std::string& id) {
    return json{{"id", id}, {"name", "专员" + id}, {"role", "employer_specialist"}, {"org", "E1"}};
}

json talentArgs() {
    return json{{"id", "T1"}, {"name", "张明"}, {"category", "professional_technical"}, {"id_type", "resident_id"}, {"id_number", "370102198001010015"}, {"nationality", "CHN"}, {"degree", "doctorate"}, {"title", "full_senior"}, {"years_in_key_post", 5}, {"honours", json::array({json{{"name", "国家级重点人才工程"}, {"level", "national"}, {"outside_shandong", false}, {"year", 2021}}})}, {"flexible_introduction", false}, {"employer", "E1"}};
}

Response pushAs(Client& c, const std::string& clientId, std::int64_t seq, const json& command) {
    return c.post("/api/v1/push", versions(json{{"client_id", clientId}, {"commands", json::array({json{{"seq", seq}, {"command", command}}})}}));
}

std::int64_t auditRows(serve_test::Site& site, const std::string& commandId) {
    auto db = huicai::store::Database::open((site.data / "huicai.sqlite").string());
    REQUIRE(db.ok());
    return huicai::store::auditRowsOf(*db, commandId);
}

} // namespace

TEST_CASE("security 4. command ids cannot be taken by another user: a pushed id must be the pushing client's id and seq",
          "[sync][security][S6.2]") {
    World w;
    const int port = w.server->port();
    Client admin(port, "admin-e1-ids");
    REQUIRE(admin.login("ADM-E1").status == 200);
    Client talent(port, "talent-t1-ids");
    REQUIRE(talent.login("T1").status == 200);

    // The administrator's first command: its id, "admin-e1-ids-1", is in the record's history.
    const std::string first = huicai::sync::pushedCommandId(admin.clientId(), 1);
    CHECK(first == "admin-e1-ids-1");
    auto one = pushAs(admin, admin.clientId(), 1, command(first, admin.actor(), "RegisterSpecialist", specialistArgs("SX1")));
    REQUIRE(one.status == 200);
    REQUIRE(one.body["results"][0]["status"] == "applied");

    // The talent pushes a command of their own under the administrator's next id.
    const std::string next = huicai::sync::pushedCommandId(admin.clientId(), 2);
    auto taken = pushAs(talent, talent.clientId(), 1, command(next, talent.actor(), "RegisterTalent", talentArgs()));
    REQUIRE(taken.status == 200);
    const auto& refused = taken.body["results"][0];
    CHECK(refused["status"] == "rejected");
    CHECK(refused["error"]["key"] == "error.sync.command_id");
    CHECK(refused["error"]["detail"] == "seq 1: talent-t1-ids-1");
    CHECK_FALSE(refused["error"]["message"].get<std::string>().empty());
    CHECK(taken.body["last_seq"] == 1); // final for that seq, like any rejection
    CHECK(auditRows(*w.site, next) == 0);
    // Asked again, the same answer from memory.
    auto again = pushAs(talent, talent.clientId(), 1, command(next, talent.actor(), "RegisterTalent", talentArgs()));
    CHECK(again.body["results"][0]["repeated"] == true);
    CHECK(again.body["results"][0]["error"]["key"] == "error.sync.command_id");
    // Nor can the talent push through the administrator's client id.
    auto forged = pushAs(talent, admin.clientId(), 2, command(next, talent.actor(), "RegisterTalent", talentArgs()));
    CHECK(forged.status == 403);
    CHECK(forged.body["error"]["key"] == "error.sync.client_forged");

    // The administrator's next command still applies under its id.
    auto two = pushAs(admin, admin.clientId(), 2, command(next, admin.actor(), "RegisterSpecialist", specialistArgs("SX2")));
    REQUIRE(two.status == 200);
    CHECK(two.body["results"][0]["status"] == "applied");
    CHECK(auditRows(*w.site, next) == 1);

    // Any other id from a client is refused, its own client id with another seq too;
    // under its own id the talent's command applies.
    struct Case {
        int n;
        std::int64_t seq;
        std::string id;
    };
    const std::vector<Case> cases = {
        {1, 2, "free-choice"},
        {2, 3, talent.clientId() + "-2"},  // another seq
        {3, 4, talent.clientId() + "-04"}, // not the decimal form
        {4, 5, talent.clientId() + "5"},
        {5, 6, "x" + talent.clientId() + "-6"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto r = pushAs(talent, talent.clientId(), c.seq, command(c.id, talent.actor(), "RegisterTalent", talentArgs()));
        REQUIRE(r.status == 200);
        CHECK(r.body["results"][0]["status"] == "rejected");
        CHECK(r.body["results"][0]["error"]["key"] == "error.sync.command_id");
    }
    const std::string own = huicai::sync::pushedCommandId(talent.clientId(), 7);
    auto mine = pushAs(talent, talent.clientId(), 7, command(own, talent.actor(), "RegisterTalent", talentArgs()));
    CHECK(mine.body["results"][0]["status"] == "applied");
    CHECK(auditRows(*w.site, own) == 1);
}
