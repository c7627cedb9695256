// Two clients with their own local databases: a talent and an employer specialist
// work offline (local commits into the outbox), then push, pull and rebase against
// the real server, and their local databases converge on the server's records.
#include "sync_support.h"
#include "../core/shipped_reference.h"

#include "data/command_json.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/replica.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

using namespace sync_test;
using namespace huicai;

namespace {

struct Replica {
    Client client;
    store::Database db;
    State state;
    Replica(int port, const std::string& login, const std::filesystem::path& file)
        : client(port, login + "-replica"), db(std::move(*store::Database::open(file.string()))) {
        REQUIRE(client.login(login).status == 200);
    }
    // Commits a command locally under the id the app gives it, "<client id>-<outbox seq>".
    void commit(json command, const Reference& ref) {
        command["id"] = huicai::sync::pushedCommandId(client.clientId(), store::nextOutboxSeq(db));
        auto c = commandFromJson(command, "local");
        REQUIRE(c.ok());
        auto r = store::commitLocal(db, state, *c, ref.at(*Date::parse(kToday)));
        INFO(command.dump() << " " << (r ? "" : r.error().key));
        REQUIRE(r.ok());
    }
    void sync(const Reference& ref) {
        auto req = store::pushRequest(db, client.clientId(), 100);
        REQUIRE(req.ok());
        if (!req->commands.empty()) {
            auto answer = client.rawPost("/api/v1/push", huicai::sync::encodePush(*req));
            REQUIRE(answer.status == 200);
            auto decoded = huicai::sync::decodePushAnswer(answer.body.dump());
            REQUIRE(decoded.ok());
            REQUIRE(store::applyPushAnswer(db, *decoded).ok());
        }
        bool more = true;
        while (more) {
            auto page = client.pull(store::replicaCursor(db), 4);
            REQUIRE(page.status == 200);
            auto decoded = huicai::sync::decodePullPage(page.body.dump());
            REQUIRE(decoded.ok());
            auto m = store::applyPullPage(db, *decoded);
            REQUIRE(m.ok());
            more = *m;
        }
        auto rebased = store::rebase(db, ref.at(*Date::parse(kToday)));
        REQUIRE(rebased.ok());
        state = std::move(*rebased);
    }
};

} // namespace

TEST_CASE("replica: a talent and an employer specialist work offline, sync and converge", "[sync][S7.1][S6.1.4]") {
    World w;
    const Reference& ref = shippedReference();
    const auto dir = w.site->dir.path();
    Replica talent(w.server->port(), "T1", dir / "talent.sqlite");
    Replica spec(w.server->port(), "S1", dir / "specialist.sqlite");
    talent.sync(ref);
    spec.sync(ref);

    // Online once: the talent registers (an employer is not visible to a talent
    // before the registration names it, so this step needs the server).
    const json t = talent.client.actor();
    Client online(w.server->port(), "T1-online-once");
    REQUIRE(online.login("T1").status == 200);
    auto reg = online.push({command("on-t1", t, "RegisterTalent",
                                    {{"id", "T1"}, {"name", "张明"}, {"category", "professional_technical"}, {"id_type", "resident_id"}, {"id_number", "370102198001010015"}, {"nationality", "CHN"}, {"degree", "doctorate"}, {"title", "full_senior"}, {"years_in_key_post", 5}, {"honours", json::array({json{{"name", "国家级重点人才工程"}, {"level", "national"}, {"outside_shandong", false}, {"year", 2021}}})}, {"flexible_introduction", false}, {"employer", "E1"}})});
    REQUIRE(reg.body["results"][0]["status"] == "applied");
    talent.sync(ref);
    REQUIRE(talent.state.talents.count("T1"));
    // Offline: the talent applies; nothing reaches the server until the next sync.
    talent.commit(command("off-t2", t, "SubmitCardApplication",
                          {{"id", "CA1"}, {"class", "direct"}, {"basis", "direct.1"}, {"evidence", json::array({evidenceDoc("selection_notice", "入选通知.pdf")})}}),
                  ref);
    CHECK(store::outboxEntries(talent.db, true)->size() == 1);
    talent.sync(ref);
    CHECK(store::outboxEntries(talent.db, false)->empty());

    Client admin(w.server->port(), "admin-e1-replica");
    REQUIRE(admin.login("ADM-E1").status == 200);
    REQUIRE(admin.push({command("on-a1", admin.actor(), "AssignSpecialist", {{"talent", "T1"}, {"specialist", "S1"}})})
                .body["results"][0]["status"] == "applied");

    spec.sync(ref);
    REQUIRE(spec.state.cardApplications.count("CA1"));
    // Offline: the specialist completes and submits.
    const json s = spec.client.actor();
    spec.commit(command("off-s1", s, "CompleteApplication", {{"application", "CA1"}, {"evidence", json::array({evidenceDoc("employer_nomination", "单位推荐函.pdf")})}}), ref);
    spec.commit(command("off-s2", s, "SubmitToWindow", {{"application", "CA1"}}), ref);
    CHECK(spec.state.cardApplications.at("CA1").state == CardState::UnderWindowReview);
    spec.sync(ref);
    talent.sync(ref);
    CHECK(store::outboxEntries(spec.db, false)->empty());
    REQUIRE(talent.state.cardApplications.count("CA1"));
    CHECK(talent.state.cardApplications.at("CA1") == spec.state.cardApplications.at("CA1"));
    CHECK(talent.state.cardApplications.at("CA1").state == CardState::UnderWindowReview);
    // Reloading the local file gives the same state (it survives a reload).
    auto reloaded = store::loadState(talent.db);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->cardApplications == talent.state.cardApplications);
}
