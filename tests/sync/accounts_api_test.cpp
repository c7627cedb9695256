// Account administration against the real server on loopback (src/sync/admin.h):
// a system administrator makes accounts of every staff role and another
// administrator, each with a one-time password that must be replaced at the first
// sign-in before anything else is served; an employer administrator makes its own
// unit's specialists only and sees only them; a taken login, the last administrator
// and one's own account are refused; a reset and a disable end the account's
// sessions at once; the list shows each account's last sign-in and never a talent.
#include "sync_support.h"

#include "sync/admin.h"

#include <catch2/catch.hpp>

#include <set>

using namespace sync_test;

namespace {

json getJson(int port, const std::string& path, const std::string& token, int& status) {
    httplib::Client c("127.0.0.1", port);
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    auto res = c.Get(path.c_str(), headers);
    status = res ? res->status : -1;
    return res ? json::parse(res->body, nullptr, false) : json();
}

json newAccount(const std::string& login, const std::string& role, const std::string& scope, const std::string& name = "王专员") {
    return versions(json{{"login", login}, {"name", name}, {"role", role}, {"scope", scope}});
}

std::vector<huicai::sync::AccountEntry> accounts(int port, const std::string& token) {
    int status = 0;
    auto j = getJson(port, "/api/v1/admin/accounts", token, status);
    REQUIRE(status == 200);
    auto list = huicai::sync::decodeAccountList(j.dump());
    REQUIRE(list.ok());
    return *list;
}

const huicai::sync::AccountEntry* find(const std::vector<huicai::sync::AccountEntry>& list, const std::string& login) {
    for (const auto& a : list)
        if (a.login == login) return &a;
    return nullptr;
}

Response setPassword(Client& c, const std::string& oldPassword, const std::string& newPassword) {
    return c.post("/api/v1/password", versions(json{{"old_password", oldPassword}, {"new_password", newPassword}}));
}

} // namespace

