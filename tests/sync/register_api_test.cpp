// Self-registration against the real server on loopback: the public employer list
// (search, paging), POST /api/v1/register creating the talent through the core and
// the account in one go with a session at once, and its refusals (login format and
// taken, short or common password, resident-ID checksum, unknown employer, a name
// with control, markup or text-direction characters, identity already registered
// without saying so, too many attempts) writing nothing; the new account pulls its
// own record and nothing of others, and its employer's administrator sees it
// unassigned.
#include "sync_support.h"

#include "core/resident_id.h"

#include <catch2/catch.hpp>

using namespace sync_test;

namespace {

constexpr const char* kValidId = "370102199001011231"; // check character computed by hand (MOD 11-2)

json registration(const std::string& login, const std::string& idNumber, const std::string& employer = "E1") {
    return versions(json{{"login", login},
                         {"password", "Huicai-new-2026"},
                         {"name", "张新才"},
                         {"category", "professional_technical"},
                         {"id_type", "resident_id"},
                         {"id_number", idNumber},
                         {"employer", employer}});
}

json getJson(int port, const std::string& path, int& status) {
    httplib::Client c("127.0.0.1", port);
    auto res = c.Get(path.c_str());
    status = res ? res->status : -1;
    return res ? json::parse(res->body, nullptr, false) : json();
}

std::size_t talentCount(Client& c) {
    std::map<std::string, json> records;
    c.pullAll(0, records);
    std::size_t n = 0;
    for (const auto& [key, record] : records) n += key.rfind("talent/", 0) == 0 && !record.is_null();
    return n;
}

} // namespace

TEST_CASE("register 1. the employer list is public, searchable by part of the name or id, and paged", "[sync][register][S5.1]") {
    World w;
    struct Case {
        int n;
        const char* query;
        std::vector<std::string> ids;
        int total;
        bool more;
    };
    const Case cases[] = {
        {1, "", {"E1", "E2"}, 2, false},                // ordered by name: 济南… before 青岛…
        {2, "?q=%E9%9D%92%E5%B2%9B", {"E2"}, 1, false}, // 青岛
        {3, "?q=e1", {"E1"}, 1, false},                 // the id, any case
        {4, "?q=%E4%B8%8A%E6%B5%B7", {}, 0, false},     // 上海: none
        {5, "?limit=1", {"E1"}, 2, true},
        {6, "?limit=1&offset=1", {"E2"}, 2, false},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        int status = 0;
        auto j = getJson(w.server->port(), std::string("/api/v1/employers") + c.query, status);
        REQUIRE(status == 200);
        std::vector<std::string> ids;
        for (const auto& e : j["employers"]) ids.push_back(e["id"].get<std::string>());
        CHECK(ids == c.ids);
        CHECK(j["total"] == c.total);
        CHECK(j["more"] == c.more);
    }
    int status = 0;
    auto first = getJson(w.server->port(), "/api/v1/employers?q=E1", status);
    REQUIRE(first["employers"].size() == 1);
    CHECK(first["employers"][0] == json{{"id", "E1"}, {"name", "济南某研究院"}, {"region", "370102"}});
    for (const char* bad : {"?limit=0", "?limit=201", "?offset=-1", "?limit=x"}) {
        INFO(bad);
        auto j = getJson(w.server->port(), std::string("/api/v1/employers") + bad, status);
        CHECK(status == 400);
        CHECK(j["error"]["key"] == "error.sync.field");
    }
}

