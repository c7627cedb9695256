// Incremental pulls after commands that move who sees what, against the real server
// on loopback: an actor who has pulled to the current cursor pulls again after the
// command and gets the records it can newly see although the command did not change
// them (a reassigned talent's application and card for the new specialist, the
// talent and request for a department and an agency, the talent and card for a
// booked agency, the talent for the agency a hotline request is forwarded to);
// an actor who lost sight of records gets tombstones and its replica drops them;
// others get nothing. A holiday year loaded on the server reaches a replica's
// calendar.
#include "sync_support.h"
#include "../core/shipped_reference.h"

#include "core/apply.h"
#include "data/command_json.h"
#include "store/database.h"
#include "store/replica.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

using namespace sync_test;
using namespace huicai;

namespace {

json actor(const char* id, const char* role, const char* scope) { return json{{"id", id}, {"role", role}, {"scope", scope}}; }
const json kRoot = actor("root", "system_admin", "");

void apply(serve::Server& s, const json& who, const std::string& name, const json& args) {
    static int n = 0;
    auto cmd = commandFromJson(command("grant-seed-" + std::to_string(++n), who, name, args), "seed");
    REQUIRE(cmd.ok());
    auto r = s.sync().applyLocal(*cmd, s.sync().today());
    INFO(name << " " << (r ? "" : r.error().key + " " + r.error().detail));
    REQUIRE(r.ok());
}

// seedWorld, plus accounts ADM-E2, S2B (a second specialist of E2), the Shinan
// county window W-370202 and the rail agency H-RAIL, and T2's card issued.
void seedGrantWorld(serve::Server& s) {
    seedWorld(s);
    const json admE2 = actor("ADM-E2", "employer_admin", "E2");
    const std::pair<store::UserRow, const char*> users[] = {
        {store::UserRow{"ADM-E2", "ADM-E2", "", Role::EmployerAdmin, "E2", "ADM-E2"}, nullptr},
        {store::UserRow{"S2B", "S2B", "", Role::EmployerSpecialist, "E2", "S2B"}, "employer_specialist"},
        {store::UserRow{"W-370202", "W-370202", "", Role::WindowSpecialist, "370202", "W-370202"}, "window_specialist"},
        {store::UserRow{"H-RAIL", "H-RAIL", "", Role::HandlingSpecialist, "cr_jinan_stations", "H-RAIL"}, "handling_specialist"},
    };
    for (const auto& [u, role] : users) {
        REQUIRE(s.sync().addUser(u, passwordOf(u.login)).ok());
        if (!role) continue;
        apply(s, u.role == Role::EmployerSpecialist ? admE2 : kRoot, "RegisterSpecialist",
              {{"id", u.id}, {"name", u.id}, {"role", role}, {"org", u.scope}});
    }
    const char* windows[][2] = {{"W-370202", "370202"}, {"W-370200", "370200"}};
    for (const auto& [id, scope] : windows) {
        const json w = actor(id, "window_specialist", scope);
        apply(s, w, "ApproveAtWindow", {{"application", "CA2"}, {"note", ""}});
        apply(s, w, "EscalateToUpperWindow", {{"application", "CA2"}});
    }
    apply(s, actor("W-370000", "window_specialist", "370000"), "IssueCard", {{"application", "CA2"}});
}

struct GrantWorld {
    std::unique_ptr<serve_test::Site> site = serve_test::makeSite();
    std::unique_ptr<serve_test::RunningServer> server;
    GrantWorld() {
        auto options = serve_test::testOptions(site->www, site->data);
        options.today = kToday;
        server = std::make_unique<serve_test::RunningServer>(options, seedGrantWorld);
    }
    int port() const { return server->port(); }
};

// One actor's view: everything pulled so far, kept as a client keeps it.
struct Mirror {
    Client client;
    std::int64_t cursor = 0;
    std::map<std::string, json> records;
    Mirror(int port, const std::string& login) : client(port, "mirror-" + login) { REQUIRE(client.login(login).status == 200); }
    // Pulls from the cursor to the end; the changes received, by key (null: drop).
    std::map<std::string, json> sync() {
        std::map<std::string, json> got;
        for (bool more = true; more;) {
            auto r = client.pull(cursor, 3);
            REQUIRE(r.status == 200);
            for (const auto& c : r.body["changes"]) {
                const std::string key = c["kind"].get<std::string>() + "/" + c["id"].get<std::string>();
                got[key] = c["record"];
                if (c["record"].is_null()) records.erase(key);
                else records[key] = c["record"];
            }
            cursor = r.body["cursor"].get<std::int64_t>();
            more = r.body["more"].get<bool>();
        }
        return got;
    }
    bool has(const std::string& key) const { return records.count(key) > 0; }
    std::string push(const std::string& id, const std::string& name, const json& args) {
        auto r = client.push({command(id, client.actor(), name, args)});
        REQUIRE(r.status == 200);
        const auto& res = r.body["results"][0];
        INFO(name << ": " << res.dump());
        return res["status"].get<std::string>();
    }
};

std::string cardOf(const std::map<std::string, json>& records, const std::string& application) {
    auto it = records.find("card_application/" + application);
    REQUIRE(it != records.end());
    return "card/" + it->second["card"].get<std::string>();
}

// A replica database pulled page by page through the store's replica operations.
struct ReplicaFile {
    Client client;
    store::Database db;
    ReplicaFile(int port, const std::string& login, const std::filesystem::path& file)
        : client(port, "replica-" + login), db(std::move(*store::Database::open(file.string()))) {
        REQUIRE(client.login(login).status == 200);
    }
    State pull() {
        for (bool more = true; more;) {
            auto page = client.pull(store::replicaCursor(db), 4);
            REQUIRE(page.status == 200);
            auto m = store::applyPullPage(db, page.body);
            REQUIRE(m.ok());
            more = *m;
        }
        auto state = store::loadState(db);
        REQUIRE(state.ok());
        return std::move(*state);
    }
};

} // namespace

