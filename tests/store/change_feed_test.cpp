// The server's change feed on a real file: a reassignment through commitPushed()
// logs 'access' entries with the parties a record had before, moving the rows'
// sequences; the feed leaves superseded entries out but keeps every entry with
// parties; holiday years loaded by command are in it; the migration to it fills the
// holiday years' sequences from the log and clears a client's cursor.
#include "store_support.h"

#include "store/change_feed.h"
#include "store/database.h"
#include "store/server_commit.h"
#include "store/server_repo.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

using namespace huicai;
using namespace huicai::store;
using store_test::freshFile;

namespace {

// The card-direct-issue example on a server file; T1 ends up with card and booking.
State serverWith(Database& db, const std::string& example) {
    State state;
    for (const auto& step : store_test::exampleSteps(example)) {
        auto r = commitPushed(db, state, step.command, shippedReference().at(step.at), {}, 0);
        REQUIRE(r.ok());
    }
    return state;
}

const FeedRow* rowOf(const std::vector<FeedRow>& rows, const std::string& kind, const std::string& id) {
    const FeedRow* found = nullptr;
    for (const auto& r : rows)
        if (r.kind == kind && r.id == id) found = &r;
    return found;
}

} // namespace

TEST_CASE("feed 1. a reassignment logs access entries with the parties before, the feed keeps them", "[store][S6.1.4]") {
    auto db = Database::open(freshFile("feed-access.sqlite").string());
    REQUIRE(db.ok());
    State state = serverWith(*db, "card-direct-issue.json");
    REQUIRE(state.talents.at("T1").specialist == "S1");
    const std::int64_t cursor = lastChangeSeq(*db);
    auto all = feedAfter(*db, 0, 100000);
    REQUIRE(all.ok());
    // Every record once at its latest entry (the others are earlier access entries).
    std::map<std::string, int> latest;
    for (const auto& r : *all)
        if (r.latest) latest[recordKey(r.kind, r.id)] += 1;
    std::map<std::string, int> expected;
    for (const auto& key : allRecordKeys(state)) expected[key] = 1;
    CHECK(latest == expected);

    const Command reassign{"reassign", Actor{"ADM-E1", Role::EmployerAdmin, "E1"}, AssignSpecialist{"T1", "S1b"}};
    // S1b must exist first.
    const Command addS1b{"add-s1b", Actor{"ADM-E1", Role::EmployerAdmin, "E1"},
                         RegisterSpecialist{"S1b", "李专员", Role::EmployerSpecialist, "E1"}};
    const Date on = *Date::parse("2025-10-21");
    REQUIRE(commitPushed(*db, state, addS1b, shippedReference().at(on), {}, 0)->applied);
    const std::int64_t afterAdd = lastChangeSeq(*db);
    REQUIRE(commitPushed(*db, state, reassign, shippedReference().at(on), {}, 0)->applied);
    auto rows = feedAfter(*db, afterAdd, 1000);
    REQUIRE(rows.ok());
    // The application, the card and the booking did not change, yet are in the feed
    // as their latest entry, with who they concerned before (S1 among them).
    struct Case {
        const char* kind;
        std::string id;
    };
    const Case cases[] = {{"card_application", "CA1"}, {"card", state.cardApplications.at("CA1").card}, {"booking", "B1"}, {"staff", "S1"}, {"staff", "S1b"}, {"talent", "T1"}};
    int n = 0;
    for (const auto& c : cases) {
        INFO(++n << ". " << c.kind << "/" << c.id);
        const FeedRow* r = rowOf(*rows, c.kind, c.id);
        REQUIRE(r);
        CHECK(r->latest);
        CHECK_FALSE(r->body.empty());
        auto before = partiesFromJson(r->parties);
        REQUIRE(before);
        const bool hadS1 = std::find(before->specialists.begin(), before->specialists.end(), "S1") != before->specialists.end();
        const bool hadT1 = std::find(before->talents.begin(), before->talents.end(), "T1") != before->talents.end();
        CHECK((hadS1 || std::string(c.kind) == "staff"));
        if (std::string(c.kind) == "staff") CHECK(hadT1 == (c.id == "S1"));
    }
    // Records of nobody involved are not in it.
    CHECK_FALSE(rowOf(*rows, "employer", "E2"));
    // The talent has two entries after the cursor (its put, then its access entry
    // with the parties before); only the latest carries the row.
    int talentRows = 0;
    for (const auto& r : *rows) talentRows += r.kind == "talent" && r.id == "T1" ? 1 : 0;
    CHECK(talentRows == 1);
    auto fromStart = feedAfter(*db, cursor, 1000);
    REQUIRE(fromStart.ok());
    // S1b's registration is superseded by S1b's access entry: nothing more to send of
    // it. It did make the employer visible to S1b, so the employer has an access entry
    // of its own from then, with the parties before (S1b not among them).
    CHECK(fromStart->size() == rows->size() + 1);
    const FeedRow* employer = rowOf(*fromStart, "employer", "E1");
    REQUIRE(employer);
    CHECK(employer->seq <= afterAdd);
    auto before = partiesFromJson(employer->parties);
    REQUIRE(before);
    CHECK(std::find(before->specialists.begin(), before->specialists.end(), "S1b") == before->specialists.end());
}

