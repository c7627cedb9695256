// Local changes: every command of the worked examples is committed through the core
// into a real SQLite file; loading the file gives the same State; the audit log and
// the outbox hold one entry per applied command, in order; a rejected command or a
// failed write leaves both the file and the memory unchanged.
#include "store_support.h"

#include "data/command_json.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

using namespace huicai;
using namespace huicai::store;
using store_test::freshFile;

namespace {
struct Committed {
    State state;
    int applied = 0;
    std::vector<std::string> ids;
};

Committed commitAll(Database& db, const std::vector<ReplayStep>& steps) {
    Committed c;
    for (const auto& step : steps) {
        auto r = commitLocal(db, c.state, step.command, shippedReference().at(step.at));
        if (r) {
            ++c.applied;
            c.ids.push_back(step.command.id);
        }
    }
    return c;
}
} // namespace

TEST_CASE("1. each worked example committed locally loads back as an equal state", "[store][A13]") {
    const char* examples[] = {"card-direct-issue.json", "card-review-issue.json", "card-evaluation-issue.json",
                              "request-multi-department.json"};
    for (const char* name : examples) {
        INFO("example " << name);
        auto path = freshFile(std::string("commit-") + name + ".sqlite");
        auto steps = store_test::exampleSteps(name);
        Committed c;
        {
            auto db = Database::open(path.string());
            REQUIRE(db.ok());
            c = commitAll(*db, steps);
            REQUIRE(c.applied > 10);
        }
        auto db = Database::open(path.string());
        REQUIRE(db.ok());
        auto loaded = loadState(*db);
        REQUIRE(loaded.ok());
        CHECK(loaded->talents.size() == c.state.talents.size());
        CHECK(loaded->cardApplications == c.state.cardApplications);
        CHECK(*loaded == c.state);
        CHECK(auditCount(*db) == c.applied);
        auto outbox = outboxEntries(*db, true);
        REQUIRE(outbox.ok());
        REQUIRE(outbox->size() == static_cast<std::size_t>(c.applied));
        for (std::size_t i = 0; i < outbox->size(); ++i) {
            CHECK((*outbox)[i].seq == static_cast<std::int64_t>(i + 1));
            CHECK((*outbox)[i].commandId == c.ids[i]);
            auto back = commandFromJson(Json::parse((*outbox)[i].body), "outbox");
            REQUIRE(back.ok());
            CHECK(back->id == c.ids[i]);
        }
        CHECK(db->integrityCheck() == "ok");
    }
}

TEST_CASE("2. a rejected command writes no row, no audit entry and no outbox entry", "[store]") {
    auto path = freshFile("rejected.sqlite");
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    auto steps = store_test::exampleSteps("card-direct-issue.json");
    State state;
    for (std::size_t i = 0; i < 5; ++i) REQUIRE(commitLocal(*db, state, steps[i].command, shippedReference().at(steps[i].at)).ok());
    const auto before = state;
    // The same command again: its id is already applied.
    auto again = commitLocal(*db, state, steps[0].command, shippedReference().at(steps[0].at));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().key == "error.command.duplicate");
    CHECK(state == before);
    CHECK(auditCount(*db) == 5);
    CHECK(outboxEntries(*db, false)->size() == 5);
    auto loaded = loadState(*db);
    REQUIRE(loaded.ok());
    CHECK(*loaded == before);
}

TEST_CASE("3. when the outbox write fails, the rows and the audit entry are rolled back with it", "[store]") {
    auto path = freshFile("atomic.sqlite");
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    auto steps = store_test::exampleSteps("card-direct-issue.json");
    State state;
    for (std::size_t i = 0; i < 3; ++i) REQUIRE(commitLocal(*db, state, steps[i].command, shippedReference().at(steps[i].at)).ok());
    const auto before = state;
    // Make the outbox insert of the next command fail: its command id is taken.
    const std::string next = steps[3].command.id;
    REQUIRE(db->exec("INSERT INTO outbox(seq,command_id,name,body,at) VALUES(99,'" + next + "','X','{}','2025-01-01')").ok());
    auto r = commitLocal(*db, state, steps[3].command, shippedReference().at(steps[3].at));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().key == "error.store.sqlite");
    CHECK(state == before); // memory follows the database
    CHECK(auditCount(*db) == 3);
    auto loaded = loadState(*db);
    REQUIRE(loaded.ok());
    CHECK(*loaded == before);
}

TEST_CASE("4. the outbox: acknowledged entries leave, rejected ones stay with their reason until discarded", "[store]") {
    auto path = freshFile("outbox.sqlite");
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    auto steps = store_test::exampleSteps("card-direct-issue.json");
    State state;
    for (std::size_t i = 0; i < 4; ++i) REQUIRE(commitLocal(*db, state, steps[i].command, shippedReference().at(steps[i].at)).ok());
    REQUIRE(acknowledge(*db, 1).ok());
    REQUIRE(markRejected(*db, 2, Error{"error.access.denied", "employer/E1"}).ok());
    auto pending = outboxEntries(*db, true);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 2);
    CHECK((*pending)[0].seq == 3);
    CHECK((*pending)[1].seq == 4);
    auto all = outboxEntries(*db, false);
    REQUIRE(all->size() == 3);
    CHECK((*all)[0].rejected);
    REQUIRE((*all)[0].error.has_value());
    CHECK((*all)[0].error->key == "error.access.denied");
    CHECK((*all)[0].error->detail == "employer/E1");
    REQUIRE(discard(*db, 2).ok());
    CHECK(outboxEntries(*db, false)->size() == 2);
    // Sequences keep rising after entries leave: the server has seen 1..4.
    CHECK(nextOutboxSeq(*db) == 5);
}

TEST_CASE("5. replaceState writes a state whose reload is equal, holiday years and counters included", "[store][S7.1]") {
    auto path = freshFile("replace.sqlite");
    State state;
    for (const auto& step : store_test::exampleSteps("request-multi-department.json"))
        (void)apply(state, step.command, shippedReference().at(step.at));
    state.holidayYears[2030] = HolidayYear{2030, {Date::fromYmd({2030, 1, 1})}, {Date::fromYmd({2030, 2, 2})}};
    state.counters["extra"] = 7;
    REQUIRE_FALSE(state.counters.empty());
    {
        auto db = Database::open(path.string());
        REQUIRE(db.ok());
        REQUIRE(replaceState(*db, state).ok());
    }
    auto db = Database::open(path.string());
    auto loaded = loadState(*db);
    REQUIRE(loaded.ok());
    CHECK(*loaded == state);
}