TEST_CASE("visibility 1. a reassigned talent's unchanged records reach the new specialist, the old one drops them", "[sync][S6.1.4][S6.2.4]") {
    GrantWorld w;
    Mirror s2(w.port(), "S2"), s2b(w.port(), "S2B"), t2(w.port(), "T2"), s1(w.port(), "S1"), adm(w.port(), "ADM-E2");
    ReplicaFile replica(w.port(), "S2", w.site->dir.path() / "s2.sqlite");
    for (auto* m : {&s2, &s2b, &t2, &s1, &adm}) m->sync();
    const State before = replica.pull();
    const std::string card = cardOf(s2.records, "CA2");
    REQUIRE(s2.has("talent/T2"));
    REQUIRE(s2.has("card_application/CA2"));
    REQUIRE(s2.has(card));
    REQUIRE(before.talents.count("T2"));
    REQUIRE(before.cardApplications.count("CA2"));
    REQUIRE_FALSE(s2b.has("talent/T2"));
    REQUIRE_FALSE(s2b.has("card_application/CA2"));
    REQUIRE(t2.has("staff/S2"));
    REQUIRE_FALSE(t2.has("staff/S2B"));

    REQUIRE(adm.push("reassign-1", "AssignSpecialist", {{"talent", "T2"}, {"specialist", "S2B"}}) == "applied");

    // The new specialist: the talent (changed) and, unchanged, its application and card.
    auto gained = s2b.sync();
    CHECK(gained.count("talent/T2"));
    CHECK(gained.count("card_application/CA2"));
    CHECK(gained.count(card));
    CHECK(s2b.records["talent/T2"]["specialist"] == "S2B");
    CHECK(s2b.records["talent/T2"]["id_number"] == "370*************15");
    CHECK(s2b.records["card_application/CA2"] == s2.records["card_application/CA2"]);
    // The old specialist: tombstones, and the records are gone.
    auto lost = s2.sync();
    for (const std::string& key : std::vector<std::string>{"talent/T2", "card_application/CA2", card}) {
        INFO(key);
        REQUIRE(lost.count(key));
        CHECK(lost[key].is_null());
        CHECK_FALSE(s2.has(key));
    }
    // Its replica drops them too.
    const State after = replica.pull();
    CHECK_FALSE(after.talents.count("T2"));
    CHECK_FALSE(after.cardApplications.count("CA2"));
    CHECK(after.cards.empty());
    // The talent sees the new specialist's record and drops the old one's.
    auto talentSide = t2.sync();
    CHECK(talentSide.count("staff/S2B"));
    CHECK(t2.has("staff/S2B"));
    REQUIRE(talentSide.count("staff/S2"));
    CHECK(talentSide["staff/S2"].is_null());
    CHECK_FALSE(t2.has("staff/S2"));
    // The employer administrator still sees everything: no tombstone.
    for (const auto& [key, record] : adm.sync()) {
        INFO(key);
        CHECK_FALSE(record.is_null());
    }
    CHECK(adm.has("talent/T2"));
    // Someone of another unit hears nothing of it.
    CHECK(s1.sync().empty());
}

