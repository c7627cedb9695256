// The server's repositories against a real SQLite file: users, sessions with
// expiry, clients, push answers, and commitPushed() writing the
// rows, the change log, the client's sequence and the answer together, with a
// rejected command leaving only its answer.
#include "store_support.h"

#include "store/database.h"
#include "store/server_commit.h"
#include "store/server_repo.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

using namespace huicai;
using namespace huicai::store;
using store_test::freshFile;

TEST_CASE("server 1. users and sessions round-trip, sessions expire", "[store][S6.2]") {
    auto db = Database::open(freshFile("users.sqlite").string());
    REQUIRE(db.ok());
    REQUIRE(insertUser(*db, UserRow{"W-370102", "lixia.window", "$argon2id$x", Role::WindowSpecialist, "370102", "历下区窗口"}).ok());
    CHECK_FALSE(insertUser(*db, UserRow{"W-2", "lixia.window", "h", Role::Talent, "T", "dup"}).ok()); // login is unique
    auto u = userByLogin(*db, "lixia.window");
    REQUIRE(u);
    CHECK(u->actor() == Actor{"W-370102", Role::WindowSpecialist, "370102"});
    CHECK(u->displayName == "历下区窗口");
    CHECK(userById(*db, "W-370102")->login == "lixia.window");
    CHECK_FALSE(userByLogin(*db, "nobody"));
    CHECK(userCount(*db) == 1);
    REQUIRE(insertSession(*db, "hash-1", "W-370102", 1000).ok());
    CHECK(sessionUser(*db, "hash-1", 999) == std::optional<std::string>("W-370102"));
    CHECK_FALSE(sessionUser(*db, "hash-1", 1000)); // expired at its expiry second
    CHECK_FALSE(sessionUser(*db, "hash-2", 0));
    REQUIRE(deleteSession(*db, "hash-1").ok());
    CHECK_FALSE(sessionUser(*db, "hash-1", 0));
}

TEST_CASE("server 2. commitPushed writes rows, change log, client sequence and answer together", "[store][A13]") {
    auto path = freshFile("pushed.sqlite");
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    REQUIRE(insertUser(*db, UserRow{"root", "root", "h", Role::SystemAdmin, "", "root"}).ok());
    REQUIRE(insertClient(*db, "client-0001", "root").ok());
    auto steps = store_test::exampleSteps("card-direct-issue.json");
    State state;
    std::int64_t seq = 0;
    int applied = 0;
    for (const auto& step : steps) {
        auto r = commitPushed(*db, state, step.command, shippedReference().at(step.at), "client-0001", ++seq);
        REQUIRE(r.ok());
        applied += r->applied ? 1 : 0;
        auto answer = pushResult(*db, "client-0001", seq);
        REQUIRE(answer);
        CHECK(answer->applied == r->applied);
        CHECK(answer->commandId == step.command.id);
    }
    CHECK(clientById(*db, "client-0001")->lastSeq == seq);
    CHECK(auditCount(*db) == applied);
    auto loaded = loadState(*db);
    REQUIRE(loaded.ok());
    CHECK(*loaded == state);
    // Every record comes back from the change feed once, newest change last.
    auto rows = recordsChangedAfter(*db, 0, 10000);
    REQUIRE(rows.ok());
    CHECK(rows->size() == allRecordKeys(state).size());
    for (std::size_t i = 1; i < rows->size(); ++i) CHECK((*rows)[i - 1].seq < (*rows)[i].seq);
    CHECK(rows->back().seq == lastChangeSeq(*db));
    // Paging: the rows after the third one are the rest.
    auto rest = recordsChangedAfter(*db, (*rows)[2].seq, 10000);
    CHECK(rest->size() == rows->size() - 3);
}

TEST_CASE("server 3. a rejected push keeps only its answer and the client's sequence", "[store]") {
    auto db = Database::open(freshFile("pushed-rejected.sqlite").string());
    REQUIRE(db.ok());
    REQUIRE(insertUser(*db, UserRow{"T1", "t1", "h", Role::Talent, "T1", "t"}).ok());
    REQUIRE(insertClient(*db, "client-0002", "T1").ok());
    auto steps = store_test::exampleSteps("card-direct-issue.json");
    State state;
    const auto changeBefore = lastChangeSeq(*db);
    // IssueCard on an application that does not exist.
    Command bad{"bad-1", Actor{"W-370000", Role::WindowSpecialist, "370000"}, IssueCard{"CA-none"}};
    auto r = commitPushed(*db, state, bad, shippedReference().at(steps[0].at), "client-0002", 7);
    REQUIRE(r.ok());
    CHECK_FALSE(r->applied);
    CHECK_FALSE(r->errorKey.empty());
    CHECK(pushResult(*db, "client-0002", 7)->errorKey == r->errorKey);
    CHECK(clientById(*db, "client-0002")->lastSeq == 7);
    CHECK(lastChangeSeq(*db) == changeBefore);
    CHECK(auditCount(*db) == 0);
    CHECK(state == State{});
}