TEST_CASE("accounts 1. a system administrator makes an account of every staff role and an administrator, each signing in with its one-time password",
          "[sync][admin][S6.2][security]") {
    World w;
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    struct Case {
        int n;
        const char* login;
        const char* role;
        const char* scope;
        const char* idPrefix;
    };
    const Case cases[] = {
        {1, "w.lixia2", "window_specialist", "370102", "S-"},
        {2, "d.public2", "department_specialist", "sd_public_security", "S-"},
        {3, "h.exit2", "handling_specialist", "sd_exit_entry", "S-"},
        {4, "e2.admin", "employer_admin", "E2", "S-"},
        {5, "e2.spec", "employer_specialist", "E2", "S-"},
        {6, "second.admin", "system_admin", "", "ADMIN-"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto made = root.post("/api/v1/admin/accounts", newAccount(c.login, c.role, c.scope));
        INFO(made.body.dump());
        REQUIRE(made.status == 200);
        auto issued = huicai::sync::decodeIssuedPassword(made.body.dump());
        REQUIRE(issued.ok());
        CHECK(issued->login == c.login);
        CHECK(issued->id.rfind(c.idPrefix, 0) == 0);
        CHECK(issued->id.size() == std::string(c.idPrefix).size() + 10);
        CHECK(issued->password.size() == 16);

        Client holder(w.server->port(), std::string("holder-client-") + std::to_string(c.n));
        auto first = holder.login(c.login, issued->password);
        REQUIRE(first.status == 200);
        CHECK(first.body["must_change_password"] == true);
        CHECK(first.body["user"]["role"] == c.role);
        CHECK(first.body["user"]["scope"] == c.scope);
        // Nothing but the password change and the sign-out is served meanwhile.
        auto refused = holder.pull(0);
        CHECK(refused.status == 403);
        CHECK(refused.body["error"]["key"] == "error.session.password_change");
        CHECK(holder.post("/api/v1/reveal", versions(json{{"talent", "T1"}})).status == 403);
        CHECK(setPassword(holder, issued->password, issued->password).body["error"]["key"] == "error.password.same");
        CHECK(setPassword(holder, "not the password", "Huicai-own-2026").status == 403);
        CHECK(setPassword(holder, issued->password, "password").body["error"]["key"] == "error.register.password_common");
        auto changed = setPassword(holder, issued->password, "Huicai-own-2026");
        REQUIRE(changed.status == 200);
        CHECK(holder.pull(0).status == 200);
        auto again = holder.login(c.login, "Huicai-own-2026");
        REQUIRE(again.status == 200);
        CHECK(again.body["must_change_password"] == false);
    }
    // The staff records came through the core: a window specialist's is pulled by root.
    std::map<std::string, json> records;
    root.pullAll(0, records, 200);
    std::size_t staff = 0;
    for (const auto& [key, record] : records)
        if (key.rfind("staff/S-", 0) == 0 && record.is_object()) ++staff;
    CHECK(staff == 5);
    // The core's own rules hold: a unit that does not exist is refused.
    auto unknown = root.post("/api/v1/admin/accounts", newAccount("w.nowhere", "window_specialist", "999999"));
    CHECK(unknown.status == 422);
    CHECK(unknown.body["error"]["key"] == "error.staff.unknown_org");
    auto taken = root.post("/api/v1/admin/accounts", newAccount("w.lixia2", "window_specialist", "370102"));
    CHECK(taken.status == 409);
    CHECK(taken.body["error"]["key"] == "error.admin.login_taken");
    CHECK(root.post("/api/v1/admin/accounts", newAccount("Bad Login", "window_specialist", "370102")).status == 400);
    auto talentRole = root.post("/api/v1/admin/accounts", newAccount("a.talent", "talent", "T9"));
    CHECK(talentRole.status == 403);
    CHECK(talentRole.body["error"]["key"] == "error.admin.denied");
    CHECK(root.post("/api/v1/admin/accounts", newAccount("x.admin", "system_admin", "E1")).status == 403);
}

TEST_CASE("accounts 2. an employer administrator makes and sees its own unit's specialists only, and others manage none",
          "[sync][admin][S6.2][security]") {
    World w;
    Client adm(w.server->port(), "adm-e1-client");
    REQUIRE(adm.login("ADM-E1").status == 200);
    auto own = adm.post("/api/v1/admin/accounts", newAccount("e1.new", "employer_specialist", "E1"));
    REQUIRE(own.status == 200);
    auto other = adm.post("/api/v1/admin/accounts", newAccount("e2.new", "employer_specialist", "E2"));
    CHECK(other.status == 403);
    CHECK(other.body["error"]["key"] == "error.admin.denied");
    auto window = adm.post("/api/v1/admin/accounts", newAccount("w.new", "window_specialist", "370102"));
    CHECK(window.status == 403);

    const auto list = accounts(w.server->port(), adm.token());
    std::set<std::string> logins;
    for (const auto& a : list) {
        logins.insert(a.login);
        CHECK(a.role == huicai::Role::EmployerSpecialist);
        CHECK(a.scope == "E1");
    }
    CHECK(logins == std::set<std::string>{"S1", "e1.new"});
    // Another unit's account is not the employer administrator's to reset.
    auto reset = adm.post("/api/v1/admin/accounts/reset", versions(json{{"id", "S2"}}));
    CHECK(reset.status == 404);
    CHECK(reset.body["error"]["key"] == "error.admin.unknown_account");
    CHECK(adm.post("/api/v1/admin/accounts/reset", versions(json{{"id", "S1"}})).status == 200);

    for (const char* login : {"S2", "D-PS", "T1"}) {
        INFO(login);
        Client c(w.server->port(), std::string("plain-client-") + login);
        REQUIRE(c.login(login).status == 200);
        int status = 0;
        auto j = getJson(w.server->port(), "/api/v1/admin/accounts", c.token(), status);
        CHECK(status == 403);
        CHECK(j["error"]["key"] == "error.admin.denied");
        CHECK(c.post("/api/v1/admin/accounts", newAccount("z.new", "employer_specialist", "E1")).status == 403);
    }
    int status = 0;
    getJson(w.server->port(), "/api/v1/admin/accounts", "", status);
    CHECK(status == 401);
}

TEST_CASE("accounts 3. a reset gives a new one-time password and ends the account's sessions at once",
          "[sync][admin][S6.2][security]") {
    World w;
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    Client s1(w.server->port(), "s1-client-01");
    REQUIRE(s1.login("S1").status == 200);
    REQUIRE(s1.pull(0).status == 200);
    auto reset = root.post("/api/v1/admin/accounts/reset", versions(json{{"id", "S1"}}));
    REQUIRE(reset.status == 200);
    auto issued = huicai::sync::decodeIssuedPassword(reset.body.dump());
    REQUIRE(issued.ok());
    CHECK(issued->id == "S1");
    CHECK(issued->login == "S1");
    auto ended = s1.pull(0);
    CHECK(ended.status == 401);
    CHECK(ended.body["error"]["key"] == "error.session.invalid");
    CHECK(s1.login("S1").status == 401); // the old password is gone
    auto first = s1.login("S1", issued->password);
    REQUIRE(first.status == 200);
    CHECK(first.body["must_change_password"] == true);
    CHECK(s1.pull(0).status == 403);
    // A password change keeps the session it is made in and ends the others.
    Client other(w.server->port(), "s1-client-02");
    REQUIRE(other.login("S1", issued->password).status == 200);
    REQUIRE(setPassword(s1, issued->password, "Huicai-s1-own-2026").status == 200);
    CHECK(s1.pull(0).status == 200);
    CHECK(other.pull(0).status == 401);
    // One's own password is changed, not reset.
    auto self = root.post("/api/v1/admin/accounts/reset", versions(json{{"id", "root"}}));
    CHECK(self.status == 409);
    CHECK(self.body["error"]["key"] == "error.admin.self");
    CHECK(root.post("/api/v1/admin/accounts/reset", versions(json{{"id", "nobody"}})).status == 404);
    CHECK(root.post("/api/v1/admin/accounts/reset", versions(json{{"id", "T1"}})).status == 404);
}

TEST_CASE("accounts 4. a disable ends the sessions at once and refuses sign-in, and the last administrator and oneself are kept",
          "[sync][admin][S6.2][security]") {
    World w;
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    Client w1(w.server->port(), "w1-client-01");
    REQUIRE(w1.login("W-370102").status == 200);
    REQUIRE(root.post("/api/v1/admin/accounts/disable", versions(json{{"id", "W-370102"}, {"disabled", true}})).status == 200);
    auto ended = w1.pull(0);
    CHECK(ended.status == 401);
    // A wrong password says nothing of the account; the right one learns it is disabled.
    auto wrong = w1.login("W-370102", "not the password");
    CHECK(wrong.status == 401);
    CHECK(wrong.body["error"]["key"] == "error.session.bad_login");
    auto refused = w1.login("W-370102");
    CHECK(refused.status == 403);
    CHECK(refused.body["error"]["key"] == "error.session.disabled");
    auto listed = find(accounts(w.server->port(), root.token()), "W-370102");
    REQUIRE(listed != nullptr);
    CHECK(listed->disabled);
    REQUIRE(root.post("/api/v1/admin/accounts/disable", versions(json{{"id", "W-370102"}, {"disabled", false}})).status == 200);
    CHECK(w1.login("W-370102").status == 200);

    auto last = root.post("/api/v1/admin/accounts/disable", versions(json{{"id", "root"}, {"disabled", true}}));
    CHECK(last.status == 409);
    CHECK(last.body["error"]["key"] == "error.admin.last_admin");
    auto second = root.post("/api/v1/admin/accounts", newAccount("second.admin", "system_admin", ""));
    REQUIRE(second.status == 200);
    auto self = root.post("/api/v1/admin/accounts/disable", versions(json{{"id", "root"}, {"disabled", true}}));
    CHECK(self.status == 409);
    CHECK(self.body["error"]["key"] == "error.admin.self");
    CHECK(root.pull(0).status == 200);
    auto bad = root.post("/api/v1/admin/accounts/disable", versions(json{{"id", "S1"}}));
    CHECK(bad.status == 400);
    CHECK(bad.body["error"]["key"] == "error.sync.field");
}

TEST_CASE("accounts 5. the list shows every staff and administrator account with its last sign-in, never a talent",
          "[sync][admin][S6.2][security]") {
    World w;
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    Client s1(w.server->port(), "s1-client-01");
    w.advance(100);
    REQUIRE(s1.login("S1").status == 200);
    const auto list = accounts(w.server->port(), root.token());
    std::set<std::string> logins;
    for (const auto& a : list) {
        logins.insert(a.login);
        CHECK(a.role != huicai::Role::Talent);
    }
    CHECK(logins == std::set<std::string>{"ADM-E1", "S1", "S2", "W-370102", "W-370100", "W-370000", "W-370200", "D-PS",
                                          "H-EXIT", "root"});
    const auto* s = find(list, "S1");
    const auto* r = find(list, "root");
    const auto* d = find(list, "D-PS");
    REQUIRE((s && r && d));
    CHECK(s->lastSignIn == r->lastSignIn + 100);
    CHECK(r->lastSignIn > 0);
    CHECK(d->lastSignIn == 0);
    CHECK(s->name == "S1");
    CHECK_FALSE(s->mustChange);
}

TEST_CASE("accounts 4. a city window builds its area's corps: a county window's account it lists and resets, "
          "nothing above or beside it",
          "[sync][admin][S6.1.1][S6.2][security]") {
    World w;
    Client jinan(w.server->port(), "w-370100-client");
    REQUIRE(jinan.login("W-370100").status == 200);
    auto county = jinan.post("/api/v1/admin/accounts", newAccount("w.licheng", "window_specialist", "370112"));
    REQUIRE(county.status == 200);
    Client licheng(w.server->port(), "licheng-client");
    REQUIRE(licheng.login("w.licheng", county.body["password"].get<std::string>()).status == 200);
    for (auto [login, role, scope] : {std::tuple{"w.qd", "window_specialist", "370202"}, {"w.prov", "window_specialist", "370000"}, {"d.prov", "department_specialist", "sd_public_security"}, {"e.admin", "employer_admin", "E1"}}) {
        INFO(login);
        auto r = jinan.post("/api/v1/admin/accounts", newAccount(login, role, scope));
        CHECK(r.status == 403);
        CHECK(r.body["error"]["key"] == "error.admin.denied");
    }
    std::set<std::string> logins;
    for (const auto& a : accounts(w.server->port(), jinan.token())) {
        logins.insert(a.login);
        CHECK(a.role == huicai::Role::WindowSpecialist);
    }
    // Its own account, the Lixia window below it and the new county one; not the
    // province's or Qingdao's.
    CHECK(logins == std::set<std::string>{"W-370100", "W-370102", "w.licheng"});
    CHECK(jinan.post("/api/v1/admin/accounts/reset", versions(json{{"id", county.body["id"]}})).status == 200);
    CHECK(jinan.post("/api/v1/admin/accounts/reset", versions(json{{"id", "W-370000"}})).status == 404);
}