TEST_CASE("visibility 2. a request dispatched to departments and assigned to an agency brings its talent along", "[sync][S7.4][S6.2.2][S6.2.3]") {
    GrantWorld w;
    Mirror s2(w.port(), "S2"), win(w.port(), "W-370202"), dept(w.port(), "D-PS"), agency(w.port(), "H-EXIT");
    REQUIRE(s2.push("req-1", "FileServiceRequest", {{"id", "R1"}, {"talent", "T2"}, {"item", "A2"}, {"materials", json::array({"护照.pdf"})}}) == "applied");
    for (auto* m : {&s2, &win, &dept, &agency}) m->sync();
    REQUIRE_FALSE(dept.has("talent/T2"));
    REQUIRE_FALSE(agency.has("talent/T2"));
    REQUIRE(win.has("request/R1"));

    REQUIRE(win.push("dispatch-1", "DispatchToDepartments", {{"request", "R1"}, {"departments", json::array()}}) == "applied");
    auto d = dept.sync();
    CHECK(d.count("request/R1"));
    CHECK(d.count("task/R1:sd_public_security"));
    CHECK(d.count("talent/T2")); // unchanged by the dispatch
    CHECK(dept.records["talent/T2"]["id_number"] == "370*************15");
    CHECK(agency.sync().empty());

    REQUIRE(dept.push("assign-1", "AssignToAgency", {{"request", "R1"}, {"department", "sd_public_security"}, {"agency", "sd_exit_entry"}}) == "applied");
    auto a = agency.sync();
    CHECK(a.count("task/R1:sd_public_security"));
    CHECK(a.count("request/R1")); // unchanged by the assignment
    CHECK(a.count("talent/T2"));  // unchanged by the assignment
    CHECK_FALSE(a.count("task/R1:sd_science_tech"));
}

TEST_CASE("visibility 3. a booking brings the talent and the card to the booked agency", "[sync][S7.3]") {
    GrantWorld w;
    Mirror t2(w.port(), "T2"), rail(w.port(), "H-RAIL");
    t2.sync();
    rail.sync();
    const std::string card = cardOf(t2.records, "CA2");
    REQUIRE_FALSE(rail.has("talent/T2"));
    REQUIRE_FALSE(rail.has(card));
    REQUIRE(t2.push("book-1", "BookDirectService", {{"id", "B1"}, {"item", "A13"}, {"agency", "cr_jinan_stations"}, {"for_date", "2025-06-09"}}) == "applied");
    auto got = rail.sync();
    CHECK(got.count("booking/B1"));
    CHECK(got.count("talent/T2"));
    CHECK(got.count(card));
}

