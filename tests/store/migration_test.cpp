// Migrations keep every row: a file is built as the previous release made it (the
// migration list up to the previous version, filled with that release's rows by its
// own SQL), then opened by the current code, which migrates it. Every record, holiday
// year, counter, command id, audit entry, outbox entry and setting is still there.
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

std::string sqlText(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += '\'';
        out += c;
    }
    return out + "'";
}

// The rows of version 2 for `state`, written with version 2's statements.
void fillVersion2(Database& db, const State& state, const std::vector<ReplayStep>& steps) {
    std::string sql = "BEGIN;\n";
    for (const auto& key : allRecordKeys(state)) {
        auto parts = splitRecordKey(key);
        sql += "INSERT INTO record(kind,id,body) VALUES(" + sqlText(parts->first) + "," + sqlText(parts->second) + "," +
               sqlText(recordToJson(state, key).dump()) + ");\n";
    }
    for (const auto& [name, value] : state.counters)
        sql += "INSERT INTO counter(name,value) VALUES(" + sqlText(name) + "," + std::to_string(value) + ");\n";
    for (const auto& id : state.commandIds) sql += "INSERT INTO applied_command(id) VALUES(" + sqlText(id) + ");\n";
    sql += "INSERT INTO holiday_year(year,body) VALUES(2031," + sqlText(R"({"year":2031,"off":["2031-01-01"],"work":[]})") + ");\n";
    int seq = 0;
    for (const auto& step : steps) {
        ++seq;
        sql += "INSERT INTO audit(command_id,actor,role,command,at,changed) VALUES(" + sqlText(step.command.id) + "," +
               sqlText(step.command.actor.id) + "," + sqlText(std::string(enumId(step.command.actor.role))) + "," +
               sqlText(std::string(commandName(step.command.payload))) + "," + sqlText(step.at.iso()) + ",'[]');\n";
        sql += "INSERT INTO outbox(seq,command_id,name,body,at) VALUES(" + std::to_string(seq) + "," + sqlText(step.command.id) +
               "," + sqlText(std::string(commandName(step.command.payload))) + "," + sqlText(commandToJson(step.command).dump()) +
               "," + sqlText(step.at.iso()) + ");\n";
    }
    sql += "INSERT INTO settings(key,value) VALUES('lang','zh-CN'), ('sync.next_seq'," + sqlText(std::to_string(seq + 1)) + ");\n";
    sql += "COMMIT;";
    REQUIRE(db.exec(sql).ok());
}

} // namespace

TEST_CASE("1. a file made by schema version 2 migrates to the current version with every row kept", "[store]") {
    REQUIRE(currentSchemaVersion() >= 3);
    auto path = freshFile("from-v2.sqlite");
    State state;
    std::vector<ReplayStep> applied;
    for (const auto& step : store_test::exampleSteps("card-review-issue.json"))
        if (apply(state, step.command, shippedReference().at(step.at))) applied.push_back(step);
    REQUIRE(applied.size() > 10);
    {
        auto old = Database::openAtVersion(path.string(), 2);
        REQUIRE(old.ok());
        REQUIRE(old->schemaVersion() == 2);
        fillVersion2(*old, state, applied);
    }
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == currentSchemaVersion());
    CHECK(db->integrityCheck() == "ok");
    auto loaded = loadState(*db);
    REQUIRE(loaded.ok());
    State expected = state;
    expected.holidayYears[2031] = HolidayYear{2031, {Date::fromYmd({2031, 1, 1})}, {}};
    CHECK(*loaded == expected);
    CHECK(auditCount(*db) == static_cast<std::int64_t>(applied.size()));
    CHECK(auditOf(*db, applied[3].command.id).size() == 1);
    auto outbox = outboxEntries(*db, true);
    REQUIRE(outbox.ok());
    REQUIRE(outbox->size() == applied.size());
    CHECK(outbox->back().commandId == applied.back().command.id);
    CHECK(db->setting("lang") == std::optional<std::string>("zh-CN"));
    CHECK(nextOutboxSeq(*db) == static_cast<std::int64_t>(applied.size() + 1));
}