TEST_CASE("register 2. a talent registers, is signed in at once and pulls their own record only", "[sync][register][S5.1][S6.2]") {
    World w;
    REQUIRE(huicai::validateResidentId(kValidId, *huicai::Date::parse(kToday)).ok());
    Client c(w.server->port(), "client-reg-0001");
    auto r = c.post("/api/v1/register", registration("zhang.xc", kValidId), "");
    INFO(r.body.dump());
    REQUIRE(r.status == 200);
    CHECK(r.body["token"].get<std::string>().size() == 64);
    const json user = r.body["user"];
    CHECK(user["login"] == "zhang.xc");
    CHECK(user["role"] == "talent");
    CHECK(user["name"] == "张新才");
    const std::string id = user["id"].get<std::string>();
    CHECK(id.rfind("T-", 0) == 0);
    CHECK(user["scope"] == id);

    // The answer's token works like a login's; so does the password.
    auto pulled = c.post("/api/v1/pull", versions(json{{"cursor", 0}, {"limit", 200}}), r.body["token"].get<std::string>());
    REQUIRE(pulled.status == 200);
    std::vector<std::string> keys;
    json mine;
    for (const auto& ch : pulled.body["changes"]) {
        const std::string kind = ch["kind"].get<std::string>();
        if (kind == "holiday_year") continue;
        keys.push_back(kind + "/" + ch["id"].get<std::string>());
        if (kind == "talent") mine = ch["record"];
    }
    // Their own record and their employer; not T2, not CA2, not the other employer.
    CHECK(std::find(keys.begin(), keys.end(), "talent/" + id) != keys.end());
    CHECK(std::find(keys.begin(), keys.end(), "talent/T2") == keys.end());
    CHECK(std::find(keys.begin(), keys.end(), "card_application/CA2") == keys.end());
    CHECK(std::find(keys.begin(), keys.end(), "employer/E2") == keys.end());
    CHECK(mine["name"] == "张新才");
    CHECK(mine["employer"] == "E1");
    CHECK(mine["id_number"] == kValidId); // the talent sees their own number unmasked
    CHECK(mine["registered_on"] == kToday);

    Client again(w.server->port(), "client-reg-0002");
    CHECK(again.login("zhang.xc", "Huicai-new-2026").status == 200);

    // The employer's administrator sees the new talent, with no specialist yet.
    Client admin(w.server->port(), "client-adm-0001");
    REQUIRE(admin.login("ADM-E1").status == 200);
    std::map<std::string, json> records;
    admin.pullAll(0, records);
    REQUIRE(records.count("talent/" + id));
    const json& seen = records["talent/" + id];
    CHECK((!seen.contains("specialist") || seen["specialist"].is_null() || seen["specialist"] == ""));
    CHECK(seen["id_number"] != kValidId); // masked for the employer
}