TEST_CASE("visibility 4. a hotline request brings the talent to the agency it is forwarded to, and to no other window", "[sync][S6.2.3][S6.2.1]") {
    GrantWorld w;
    Mirror shinan(w.port(), "W-370202"), agency(w.port(), "H-EXIT"), qingdao(w.port(), "W-370200"), jinan(w.port(), "W-370100");
    for (auto* m : {&shinan, &agency, &qingdao, &jinan}) m->sync();
    REQUIRE(shinan.has("talent/T2")); // T2's employer E2 is in Shinan
    REQUIRE_FALSE(agency.has("talent/T2"));
    REQUIRE(shinan.push("hot-1", "RecordHotlineRequest", {{"id", "H1"}, {"channel", "hotline"}, {"talent", "T2"}, {"content", "咨询子女入学"}}) == "applied");
    auto got = shinan.sync();
    CHECK(got.count("hotline/H1"));
    // The city window above Shinan sees it too; a window of another city sees nothing.
    CHECK(qingdao.sync().count("hotline/H1"));
    CHECK(jinan.sync().empty());
    REQUIRE(shinan.push("hot-2", "ForwardHotlineRequest", {{"hotline", "H1"}, {"agency", "sd_exit_entry"}}) == "applied");
    auto a = agency.sync();
    CHECK(a.count("hotline/H1"));
    CHECK(a.count("talent/T2"));
    CHECK(jinan.sync().empty());
}

TEST_CASE("visibility 5. a holiday year loaded on the server reaches a replica and its calendar", "[sync][S7.1][S7.4]") {
    GrantWorld w;
    const Reference& ref = shippedReference();
    const Context ctx = ref.at(*Date::parse(kToday));
    const Date jan4 = *Date::parse("2027-01-04"), jan2 = *Date::parse("2027-01-02"), feb6 = *Date::parse("2027-02-06");
    REQUIRE(ref.calendar.isProvisional(jan4)); // no 2027 data in the reference calendar

    ReplicaFile t1(w.port(), "T1", w.site->dir.path() / "t1.sqlite");
    CHECK(t1.pull().holidayYears.empty());
    Mirror root(w.port(), "root");
    root.sync();
    const json off = json::array({"2027-01-01", "2027-02-08", "2027-02-09"});
    REQUIRE(root.push("hol-1", "LoadHolidayYear", {{"year", 2027}, {"off", off}, {"work", json::array({"2027-02-06"})}}) == "applied");
    auto got = root.sync();
    REQUIRE(got.count("holiday_year/2027"));
    CHECK(got["holiday_year/2027"]["off"] == off);

    State state = t1.pull();
    REQUIRE(state.holidayYears.count(2027));
    CHECK(state.holidayYears.at(2027).off.size() == 3);
    const WorkCalendar local = effectiveCalendar(state, ctx);
    CHECK_FALSE(local.isProvisional(jan4));
    struct Day {
        Date date;
        bool working;
    };
    const Day days[] = {{*Date::parse("2027-01-01"), false}, {jan2, false}, {jan4, true}, {feb6, true}, {*Date::parse("2027-02-08"), false}};
    int n = 0;
    for (const auto& d : days) {
        INFO(++n << ". " << d.date.iso());
        auto r = local.isWorkingDay(d.date);
        REQUIRE(r.ok());
        CHECK(*r == d.working);
    }
    // 2027-02-05 (Fri) + 1 working day: the 6th is a make-up working Saturday.
    auto next = local.addWorkingDays(*Date::parse("2027-02-05"), 1);
    REQUIRE(next.ok());
    CHECK(*next == feb6);

    // Loaded again with other data: the replica follows.
    REQUIRE(root.push("hol-2", "LoadHolidayYear", {{"year", 2027}, {"off", json::array({"2027-01-01"})}, {"work", json::array()}}) == "applied");
    state = t1.pull();
    CHECK(state.holidayYears.at(2027).off.size() == 1);
    auto feb6Now = effectiveCalendar(state, ctx).isWorkingDay(feb6);
    REQUIRE(feb6Now.ok());
    CHECK_FALSE(*feb6Now);
}
