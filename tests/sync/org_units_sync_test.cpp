// A city's department and its agency through the real server on loopback (S6.2.2):
// the administrator's pushed registrations are applied and reach every client's pull
// as public records, and the new units take staff accounts like the catalogue's.
#include "sync_support.h"

#include <catch2/catch.hpp>

using namespace sync_test;

TEST_CASE("org units over sync: a city's department and its agency reach every pull and take staff accounts",
          "[sync][admin][S6.2.2]") {
    World w;
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    auto pushed = root.push({command("x", root.actor(), "RegisterDepartment",
                                     {{"id", "DEP-jn-ps"}, {"name_zh", "济南市公安局"}, {"name_en", ""}, {"region", "370100"}, {"counterpart", "sd_public_security"}}),
                             command("x", root.actor(), "RegisterAgency",
                                     {{"id", "AG-jn-exit"}, {"department", "DEP-jn-ps"}, {"name_zh", "济南市出入境管理支队"}, {"name_en", ""}})});
    REQUIRE(pushed.status == 200);
    for (const auto& r : pushed.body["results"]) CHECK(r["status"] == "applied");

    // Public: a talent of another city and a window elsewhere pull both.
    for (const char* login : {"T2", "W-370200"}) {
        INFO(login);
        Client c(w.server->port(), std::string("client-") + login + "-1");
        REQUIRE(c.login(login).status == 200);
        std::map<std::string, json> records;
        c.pullAll(0, records, 200);
        REQUIRE(records.count("department/DEP-jn-ps") == 1);
        CHECK(records["department/DEP-jn-ps"]["counterpart"] == "sd_public_security");
        REQUIRE(records.count("agency/AG-jn-exit") == 1);
        CHECK(records["agency/AG-jn-exit"]["department"] == "DEP-jn-ps");
    }

    // Staff accounts for the new units.
    for (auto [login, role, scope] : {std::tuple{"jn.psb", "department_specialist", "DEP-jn-ps"},
                                      {"jn.exit", "handling_specialist", "AG-jn-exit"}}) {
        INFO(login);
        auto made = root.post("/api/v1/admin/accounts",
                              versions(json{{"login", login}, {"name", "专员"}, {"role", role}, {"scope", scope}}));
        REQUIRE(made.status == 200);
        Client staff(w.server->port(), std::string("client-") + login + "-1");
        auto signedIn = staff.login(login, made.body["password"].get<std::string>());
        REQUIRE(signedIn.status == 200);
        CHECK(signedIn.body["user"]["scope"] == scope);
    }
}
