// The browser's sync pump (src/app/sync_pump.h) driven against the real server on
// loopback: the test makes each HTTP call the pump asks for with a plain client and
// hands the answer back, as the web app does with fetch(). Time is a number the
// test advances; nothing sleeps.
#include "sync_support.h"
#include "../core/shipped_reference.h"

#include "app/sync_pump.h"
#include "sync/endpoints.h"
#include "data/command_json.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/replica.h"
#include "store/state_repo.h"

#include <httplib.h>

#include <catch2/catch.hpp>

using namespace sync_test;
using namespace huicai;
using app::SyncPhase;
using app::SyncPump;

namespace {

Date today() { return *Date::parse(kToday); }

// One browser: its replica file, its state and its pump.
struct Device {
    int port;
    std::string token;
    std::string clientId;
    store::Database db;
    State state;
    SyncPump pump;
    std::int64_t now = 1'000'000;
    int calls = 0;

    Device(int port_, const std::string& login, const std::filesystem::path& file)
        : port(port_), clientId("dev-" + login + "-" + file.stem().string()),
          db(std::move(*store::Database::open(file.string()))) {
        Client c(port, clientId);
        REQUIRE(c.login(login).status == 200);
        token = c.token();
    }
    // Makes the calls the pump asks for until it has none; false if a call failed.
    void run(const Reference& ref, int maxCalls = 50) {
        pump.kick();
        for (int i = 0; i < maxCalls; ++i) {
            auto call = pump.next(db, clientId, now);
            if (!call) return;
            ++calls;
            httplib::Client http("127.0.0.1", port);
            httplib::Headers headers{{"Authorization", "Bearer " + token}};
            auto res = http.Post(call->path.c_str(), headers, call->body, "application/json");
            pump.answer(db, state, ref.at(today()), res ? res->status : 0, res ? res->body : std::string(), now);
        }
        FAIL("the pump did not settle");
    }
    // Commits a command locally under the id the app gives it, "<client id>-<outbox seq>".
    void commit(json command, const Reference& ref) {
        command["id"] = huicai::sync::pushedCommandId(clientId, store::nextOutboxSeq(db));
        auto c = commandFromJson(command, "local");
        REQUIRE(c.ok());
        auto r = store::commitLocal(db, state, *c, ref.at(today()));
        INFO(command.dump() << " " << (r ? "" : r.error().key));
        REQUIRE(r.ok());
    }
};

json applyArgs(const std::string& id) {
    return json{{"id", id}, {"class", "direct"}, {"basis", "direct.1"}, {"evidence", json::array({evidenceDoc("selection_notice", "入选通知.pdf")})}};
}

} // namespace

TEST_CASE("pump 1. pushes the outbox, pulls every page and rebases, another actor sees the change", "[sync][S7.1][S6.1.4]") {
    World w;
    const Reference& ref = shippedReference();
    const auto dir = w.site->dir.path();
    Device talent(w.server->port(), "T2", dir / "t2.sqlite");
    talent.run(ref);
    CHECK(talent.pump.progress().phase == SyncPhase::Idle);
    REQUIRE(talent.state.talents.count("T2"));
    REQUIRE(talent.state.cardApplications.count("CA2"));
    CHECK(store::replicaCursor(talent.db) > 0);
    CHECK(talent.pump.progress().lastSyncMs == talent.now);
    CHECK(talent.pump.progress().runs == 1);

    // Offline: a new name; it is in the outbox and the state at once.
    talent.commit(command("t2-rename", json{{"id", "T2"}, {"role", "talent"}, {"scope", "T2"}}, "UpdateTalentProfile",
                          {{"talent", "T2"}, {"name", "李华明"}}),
                  ref);
    CHECK(talent.state.talents.at("T2").name == "李华明");
    CHECK(store::outboxEntries(talent.db, true)->size() == 1);
    talent.run(ref);
    CHECK(store::outboxEntries(talent.db, false)->empty());
    CHECK(talent.pump.progress().pushedInRun == 1);
    CHECK(talent.pump.progress().rejectedInRun == 0);
    CHECK(talent.pump.progress().runs == 2); // a push and its pull are one run
    CHECK(talent.state.talents.at("T2").name == "李华明");

    Device spec(w.server->port(), "S2", dir / "s2.sqlite");
    spec.run(ref);
    REQUIRE(spec.state.talents.count("T2"));
    CHECK(spec.state.talents.at("T2").name == "李华明");
    // A second run with nothing new pulls one empty page and changes nothing.
    const State before = spec.state;
    spec.run(ref);
    CHECK(spec.state == before);
    CHECK(spec.pump.progress().recordsInRun == 0);
}

