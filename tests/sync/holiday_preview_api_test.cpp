// The holiday year's preview over the API (POST /api/v1/admin/holidays/preview)
// against the real server on loopback: it answers over the server's current state
// what the core's holidayYearShifts finds there; it changes nothing; a year the command would refuse is a
// 422 with the calendar's error; only those who may load holidays ask.
#include "sync_support.h"

#include "sync/admin.h"

#include <catch2/catch.hpp>

using namespace sync_test;

namespace {

json year(int y, std::vector<std::string> off, std::vector<std::string> work) {
    return versions(json{{"year", y}, {"off", std::move(off)}, {"work", std::move(work)}});
}

Response preview(Client& c, const json& body) { return c.post("/api/v1/admin/holidays/preview", body); }

} // namespace

TEST_CASE("holiday preview 1. the provincial window's running deadline moves by the day a corrected year takes off",
          "[sync][admin][S7.1]") {
    World w(seedToProvince);
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);

    // CA2 reached the provincial window on 2025-06-02 (a Monday after the Dragon Boat
    // days): seven working days run 3, 4, 5, 6, 9, 10, 11 June. 2025 "corrected" to a
    // single day off, 4 June, pushes the seventh working day to the 12th.
    auto moved = preview(root, year(2025, {"2025-06-04"}, {}));
    REQUIRE(moved.status == 200);
    auto shifts = huicai::sync::decodeDeadlineShifts(moved.body.dump());
    REQUIRE(shifts.ok());
    REQUIRE(shifts->size() == 1);
    CHECK((*shifts)[0].record == "card_application/CA2");
    CHECK((*shifts)[0].what == "workflow.deadline.card_application");
    CHECK((*shifts)[0].before.iso() == "2025-06-11");
    CHECK((*shifts)[0].after.iso() == "2025-06-12");
    CHECK_FALSE((*shifts)[0].wasProvisional);

    // A year no running deadline reaches moves nothing, and the preview saved nothing:
    // the same question answers the same.
    auto none = preview(root, year(2031, {"2031-01-01"}, {}));
    REQUIRE(none.status == 200);
    CHECK(none.body["shifts"] == json::array());
    CHECK(preview(root, year(2025, {"2025-06-04"}, {})).body == moved.body);
}

TEST_CASE("holiday preview 2. a year the command would refuse is 422 with the calendar's error, "
          "and only those who load holidays may ask",
          "[sync][admin][S7.1][security]") {
    World w;
    Client root(w.server->port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    // 2027-01-04 is a Monday: no make-up working day falls on a weekday.
    auto refused = preview(root, year(2027, {"2027-01-01"}, {"2027-01-04"}));
    CHECK(refused.status == 422);
    CHECK(refused.body["error"]["key"].get<std::string>().rfind("error.calendar.", 0) == 0);
    auto bad = preview(root, versions(json{{"year", 2027}, {"off", json::array({"2027-13-01"})}}));
    CHECK(bad.status == 400);
    CHECK(bad.body["error"]["key"] == "error.sync.field");
    for (const char* login : {"ADM-E1", "W-370000", "S1"}) {
        INFO(login);
        Client c(w.server->port(), std::string("client-") + login + "-1");
        REQUIRE(c.login(login).status == 200);
        auto r = preview(c, year(2025, {"2025-06-04"}, {}));
        CHECK(r.status == 403);
        CHECK(r.body["error"]["key"] == "error.admin.denied");
    }
    Client nobody(w.server->port(), "client-nobody-1");
    CHECK(preview(nobody, year(2025, {"2025-06-04"}, {})).status == 401);
}