TEST_CASE("feed 2. parties round-trip through their JSON, bad JSON is refused", "[store]") {
    Parties p;
    p.talents = {"T1"};
    p.windows = {"370102", "370100"};
    p.agencies = {"sd_exit_entry"};
    CHECK(partiesFromJson(partiesToJson(p)) == std::optional<Parties>(p));
    Parties everyone;
    everyone.everyone = true;
    CHECK(partiesFromJson(partiesToJson(everyone)) == std::optional<Parties>(everyone));
    const char* bad[] = {"", "[]", "{\"talents\":\"T1\"}", "{\"talents\":[1]}", "{\"everyone\":1}", "{"};
    int n = 0;
    for (const char* b : bad) {
        INFO(++n << ". " << b);
        CHECK_FALSE(partiesFromJson(b));
    }
}

TEST_CASE("feed 3. a holiday year loaded by command is a put in the feed with its body", "[store][S7.4]") {
    auto db = Database::open(freshFile("feed-holiday.sqlite").string());
    REQUIRE(db.ok());
    State state;
    const Command load{"hol", Actor{"root", Role::SystemAdmin, ""},
                       LoadHolidayYear{2027, {*Date::parse("2027-01-01")}, {*Date::parse("2027-02-06")}}};
    REQUIRE(commitPushed(*db, state, load, shippedReference().at(*Date::parse("2025-06-02")), {}, 0)->applied);
    auto rows = feedAfter(*db, 0, 10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK((*rows)[0].kind == "holiday_year");
    CHECK((*rows)[0].id == "2027");
    CHECK((*rows)[0].latest);
    auto body = nlohmann::json::parse((*rows)[0].body, nullptr, false);
    CHECK(body["year"] == 2027);
    CHECK(body["work"] == nlohmann::json::array({"2027-02-06"}));
    auto loaded = loadState(*db);
    REQUIRE(loaded.ok());
    CHECK(loaded->holidayYears == state.holidayYears);
}

TEST_CASE("feed 4. the migration to the feed fills holiday years' sequences and clears a client's cursor", "[store]") {
    auto path = freshFile("feed-migrate.sqlite");
    const int feedVersion = 6; // the migration that added change_log.parties
    REQUIRE(currentSchemaVersion() >= feedVersion);
    {
        auto old = Database::openAtVersion(path.string(), feedVersion - 1);
        REQUIRE(old.ok());
        REQUIRE(old->exec("INSERT INTO change_log(kind,id,op) VALUES('employer','E1','put'),('holiday_year','2027','delete'),"
                          "('holiday_year','2028','delete'),('holiday_year','2027','delete');"
                          "INSERT INTO record(kind,id,body,seq) VALUES('employer','E1','{\"id\":\"E1\"}',1);"
                          "INSERT INTO holiday_year(year,body) VALUES(2027,'{\"year\":2027,\"off\":[],\"work\":[]}'),"
                          "(2028,'{\"year\":2028,\"off\":[],\"work\":[]}'),(2029,'{\"year\":2029,\"off\":[],\"work\":[]}');"
                          "INSERT INTO settings(key,value) VALUES('sync.cursor','42'),('lang','en');")
                    .ok());
    }
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    CHECK(db->setting("sync.cursor") == std::nullopt);
    CHECK(db->setting("lang") == std::optional<std::string>("en"));
    auto rows = feedAfter(*db, 0, 10);
    REQUIRE(rows.ok());
    // 2027's latest entry is the 4th, 2028's the 3rd; 2029 was never logged.
    std::vector<std::pair<std::int64_t, std::string>> got;
    for (const auto& r : *rows) got.emplace_back(r.seq, r.kind + "/" + r.id);
    CHECK(got == std::vector<std::pair<std::int64_t, std::string>>{{1, "employer/E1"}, {3, "holiday_year/2028"}, {4, "holiday_year/2027"}});
}