TEST_CASE("pump 2. a command the server refuses is marked and its local effects are undone, discarding it leaves the server's state", "[sync][S7.1][A13]") {
    World w;
    const Reference& ref = shippedReference();
    const auto dir = w.site->dir.path();
    const json t1{{"id", "T1"}, {"role", "talent"}, {"scope", "T1"}};
    Client online(w.server->port(), "T1-online");
    REQUIRE(online.login("T1").status == 200);
    REQUIRE(online.push({command("reg-t1", t1, "RegisterTalent",
                                 {{"id", "T1"}, {"name", "张明"}, {"category", "professional_technical"}, {"id_type", "resident_id"}, {"id_number", "370102198001010015"}, {"nationality", "CHN"}, {"degree", "doctorate"}, {"title", "full_senior"}, {"years_in_key_post", 5}, {"honours", json::array({json{{"name", "国家级重点人才工程"}, {"level", "national"}, {"outside_shandong", false}, {"year", 2021}}})}, {"flexible_introduction", false}, {"employer", "E1"}})})
                .body["results"][0]["status"] == "applied");

    Device phone(w.server->port(), "T1", dir / "phone.sqlite");
    phone.run(ref);
    REQUIRE(phone.state.talents.count("T1"));
    // The phone applies offline; meanwhile another device of the same talent applies
    // online, so the phone's application arrives second and is refused.
    phone.commit(command("phone-apply", t1, "SubmitCardApplication", applyArgs("CA-PHONE")), ref);
    REQUIRE(phone.state.cardApplications.count("CA-PHONE"));
    REQUIRE(online.push({command("laptop-apply", t1, "SubmitCardApplication", applyArgs("CA-LAPTOP"))})
                .body["results"][0]["status"] == "applied");
    phone.run(ref);
    CHECK(phone.pump.progress().rejectedInRun == 1);
    auto entries = store::outboxEntries(phone.db, false);
    REQUIRE(entries->size() == 1);
    CHECK(entries->front().rejected);
    REQUIRE(entries->front().error.has_value());
    CHECK(entries->front().error->key == "error.card.open_application");
    // The server's application is there; the refused one is gone from the state and
    // from the file (a reload shows the same).
    CHECK(phone.state.cardApplications.count("CA-LAPTOP") == 1);
    CHECK(phone.state.cardApplications.count("CA-PHONE") == 0);
    auto reloaded = store::loadState(phone.db);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->cardApplications.count("CA-PHONE") == 0);
    CHECK(reloaded->cardApplications == phone.state.cardApplications);

    // Discarded: the outbox is empty and the state is the server's.
    REQUIRE(store::discard(phone.db, entries->front().seq).ok());
    auto rebased = store::rebase(phone.db, ref.at(today()));
    REQUIRE(rebased.ok());
    CHECK(store::outboxEntries(phone.db, false)->empty());
    Device laptop(w.server->port(), "T1", dir / "laptop.sqlite");
    laptop.run(ref);
    CHECK(rebased->cardApplications == laptop.state.cardApplications);
    CHECK(rebased->talents == laptop.state.talents);
}

