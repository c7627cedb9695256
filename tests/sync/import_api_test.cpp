// The employer import over the API (POST /api/v1/admin/employers/import) against the
// real server on loopback: a good file registers every row through the core in one
// go, rows without an id getting E-<10 hex>, and the employers are pulled like any;
// a file with one bad row registers nothing and names the row; only system
// administrators import, and a file above the limit is refused whole.
#include "sync_support.h"

#include "sync/admin.h"

#include <catch2/catch.hpp>

using namespace sync_test;

namespace {

Response import(Client& c, const std::string& csv) {
    json body = json::parse(huicai::sync::encodeImportRequest({{1, 0}, csv}));
    body.update(versions(json::object()));
    return c.post("/api/v1/admin/employers/import", body);
}

std::map<std::string, json> employers(Client& c) {
    std::map<std::string, json> records, out;
    c.pullAll(0, records, 200);
    for (auto& [key, record] : records)
        if (key.rfind("employer/", 0) == 0 && record.is_object()) out[key.substr(9)] = record;
    return out;
}

} // namespace

TEST_CASE("import 1. a good file registers every employer at once, and rows without an id get one", "[sync][admin][S6.2]") {
    World w;
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    const std::string csv = "name,region,id\r\n"
                            "济南某软件公司,370102,E-JN1\r\n"
                            "\"青岛某公司,分公司\",370202,\r\n"
                            "烟台某研究所,370600,\r\n";
    auto r = import(root, csv);
    INFO(r.body.dump());
    REQUIRE(r.status == 200);
    auto answer = huicai::sync::decodeImportAnswer(r.body.dump());
    REQUIRE(answer.ok());
    CHECK(answer->imported == 3);
    REQUIRE(answer->ids.size() == 3);
    CHECK(answer->ids[0] == "E-JN1");
    for (std::size_t i = 1; i < 3; ++i) {
        CHECK(answer->ids[i].rfind("E-", 0) == 0);
        CHECK(answer->ids[i].size() == 12);
    }
    CHECK(answer->ids[1] != answer->ids[2]);
    const auto pulled = employers(root);
    REQUIRE(pulled.count(answer->ids[1]));
    CHECK(pulled.at(answer->ids[1])["name"] == "青岛某公司,分公司");
    CHECK(pulled.at(answer->ids[1])["region"] == "370202");
    CHECK(pulled.at("E-JN1")["name"] == "济南某软件公司");
    CHECK(pulled.size() == 5); // E1, E2 and the three
    // The registrations are audited as the administrator's.
    Client check(w.server->port(), "root-client-2");
    REQUIRE(check.login("root").status == 200);
    httplib::Client h("127.0.0.1", w.server->port());
    auto audit = h.Get("/api/v1/admin/audit?record=employer%2FE-JN1", httplib::Headers{{"Authorization", "Bearer " + check.token()}});
    REQUIRE(audit);
    auto page = huicai::sync::decodeAuditPage(audit->body);
    REQUIRE(page.ok());
    REQUIRE(page->entries.size() == 1);
    CHECK(page->entries[0].actor == "root");
    CHECK(page->entries[0].command == "RegisterEmployer");
}

TEST_CASE("import 2. a file with one bad row registers nothing and names the row", "[sync][admin][S6.2]") {
    World w;
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    const std::string csv = "name,region\n"
                            "济南某软件公司,370102\n"
                            "无名单位,999999\n"
                            "烟台某研究所,370600\n";
    auto r = import(root, csv);
    INFO(r.body.dump());
    REQUIRE(r.status == 422);
    CHECK(r.body["error"]["key"] == "error.import.rejected");
    auto answer = huicai::sync::decodeImportAnswer(r.body.dump());
    REQUIRE(answer.ok());
    CHECK(answer->imported == 0);
    REQUIRE(answer->rejects.size() == 1);
    CHECK(answer->rejects[0].row == 3);
    CHECK(answer->rejects[0].error.key == "error.region.unknown");
    CHECK(employers(root).size() == 2);
    // An id already taken is a reject too, and the rest waits for the whole file.
    auto taken = import(root, "name,region,id\n某新单位,370102,E1\n");
    CHECK(taken.status == 422);
    CHECK(employers(root).size() == 2);
}

TEST_CASE("import 3. only system administrators import, and a file above the limit is refused whole",
          "[sync][admin][S6.2][security]") {
    World w;
    for (const char* login : {"ADM-E1", "W-370000"}) {
        INFO(login);
        Client c(w.server->port(), std::string("client-") + login + "-1");
        REQUIRE(c.login(login).status == 200);
        auto r = import(c, "name,region\n某单位,370102\n");
        CHECK(r.status == 403);
        CHECK(r.body["error"]["key"] == "error.admin.denied");
    }
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    std::string big = "name,region\n";
    while (big.size() <= huicai::sync::kMaxImportBytes) big += "某单位,370102\n";
    auto r = import(root, big);
    CHECK(r.status == 413);
    CHECK(r.body["error"]["key"] == "error.import.too_large");
    auto bad = root.post("/api/v1/admin/employers/import", versions(json{{"csv", "x"}, {"extra", 1}}));
    CHECK(bad.status == 400);
    CHECK(bad.body["error"]["key"] == "error.sync.field");
}