TEST_CASE("register 3. refusals name the field and write nothing", "[sync][register][S5.1]") {
    World w;
    Client first(w.server->port(), "client-reg-0003");
    REQUIRE(first.post("/api/v1/register", registration("li.taken", kValidId), "").status == 200);
    Client admin(w.server->port(), "client-adm-0002");
    REQUIRE(admin.login("ADM-E1").status == 200);
    const std::size_t before = talentCount(admin);
    REQUIRE(before == 1);

    auto with = [](json body, const char* member, json value) {
        body[member] = std::move(value);
        return body;
    };
    const json fresh = registration("wang.new", "370102198505052462");
    struct Case {
        int n;
        json body;
        int status;
        const char* key;
        const char* detail;
    };
    const Case cases[] = {
        {1, registration("li.taken", "370102198505052462"), 409, "error.register.login_taken", "li.taken"},
        {2, registration("wang.new", "370102199001011232"), 422, "error.id.checksum", nullptr},
        {3, registration("wang.new", "370102198505052462", "E9"), 422, "error.employer.unknown", "E9"},
        {4, registration("wang.new", kValidId), 409, "error.register.refused", nullptr},
        {5, with(fresh, "login", "Wang New"), 400, "error.register.login_format", "Wang New"},
        {6, with(fresh, "login", ".wang"), 400, "error.register.login_format", ".wang"},
        {7, with(fresh, "password", "short"), 400, "error.register.password_length", "8..128"},
        {8, with(fresh, "id_type", "driving_licence"), 400, "error.sync.field", nullptr},
        {9, with(fresh, "role", "window_specialist"), 400, "error.sync.field", "role: unknown member"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        Client client(w.server->port(), "client-bad-000" + std::to_string(c.n));
        auto r = client.post("/api/v1/register", c.body, "");
        INFO(r.body.dump());
        CHECK(r.status == c.status);
        CHECK(r.body["error"]["key"] == c.key);
        if (c.detail) CHECK(r.body["error"]["detail"] == c.detail);
        CHECK(r.body["error"]["message"].is_string());
        CHECK_FALSE(r.body.contains("token"));
    }
    CHECK(talentCount(admin) == before);
    Client nobody(w.server->port(), "client-bad-0100");
    CHECK(nobody.login("wang.new", "Huicai-new-2026").status == 401);
}

TEST_CASE("register 4. a passport holder registers with their nationality", "[sync][register][S5.1]") {
    World w;
    Client c(w.server->port(), "client-reg-0004");
    json body = registration("smith", "E12345678", "E2");
    body["id_type"] = "passport";
    body["nationality"] = "gbr";
    body["category"] = "foreign";
    auto r = c.post("/api/v1/register", body, "");
    INFO(r.body.dump());
    REQUIRE(r.status == 200);
    Client me(w.server->port(), "client-reg-0005");
    REQUIRE(me.login("smith", "Huicai-new-2026").status == 200);
    std::map<std::string, json> records;
    me.pullAll(0, records);
    const json& t = records["talent/" + r.body["user"]["id"].get<std::string>()];
    CHECK(t["id_type"] == "passport");
    CHECK(t["nationality"] == "GBR");
    body.erase("nationality");
    body["login"] = "smith2";
    auto missing = c.post("/api/v1/register", body, "");
    CHECK(missing.status == 400);
    CHECK(missing.body["error"]["detail"] == "nationality: missing");
}

TEST_CASE("register 5. past ten registration requests from one address, each further one waits a doubling delay", "[sync][register][S6.2]") {
    World w;
    Client c(w.server->port(), "client-reg-0006");
    json body = registration("x", kValidId); // a bad login: refused, but counted
    for (int i = 0; i < 10; ++i) CHECK(c.post("/api/v1/register", body, "").status == 400);
    auto limited = c.post("/api/v1/register", registration("fine.login", kValidId), "");
    CHECK(limited.status == 429);
    CHECK(limited.body["error"]["key"] == "error.session.rate_limited");
    CHECK(limited.body["error"]["detail"] == "60");
    w.advance(60);
    CHECK(c.post("/api/v1/register", body, "").status == 400);
    auto again = c.post("/api/v1/register", body, "");
    CHECK(again.status == 429);
    CHECK(again.body["error"]["detail"] == "120");
    w.advance(120);
    CHECK(c.post("/api/v1/register", registration("fine.login", kValidId), "").status == 200);
}

TEST_CASE("probe 5e. registering a document number already registered is refused without saying that the person has an account",
          "[sync][register][S5.1][security]") {
    World w;
    Client first(w.server->port(), "client-reg-0010");
    REQUIRE(first.post("/api/v1/register", registration("li.first", kValidId), "").status == 200);
    Client second(w.server->port(), "client-reg-0011");
    auto r = second.post("/api/v1/register", registration("li.second", kValidId), "");
    INFO(r.body.dump());
    CHECK(r.status == 409);
    CHECK(r.body["error"]["key"] == "error.register.refused");
    CHECK_FALSE(r.body["error"].contains("detail"));
    const std::string message = r.body["error"]["message"].get<std::string>();
    for (const char* telling : {"identity", "already registered", "id_number"}) {
        INFO(telling);
        CHECK(message.find(telling) == std::string::npos);
    }
    CHECK_FALSE(r.body.contains("token"));
}

TEST_CASE("probe 10. passwords of spaces, one repeated character or from the common list, and names with control, markup or bidi characters are refused",
          "[sync][register][S5.1][security]") {
    World w;
    Client admin(w.server->port(), "client-adm-0010");
    REQUIRE(admin.login("ADM-E1").status == 200);
    auto with = [](json body, const char* member, std::string value) {
        body[member] = std::move(value);
        return body;
    };
    const json fresh = registration("wang.new", kValidId);
    struct Case {
        int n;
        json body;
        int status;
        const char* key;
        const char* detail;
    };
    const Case cases[] = {
        {1, with(fresh, "password", "        "), 400, "error.register.password_common", nullptr},
        {2, with(fresh, "password", "aaaaaaaaaaaa"), 400, "error.register.password_common", nullptr},
        {3, with(fresh, "password", "password1"), 400, "error.register.password_common", nullptr},
        {4, with(fresh, "password", "PassWord1"), 400, "error.register.password_common", nullptr}, // any case
        {5, with(fresh, "password", "12345678"), 400, "error.register.password_common", nullptr},
        {6, with(fresh, "password", "qwertyuiop"), 400, "error.register.password_common", nullptr},
        {7, with(fresh, "name", std::string("张新\0才", 10)), 422, "error.name.characters", "U+0000"},
        {8, with(fresh, "name", "<img src=x onerror=alert(1)>"), 422, "error.name.characters", "U+003C"},
        {9, with(fresh, "name", "张新才\u202Efdp.exe"), 422, "error.name.characters", "U+202E"},
        {10, with(fresh, "name", "张新才\u2067"), 422, "error.name.characters", "U+2067"},
        {11, with(fresh, "name", "张新才\n"), 422, "error.name.characters", "U+000A"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        if (c.n == 6) w.advance(600); // past the ten registrations this address may send at once
        Client client(w.server->port(), "client-bad-010" + std::to_string(c.n));
        auto r = client.post("/api/v1/register", c.body, "");
        INFO(r.body.dump());
        CHECK(r.status == c.status);
        CHECK(r.body["error"]["key"] == c.key);
        if (c.detail) CHECK(r.body["error"]["detail"] == c.detail);
        CHECK_FALSE(r.body.contains("token"));
    }
    CHECK(talentCount(admin) == 0);
    // The same person with a fair password and their name as on the document gets in.
    w.advance(600);
    Client ok(w.server->port(), "client-reg-0012");
    auto r = ok.post("/api/v1/register", fresh, "");
    INFO(r.body.dump());
    CHECK(r.status == 200);
}