TEST_CASE("pump 3. no answer: retries after 1, 2, 4 … 30 s, a kick retries at once, a refused token stops it", "[sync][S7.1]") {
    World w;
    const Reference& ref = shippedReference();
    const auto dir = w.site->dir.path();
    Device d(w.server->port(), "T2", dir / "t2.sqlite");
    d.run(ref);
    d.commit(command("t2-offline", json{{"id", "T2"}, {"role", "talent"}, {"scope", "T2"}}, "UpdateTalentProfile",
                     {{"talent", "T2"}, {"name", "李华"}}),
             ref);
    d.pump.kick();
    std::int64_t now = d.now;
    const std::int64_t waits[] = {1000, 2000, 4000, 8000, 16000, 30000, 30000};
    for (std::int64_t wait : waits) {
        auto call = d.pump.next(d.db, d.clientId, now);
        REQUIRE(call.has_value());
        CHECK(call->path == "/api/v1/push");
        d.pump.answer(d.db, d.state, ref.at(today()), 0, "", now); // no answer: offline
        CHECK(d.pump.progress().phase == SyncPhase::Waiting);
        CHECK(d.pump.wakeAtMs() == now + wait);
        CHECK_FALSE(d.pump.next(d.db, d.clientId, now + wait - 1).has_value());
        now += wait;
    }
    // Back online and asked by the user: no waiting.
    auto call = d.pump.next(d.db, d.clientId, now);
    REQUIRE(call.has_value());
    d.pump.answer(d.db, d.state, ref.at(today()), 503, R"({"error":{"key":"error.http.unavailable"}})", now);
    CHECK(d.pump.progress().phase == SyncPhase::Waiting);
    REQUIRE(d.pump.progress().lastError.has_value());
    CHECK(d.pump.progress().lastError->key == "error.http.unavailable");
    d.pump.kick();
    CHECK(d.pump.next(d.db, d.clientId, now).has_value());
    d.pump.answer(d.db, d.state, ref.at(today()), 0, "", now);
    // The pending command was never lost.
    CHECK(store::outboxEntries(d.db, true)->size() == 1);

    // A token the server refuses: signed out, and nothing more is sent until a new sign-in.
    d.token = "0000";
    d.run(ref);
    CHECK(d.pump.progress().phase == SyncPhase::SignedOut);
    REQUIRE(d.pump.progress().lastError.has_value());
    CHECK(d.pump.progress().lastError->key == "error.session.invalid");
    d.pump.kick();
    CHECK_FALSE(d.pump.next(d.db, d.clientId, d.now + 100'000).has_value());
    CHECK(store::outboxEntries(d.db, true)->size() == 1);
}

TEST_CASE("pump 4. a command is not pushed while the browser is still saving it, and is once it is durable, while a pull does not wait", "[sync][S7.1]") {
    World w;
    const Reference& ref = shippedReference();
    Device talent(w.server->port(), "T2", w.site->dir.path() / "t2-durable.sqlite");
    // Nothing to push: a pull goes out whether or not a save is under way.
    talent.pump.kick();
    auto pull = talent.pump.next(talent.db, talent.clientId, talent.now, false);
    REQUIRE(pull);
    CHECK(pull->path == huicai::sync::endpoint::kPull);
    talent.pump.answer(talent.db, talent.state, ref.at(today()), 0, "", talent.now); // no answer: retried later
    talent.run(ref);
    talent.commit(command("t2-durable", json{{"id", "T2"}, {"role", "talent"}, {"scope", "T2"}}, "UpdateTalentProfile",
                          {{"talent", "T2"}, {"name", "李华"}}),
                  ref);
    talent.pump.kick();
    // Committed but not yet durable: the pump waits, with nothing in flight.
    CHECK_FALSE(talent.pump.next(talent.db, talent.clientId, talent.now, false));
    CHECK_FALSE(talent.pump.inFlight());
    CHECK(store::outboxEntries(talent.db, true)->size() == 1);
    // Saved: the push goes.
    auto push = talent.pump.next(talent.db, talent.clientId, talent.now, true);
    REQUIRE(push);
    CHECK(push->path == huicai::sync::endpoint::kPush);
}

TEST_CASE("pump 5. every answer that writes the replica says so, so the page saves it: a copy saved then holds the acknowledged change", "[sync][S7.1][S4.2]") {
    World w;
    const Reference& ref = shippedReference();
    const auto dir = w.site->dir.path();
    Device talent(w.server->port(), "T2", dir / "t2.sqlite");
    talent.run(ref);
    talent.pump.takeChanged();
    talent.pump.takeWritten();
    talent.commit(command("t2-rename", json{{"id", "T2"}, {"role", "talent"}, {"scope", "T2"}}, "UpdateTalentProfile",
                          {{"talent", "T2"}, {"name", "李华明"}}),
                  ref);
    // The browser saves the database after every answer the pump says it changed or wrote
    // (App::tick): a copy of the file stands for what IndexedDB holds.
    const auto saved = dir / "t2-saved.sqlite";
    std::filesystem::copy_file(dir / "t2.sqlite", saved, std::filesystem::copy_options::overwrite_existing);
    talent.pump.kick();
    int answers = 0, written = 0, changed = 0;
    while (auto call = talent.pump.next(talent.db, talent.clientId, talent.now)) {
        httplib::Client http("127.0.0.1", talent.port);
        httplib::Headers headers{{"Authorization", "Bearer " + talent.token}};
        auto res = http.Post(call->path.c_str(), headers, call->body, "application/json");
        talent.pump.answer(talent.db, talent.state, ref.at(today()), res ? res->status : 0, res ? res->body : std::string(), talent.now);
        ++answers;
        const bool c = talent.pump.takeChanged(), wr = talent.pump.takeWritten();
        changed += c ? 1 : 0;
        written += wr ? 1 : 0;
        CHECK(wr); // a push's answer and every pull page write to the replica
        if (c || wr) std::filesystem::copy_file(dir / "t2.sqlite", saved, std::filesystem::copy_options::overwrite_existing);
        REQUIRE(answers < 20);
    }
    CHECK(answers >= 2);
    // The pull brought back what the replica already showed: the state did not change then.
    CHECK(changed < written);
    // The saved copy, opened as the page does after a reload, shows the new name.
    auto copy = store::Database::open(saved.string());
    REQUIRE(copy.ok());
    auto state = store::rebase(*copy, ref.at(today()));
    REQUIRE(state.ok());
    REQUIRE(state->talents.count("T2"));
    CHECK(state->talents.at("T2").name == "李华明");
    CHECK(store::outboxEntries(*copy, false)->empty());
}
