// The audit trail over the API (GET /api/v1/admin/audit) against the real server on
// loopback: every applied command is an entry with its actor's unit, newest first;
// each filter narrows it, pages add up to the whole, the CSV export has the BOM, the
// header, RFC 4180 quoting and the formula guard; only system administrators read it.
#include "sync_support.h"

#include "api_admin.h"

#include "sync/admin.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sync_test;

namespace {

struct Got {
    int status = 0;
    std::string body, type;
};

Got get(int port, const std::string& path, const std::string& token) {
    httplib::Client c("127.0.0.1", port);
    auto res = c.Get(path.c_str(), httplib::Headers{{"Authorization", "Bearer " + token}});
    if (!res) return {};
    return Got{res->status, res->body, res->get_header_value("Content-Type")};
}

huicai::sync::AuditPage page(int port, const std::string& token, const huicai::sync::AuditQuery& q) {
    auto got = get(port, "/api/v1/admin/audit?" + huicai::sync::auditQueryString(q), token);
    INFO(got.body);
    REQUIRE(got.status == 200);
    auto p = huicai::sync::decodeAuditPage(got.body);
    REQUIRE(p.ok());
    return *p;
}

// S2 renames T2 twice, under the name given.
void renames(Client& s1, const std::string& name) {
    for (int i = 0; i < 2; ++i) {
        auto r = s1.push({command("x", s1.actor(), "UpdateTalentProfile", {{"talent", "T2"}, {"name", name + std::to_string(i)}})});
        REQUIRE(r.status == 200);
        REQUIRE(r.body["results"][0]["status"] == "applied");
    }
}

} // namespace

TEST_CASE("audit 1. every applied command is an entry, newest first, with its actor's unit, and filters and pages narrow it",
          "[sync][admin][S8.3][security]") {
    World w;
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    Client s1(w.server->port(), "s2-client-01");
    REQUIRE(s1.login("S2").status == 200);
    const auto before = page(w.server->port(), root.token(), {});
    huicai::sync::AuditQuery byS2;
    byS2.actor = "S2";
    const int s2Before = page(w.server->port(), root.token(), byS2).total; // the seeded application's steps
    renames(s1, "张三");

    const auto all = page(w.server->port(), root.token(), {});
    CHECK(all.total == before.total + 2);
    REQUIRE(all.entries.size() >= 2);
    CHECK(all.entries[0].seq > all.entries[1].seq);
    CHECK(all.entries[0].actor == "S2");
    CHECK(all.entries[0].role == "employer_specialist");
    CHECK(all.entries[0].unit == "E2");
    CHECK(all.entries[0].command == "UpdateTalentProfile");
    CHECK(all.entries[0].at == kToday);
    CHECK(all.entries[0].records == std::vector<std::string>{"talent/T2"});

    huicai::sync::AuditQuery q;
    q.actor = "S2";
    const auto s2 = page(w.server->port(), root.token(), q);
    CHECK(s2.total == s2Before + 2);
    for (const auto& e : s2.entries) CHECK(e.actor == "S2");
    q = {};
    q.unit = "E2";
    const auto unit = page(w.server->port(), root.token(), q);
    CHECK(unit.total >= 2);
    CHECK(unit.total < all.total);
    for (const auto& e : unit.entries) CHECK(e.unit == "E2");
    q = {};
    q.record = "talent/T2";
    const auto t1 = page(w.server->port(), root.token(), q);
    CHECK(t1.total >= 3); // registered, then renamed twice (and more)
    for (const auto& e : t1.entries) CHECK(std::find(e.records.begin(), e.records.end(), "talent/T2") != e.records.end());
    q.record = "staff/";
    const auto staff = page(w.server->port(), root.token(), q);
    CHECK(staff.total >= 9); // the staff records seeded
    for (const auto& e : staff.entries)
        CHECK(std::any_of(e.records.begin(), e.records.end(), [](const std::string& r) { return r.rfind("staff/", 0) == 0; }));
    q = {};
    q.from = kToday;
    q.to = kToday;
    CHECK(page(w.server->port(), root.token(), q).total == all.total);
    q.from = "2025-06-03";
    q.to = "";
    CHECK(page(w.server->port(), root.token(), q).total == 0);
    q.from = "";
    q.to = "2025-06-01";
    CHECK(page(w.server->port(), root.token(), q).total == 0);

    // Pages of 3 add up to the whole, in the same order.
    std::vector<std::int64_t> seqs;
    q = {};
    q.limit = 3;
    for (int guard = 0; guard < 100; ++guard) {
        const auto p = page(w.server->port(), root.token(), q);
        CHECK(p.total == all.total);
        for (const auto& e : p.entries) seqs.push_back(e.seq);
        if (!p.more) break;
        q.offset += 3;
    }
    std::vector<std::int64_t> expected;
    for (const auto& e : all.entries) expected.push_back(e.seq);
    CHECK(seqs == expected);

    for (const char* bad : {"limit=0", "limit=1001", "offset=-1", "from=2025-13-01", "to=yesterday", "format=xml"}) {
        INFO(bad);
        auto got = get(w.server->port(), std::string("/api/v1/admin/audit?") + bad, root.token());
        CHECK(got.status == 400);
        CHECK(json::parse(got.body)["error"]["key"] == "error.sync.field");
    }
}

