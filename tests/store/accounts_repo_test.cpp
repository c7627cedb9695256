// The account rows of schema 8 against a real SQLite file: a one-time password and
// a disable are kept per account, a user's sessions end together (but the one kept),
// sign-ins give each account's latest, and commitLocalBatch registers a list of
// commands all together or, when one is refused, none of them.
#include "store_support.h"

#include "store/database.h"
#include "store/server_commit.h"
#include "store/server_repo.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

using namespace huicai;
using namespace huicai::store;
using store_test::freshFile;

TEST_CASE("accounts repo 1. must_change, disabled, sessions of a user and sign-ins", "[store][S6.2][security]") {
    auto db = Database::open(freshFile("accounts.sqlite").string());
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() >= 8); // the accounts' columns and sign_in came with version 8
    REQUIRE(insertUser(*db, UserRow{"ADMIN-1", "root", "h0", Role::SystemAdmin, "", "管理员", true, false}).ok());
    REQUIRE(insertUser(*db, UserRow{"S1", "s1", "h1", Role::EmployerSpecialist, "E1", "王", false, false}).ok());
    CHECK(userById(*db, "ADMIN-1")->mustChange);
    CHECK_FALSE(userById(*db, "S1")->mustChange);
    REQUIRE(setPassword(*db, "ADMIN-1", "h2", false).ok());
    CHECK(userById(*db, "ADMIN-1")->passwordHash == "h2");
    CHECK_FALSE(userById(*db, "ADMIN-1")->mustChange);
    REQUIRE(setPassword(*db, "S1", "h3", true).ok());
    CHECK(userByLogin(*db, "s1")->mustChange);

    CHECK(enabledAdminCount(*db) == 1);
    REQUIRE(setDisabled(*db, "ADMIN-1", true).ok());
    CHECK(userById(*db, "ADMIN-1")->disabled);
    CHECK(enabledAdminCount(*db) == 0);
    REQUIRE(setDisabled(*db, "ADMIN-1", false).ok());
    CHECK(enabledAdminCount(*db) == 1);

    for (const char* h : {"t1", "t2", "t3"}) REQUIRE(insertSession(*db, h, "S1", 1000).ok());
    REQUIRE(insertSession(*db, "t4", "ADMIN-1", 1000).ok());
    REQUIRE(deleteSessionsOf(*db, "S1", "t2").ok());
    CHECK_FALSE(sessionUser(*db, "t1", 0));
    CHECK(sessionUser(*db, "t2", 0));
    CHECK_FALSE(sessionUser(*db, "t3", 0));
    REQUIRE(deleteSessionsOf(*db, "S1").ok());
    CHECK_FALSE(sessionUser(*db, "t2", 0));
    CHECK(sessionUser(*db, "t4", 0)); // another user's stays

    CHECK(lastSignIns(*db).empty());
    REQUIRE(recordSignIn(*db, "S1", 100, "127.0.0.1").ok());
    REQUIRE(recordSignIn(*db, "S1", 300, "10.0.0.1").ok());
    REQUIRE(recordSignIn(*db, "ADMIN-1", 200, "::1").ok());
    CHECK(lastSignIns(*db) == std::map<std::string, std::int64_t>{{"ADMIN-1", 200}, {"S1", 300}});
}

TEST_CASE("accounts repo 2. commitLocalBatch applies every command with its audit, or none", "[store][S6.2]") {
    auto db = Database::open(freshFile("batch.sqlite").string());
    REQUIRE(db.ok());
    State state;
    const Actor root{"root", Role::SystemAdmin, ""};
    const Context ctx = shippedReference().at(*Date::parse("2025-06-02"));
    const std::vector<Command> bad{Command{"b-1", root, RegisterEmployer{"E1", "甲单位", "370102"}},
                                   Command{"b-2", root, RegisterEmployer{"E2", "乙单位", "999999"}}};
    auto refused = commitLocalBatch(*db, state, bad, ctx);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().key == "error.region.unknown");
    CHECK(refused.error().detail.rfind("b-2: ", 0) == 0);
    CHECK(state.employers.empty()); // the first one's change in memory is undone too
    CHECK(auditCount(*db) == 0);
    CHECK(lastChangeSeq(*db) == 0);

    const std::vector<Command> good{Command{"g-1", root, RegisterEmployer{"E1", "甲单位", "370102"}},
                                    Command{"g-2", root, RegisterEmployer{"E2", "乙单位", "370202"}}};
    REQUIRE(commitLocalBatch(*db, state, good, ctx).ok());
    CHECK(state.employers.size() == 2);
    CHECK(auditCount(*db) == 2);
    CHECK(lastChangeSeq(*db) >= 2);
    auto loaded = loadState(*db);
    REQUIRE(loaded.ok());
    CHECK(loaded->employers.size() == 2);
    AuditFilter all;
    auto rows = auditRows(*db, all);
    REQUIRE(rows.ok());
    REQUIRE(rows->rows.size() == 2);
    CHECK(rows->rows[0].seq > rows->rows[1].seq);
    CHECK(rows->rows[0].records == std::vector<std::string>{"employer/E2"});
    CHECK(rows->rows[0].unit.empty()); // no account named root here
    AuditFilter one;
    one.record = "employer/E1";
    CHECK(auditRows(*db, one)->total == 1);
}