TEST_CASE("2. a file made by schema version 1 (settings only) migrates and keeps its settings", "[store]") {
    auto path = freshFile("from-v1.sqlite");
    {
        auto old = Database::openAtVersion(path.string(), 1);
        REQUIRE(old.ok());
        REQUIRE(old->exec("INSERT INTO settings(key,value) VALUES('route','#/catalog')").ok());
    }
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == currentSchemaVersion());
    CHECK(db->setting("route") == std::optional<std::string>("#/catalog"));
    auto loaded = loadState(*db);
    REQUIRE(loaded.ok());
    CHECK(*loaded == State{});
}

TEST_CASE("3. the server's durable mode is WAL with full sync", "[store]") {
    auto path = freshFile("wal.sqlite");
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    REQUIRE(db->useDurableWal().ok());
    CHECK(db->setting("none") == std::nullopt);
    CHECK(std::filesystem::exists(path.string() + "-wal"));
}

TEST_CASE("4. card evidence stored as strings before version 9 becomes documents of no evidence item", "[store][S5.1]") {
    auto path = freshFile("from-v8.sqlite");
    const std::string sha(64, 'a');
    {
        auto old = Database::openAtVersion(path.string(), 8);
        REQUIRE(old.ok());
        const std::string body = R"({"id":"CA1","talent":"T1","employer":"E1","class":"direct","basis":"direct.1",)"
                                 R"("evidence":["selection_notice","file:)" +
                                 sha + R"("],"state":"under_window_review","window":"370102"})";
        const std::string command = R"({"id":"c1","actor":{"id":"T2","role":"talent","scope":"T2"},)"
                                    R"("command":"SubmitCardApplication","args":{"id":"CA2","class":"direct",)"
                                    R"("basis":"direct.2","evidence":["paper notice"]}})";
        REQUIRE(old->exec("INSERT INTO record(kind,id,body) VALUES('card_application','CA1'," + sqlText(body) + ");"
                                                                                                                "INSERT INTO record_base(kind,id,body) VALUES('card_application','CA1'," +
                          sqlText(body) + ");"
                                          "INSERT INTO outbox(seq,command_id,name,body,at) VALUES(1,'c1','SubmitCardApplication'," +
                          sqlText(command) + ",'2026-11-02');")
                    .ok());
    }
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    auto loaded = loadState(*db);
    REQUIRE(loaded.ok());
    const auto& app = loaded->cardApplications.at("CA1");
    const std::vector<EvidenceDocument> expected{{"", "selection_notice"}, {"", "file:" + sha}};
    CHECK(app.evidence == expected);
    CHECK(app.state == CardState::UnderWindowReview);
    auto outbox = outboxEntries(*db, true);
    REQUIRE(outbox.ok());
    REQUIRE(outbox->size() == 1);
    auto command = commandFromJson(Json::parse(outbox->front().body), "outbox");
    REQUIRE(command.ok());
    const auto& submit = std::get<SubmitCardApplication>(command->payload);
    CHECK(submit.evidence == std::vector<EvidenceDocument>{{"", "paper notice"}});
}

TEST_CASE("5. a migration that fails leaves the file as it was: every step or none", "[store]") {
    auto path = freshFile("failing.sqlite");
    constexpr int kFailing = 8; // the step that makes the index sign_in_by_user
    {
        auto old = Database::openAtVersion(path.string(), kFailing - 2);
        REQUIRE(old.ok());
        REQUIRE(old->setSetting("kept", "yes").ok());
        // With the index there already, step 8 fails after step 7 has run.
        REQUIRE(old->exec("CREATE INDEX sign_in_by_user ON settings(key)").ok());
    }
    auto db = Database::open(path.string());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().key == "error.store.migration");
    INFO(db.error().detail);
    CHECK(db.error().detail.rfind("to version " + std::to_string(kFailing) + ":", 0) == 0);
    auto again = Database::openAtVersion(path.string(), kFailing - 2);
    REQUIRE(again.ok());
    CHECK(again->schemaVersion() == kFailing - 2); // step 7 is undone with it
    CHECK(again->setting("kept") == "yes");
}