TEST_CASE("audit 2. the CSV export: BOM, header, every matching entry, RFC 4180 quoting and the formula guard",
          "[sync][admin][S8.3][security]") {
    World w;
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    Client s1(w.server->port(), "s2-client-01");
    REQUIRE(s1.login("S2").status == 200);
    renames(s1, "王五");
    huicai::sync::AuditQuery q;
    q.actor = "S2";
    const int total = page(w.server->port(), root.token(), q).total;
    q.limit = 1; // a CSV holds every matching entry whatever the page
    auto got = get(w.server->port(), "/api/v1/admin/audit?" + huicai::sync::auditQueryString(q) + "&format=csv", root.token());
    REQUIRE(got.status == 200);
    CHECK(got.type == "text/csv; charset=utf-8");
    REQUIRE(got.body.rfind("\xEF\xBB\xBF"
                           "seq,at,actor,role,unit,command,records\r\n",
                           0) == 0);
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < got.body.size();) {
        const auto end = got.body.find("\r\n", at);
        REQUIRE(end != std::string::npos);
        lines.push_back(got.body.substr(at, end - at));
        at = end + 2;
    }
    REQUIRE(lines.size() == static_cast<std::size_t>(total) + 1);
    CHECK(lines[1].find(",2025-06-02,S2,employer_specialist,E2,UpdateTalentProfile,talent/T2") != std::string::npos);
    CHECK(lines[1].rfind(std::to_string(page(w.server->port(), root.token(), q).entries[0].seq) + ",", 0) == 0);

    using huicai::serve::csvCell;
    CHECK(csvCell("plain") == "plain");
    CHECK(csvCell("a,b") == "\"a,b\"");
    CHECK(csvCell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvCell("two\nlines") == "\"two\nlines\"");
    CHECK(csvCell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csvCell("+1") == "'+1");
    CHECK(csvCell("-1") == "'-1");
    CHECK(csvCell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csvCell("") == "");
}

TEST_CASE("audit 3. only system administrators read the audit trail", "[sync][admin][S8.3][security]") {
    World w;
    for (const char* login : {"ADM-E1", "S1", "W-370000", "T2"}) {
        INFO(login);
        Client c(w.server->port(), std::string("client-") + login + "-1");
        REQUIRE(c.login(login).status == 200);
        for (const char* path : {"/api/v1/admin/audit", "/api/v1/admin/audit?format=csv"}) {
            auto got = get(w.server->port(), path, c.token());
            CHECK(got.status == 403);
            CHECK(json::parse(got.body)["error"]["key"] == "error.admin.denied");
        }
    }
    CHECK(get(w.server->port(), "/api/v1/admin/audit", "").status == 401);
}
