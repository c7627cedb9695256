// The demo database: an empty database gets accounts for every role, windows at
// county, city and province level, and records through the core's commands with
// cards in every state, requests in every state and some tasks overdue today; a
// database that already holds data is left alone; the binary prints the accounts.
#include "sync_support.h"

#include "core/deadline.h"
#include "store/database.h"
#include "store/server_repo.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

#include <set>

using namespace sync_test;
using namespace huicai;

TEST_CASE("demo 1. a new database gets accounts for every role and records in every state", "[sync][demo][S6.2][S7.1][S7.4]") {
    auto site = serve_test::makeSite();
    auto options = serve_test::testOptions(site->www, site->data);
    options.demo = true;
    auto server = serve::Server::open(options);
    REQUIRE(server.ok());
    const auto& accounts = (*server)->demoAccounts();
    REQUIRE(accounts.size() > 20);
    CHECK(accounts.back().find(" 0 skipped") != std::string::npos);
    const Date today = (*server)->sync().today();
    const auto& cal = (*server)->sync().reference().calendar;
    auto [users, state] = (*server)->sync().database().with([](store::Database& db) {
        return std::make_pair(store::allUsers(db), store::loadState(db));
    });
    REQUIRE(state.ok());
    std::set<Role> roles;
    std::set<std::string> windowScopes;
    for (const auto& u : users) {
        roles.insert(u.role);
        if (u.role == Role::WindowSpecialist) windowScopes.insert(u.scope);
    }
    CHECK(roles.size() == kRoleNames.size());
    CHECK(windowScopes.count("370000")); // province
    CHECK(windowScopes.count("370100")); // city
    CHECK(windowScopes.count("370102")); // county
    std::set<std::string> cardStates, requestStates;
    for (const auto& [id, a] : state->cardApplications) cardStates.insert(std::string(enumId(a.state)));
    for (const auto& [id, r] : state->requests) requestStates.insert(std::string(enumId(r.state)));
    for (const auto& [value, name] : kCardStateNames) {
        if (value == CardState::Draft) continue; // a draft is not a record
        INFO("card state " << name);
        CHECK(cardStates.count(std::string(name)));
    }
    for (const auto& [value, name] : kRequestStateNames) {
        if (value == RequestState::None) continue;
        INFO("request state " << name);
        CHECK(requestStates.count(std::string(name)));
    }
    int overdue = 0;
    for (const auto& [id, t] : state->tasks)
        if (auto o = isOverdue(t.clock, today, cal); o && *o) ++overdue;
    CHECK(overdue >= 1);
    // Talents have Chinese names.
    CHECK(state->talents.at("T1").name == "张明");
}

TEST_CASE("demo 2. a database with data is not seeded again, and --no-demo seeds nothing", "[sync][demo]") {
    auto site = serve_test::makeSite();
    auto options = serve_test::testOptions(site->www, site->data);
    options.demo = true;
    { REQUIRE(serve::Server::open(options).ok()); }
    auto again = serve::Server::open(options);
    REQUIRE(again.ok());
    CHECK((*again)->demoAccounts().empty());
    auto other = serve_test::makeSite();
    auto none = serve::Server::open(serve_test::testOptions(other->www, other->data));
    REQUIRE(none.ok());
    CHECK((*none)->demoAccounts().empty());
    auto users = (*none)->sync().database().with([](store::Database& db) { return store::userCount(db); });
    CHECK(users == 0);
}

TEST_CASE("demo 3. the binary prints the demo accounts with their passwords before it serves", "[sync][demo]") {
    auto site = serve_test::makeSite();
    serve_test::ChildServer child({"--root", site->www.string(), "--data", site->data.string(), "--port", "0", "--quiet",
                                   "--fast-passwords"},
                                  true);
    std::vector<std::string> lines;
    for (int i = 0; i < 100; ++i) {
        auto line = child.readLine(std::chrono::seconds(60));
        REQUIRE(line);
        lines.push_back(*line);
        if (line->rfind("huicai-serve: serving", 0) == 0) break;
    }
    REQUIRE(lines.front().find("demo accounts") != std::string::npos);
    bool province = false, talent = false;
    for (const auto& l : lines) {
        province = province || (l.find("prov.window  Huicai-demo-2026  window_specialist  370000") != std::string::npos);
        talent = talent || (l.find("talent.t1  Huicai-demo-2026  talent  T1") != std::string::npos);
    }
    CHECK(province);
    CHECK(talent);
    // The printed password logs in.
    const std::string& last = lines.back();
    const int port = std::stoi(last.substr(last.rfind(':') + 1));
    Client c(port, "demo-client-1");
    CHECK(c.login("prov.window", "Huicai-demo-2026").status == 200);
    child.signal(SIGTERM);
    CHECK(child.waitExit(std::chrono::seconds(10)) == std::optional<int>(0));
}
