// The window dashboard's figures (S6.1.1 (1), (4); S7.4 (5); S8.1.2): volumes by item
// and month, on-time rates and open overdue tasks by region, satisfaction from the
// talents' ratings, on a small state built here and a 2026 calendar without holidays
// (7 working days from Monday 2026-03-02 end on Wednesday 2026-03-11).
#include "app/dashboard_stats.h"

#include "../core/workflow_fixture.h"

#include <catch2/catch.hpp>

#include <set>

using namespace huicai;
using wf::d;
using namespace huicai::app;

namespace {

RegionTree dashRegions() {
    return RegionTree({{"370000", "山东省", "Shandong", RegionLevel::Province, ""},
                       {"370100", "济南市", "Jinan", RegionLevel::City, "370000"},
                       {"370102", "历下区", "Lixia", RegionLevel::County, "370100"},
                       {"370200", "青岛市", "Qingdao", RegionLevel::City, "370000"},
                       {"370202", "市南区", "Shinan", RegionLevel::County, "370200"}});
}

WorkCalendar dashCalendar() {
    WorkCalendar cal;
    REQUIRE(cal.setYear(2025, {}, {}).ok());
    REQUIRE(cal.setYear(2026, {}, {}).ok());
    return cal;
}

ServiceRequest request(const char* id, const char* window, const char* item, const char* filed, std::optional<int> rating) {
    ServiceRequest r;
    r.id = id;
    r.window = window;
    r.item = item;
    r.filedOn = d(filed);
    r.rating = rating;
    return r;
}

DepartmentTask task(const char* id, const char* req, const char* start, std::optional<Date> stopped) {
    DepartmentTask k;
    k.id = id;
    k.request = req;
    k.clock.startEvent = "receipt";
    k.clock.start = d(start);
    k.clock.limitDays = 7;
    k.clock.stoppedOn = stopped;
    return k;
}

State state() {
    State s;
    s.employers["E1"] = Employer{"E1", "历下单位", "370102", d("2025-01-01")};
    s.talents["T1"].id = "T1";
    s.talents["T1"].employer = "E1";
    s.requests["R1"] = request("R1", "370102", "A1", "2026-03-02", 5);
    s.requests["R2"] = request("R2", "370100", "A1", "2026-02-10", 4);
    s.requests["R3"] = request("R3", "370202", "A6", "2026-03-05", 1);
    s.requests["R4"] = request("R4", "370102", "A1", "2025-12-01", std::nullopt);
    s.tasks["K1"] = task("K1", "R1", "2026-03-02", d("2026-03-10")); // on time
    s.tasks["K2"] = task("K2", "R2", "2026-03-02", d("2026-03-13")); // late, whatever new date was stated
    s.tasks["K2"].clock.ledger.push_back(
        ClockEntry{ClockEntryKind::NewDate, d("2026-03-10"), 0, d("2026-03-16"), "系统升级", "D"});
    s.tasks["K3"] = task("K3", "R3", "2026-03-02", std::nullopt); // open, overdue by 2026-03-20
    s.tasks["K4"] = task("K4", "R3", "2026-03-16", std::nullopt); // open, not yet due
    Booking b;
    b.id = "B1";
    b.talent = "T1";
    b.item = "A13";
    b.bookedOn = d("2026-03-03");
    s.bookings["B1"] = b;
    return s;
}

} // namespace

TEST_CASE("1. volumes by item and month within a window's area", "[S6.1.1][app]") {
    const State s = state();
    const RegionTree reg = dashRegions();
    const auto city = volumesByMonth(s, reg, "370100", d("2026-03-20"), 3);
    REQUIRE(city.size() == 3);
    CHECK((city[0].year == 2026 && city[0].month == 1 && city[0].total == 0));
    CHECK((city[1].month == 2 && city[1].byItem == std::map<std::string, int>{{"A1", 1}}));
    CHECK((city[2].month == 3 && city[2].byItem == std::map<std::string, int>{{"A1", 1}, {"A13", 1}}));
    CHECK(city[2].total == 2);

    const auto province = volumesByMonth(s, reg, "370000", d("2026-03-20"), 3);
    CHECK(province[2].byItem == std::map<std::string, int>{{"A1", 1}, {"A13", 1}, {"A6", 1}});
    CHECK(topItems(province, 2) == std::vector<std::string>{"A1", "A13"});
    CHECK(topItems(province, 10) == std::vector<std::string>{"A1", "A13", "A6"});

    // Across the turn of the year: December 2025 holds R4.
    const auto turn = volumesByMonth(s, reg, "370102", d("2026-01-15"), 2);
    REQUIRE(turn.size() == 2);
    CHECK((turn[0].year == 2025 && turn[0].month == 12 && turn[0].total == 1));
    CHECK((turn[1].year == 2026 && turn[1].month == 1 && turn[1].total == 0));
}

TEST_CASE("2. on-time rate and open overdue tasks by region", "[S7.4][S6.1.1][app]") {
    const State s = state();
    const RegionTree reg = dashRegions();
    const WorkCalendar cal = dashCalendar();
    struct Case {
        int n;
        const char* region;
        int requests, completed, onTime, overdueOpen;
        std::optional<double> rate;
    };
    const Case cases[] = {
        {1, "370100", 3, 2, 1, 0, 0.5},
        {2, "370200", 1, 0, 0, 1, std::nullopt},
        {3, "370000", 4, 2, 1, 1, 0.5},
        {4, "370102", 2, 1, 1, 0, 1.0},
    };
    std::vector<std::string> rows;
    for (const auto& c : cases) rows.push_back(c.region);
    const auto rates = ratesByRegion(s, reg, cal, rows, d("2026-03-20"));
    REQUIRE(rates.size() == 4);
    for (size_t i = 0; i < rates.size(); ++i) {
        const Case& c = cases[i];
        INFO("case " << c.n);
        CHECK(rates[i].region == c.region);
        CHECK(rates[i].requests == c.requests);
        CHECK(rates[i].completed == c.completed);
        CHECK(rates[i].onTime == c.onTime);
        CHECK(rates[i].overdueOpen == c.overdueOpen);
        CHECK(rates[i].rate() == c.rate);
    }
    // On 2026-03-11 K3 is due today, not yet overdue.
    CHECK(ratesByRegion(s, reg, cal, {"370200"}, d("2026-03-11"))[0].overdueOpen == 0);
    CHECK(ratesByRegion(s, reg, cal, {"370200"}, d("2026-03-12"))[0].overdueOpen == 1);
}

TEST_CASE("3. a year without holiday data counts provisionally, a calendar that refuses it leaves the task out", "[S7.4][app]") {
    // The calendar of the tests has no holidays in 2026: counting Monday to Friday
    // gives the same figures as case 3 of test 2.
    WorkCalendar provisional;
    const auto counted = ratesByRegion(state(), dashRegions(), provisional, {"370000"}, d("2026-03-20"));
    CHECK(counted[0].requests == 4);
    CHECK(counted[0].completed == 2);
    CHECK(counted[0].onTime == 1);
    CHECK(counted[0].overdueOpen == 1);
    WorkCalendar refusing(MissingYears::Refuse);
    const auto rates = ratesByRegion(state(), dashRegions(), refusing, {"370000"}, d("2026-03-20"));
    CHECK(rates[0].requests == 4);
    CHECK(rates[0].completed == 0);
    CHECK(rates[0].overdueOpen == 0);
}

TEST_CASE("4. satisfaction from the talents' ratings", "[S8.1.2][app]") {
    const State s = state();
    const RegionTree reg = dashRegions();
    const Satisfaction city = satisfaction(s, reg, "370100");
    CHECK(city.counts == std::array<int, 5>{0, 0, 0, 1, 1});
    CHECK(city.rated() == 2);
    REQUIRE(city.mean());
    CHECK(*city.mean() == Approx(4.5));
    const Satisfaction province = satisfaction(s, reg, "370000");
    CHECK(province.rated() == 3);
    CHECK(*province.mean() == Approx(10.0 / 3.0));
    CHECK_FALSE(satisfaction(s, reg, "999999").mean());
}

TEST_CASE("5. chart rows: the regions below the window, or itself", "[S6.1.1][app]") {
    const RegionTree reg = dashRegions();
    CHECK(chartRegions(reg, "370000") == std::vector<std::string>{"370100", "370200"});
    CHECK(chartRegions(reg, "370100") == std::vector<std::string>{"370102"});
    CHECK(chartRegions(reg, "370102") == std::vector<std::string>{"370102"});
    CHECK(chartRegions(reg, "999999").empty());
}

TEST_CASE("6. the tile grid places Shandong's 16 cities once each", "[S6.1.1][app]") {
    const std::set<std::string> cities = {"370100", "370200", "370300", "370400", "370500", "370600", "370700", "370800",
                                          "370900", "371000", "371100", "371300", "371400", "371500", "371600", "371700"};
    std::set<std::string> codes;
    std::set<std::pair<int, int>> places;
    for (const auto& t : cityTiles()) {
        codes.insert(std::string(t.code));
        places.insert({t.column, t.row});
        CHECK((t.column >= 0 && t.column < kTileColumns && t.row >= 0 && t.row < kTileRows));
    }
    CHECK(cityTiles().size() == 16);
    CHECK(codes == cities);
    CHECK(places.size() == 16);
}

TEST_CASE("7. the map's figures by region: cards issued to the region's employers' talents, and its ratings", "[S8.1.2][app]") {
    State s = state();
    s.employers["E2"] = Employer{"E2", "市南单位", "370202", d("2025-01-01")};
    s.talents["T2"].id = "T2";
    s.talents["T2"].employer = "E2";
    s.talents["T3"].id = "T3"; // an employer the state does not hold: counted nowhere
    s.talents["T3"].employer = "E9";
    const auto card = [](const char* number, const char* holder) {
        Card c;
        c.number = number;
        c.holder = holder;
        c.issuedOn = d("2026-03-01");
        return c;
    };
    s.cards["C1"] = card("C1", "T1");
    s.cards["C2"] = card("C2", "T1"); // a second card (after a revocation) counts too
    s.cards["C3"] = card("C3", "T2");
    s.cards["C4"] = card("C4", "T3");
    const auto rows = ratesByRegion(s, dashRegions(), dashCalendar(), {"370100", "370200", "370000", "370102"}, d("2026-03-20"));
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].cards == 2);
    CHECK(rows[1].cards == 1);
    CHECK(rows[2].cards == 3);
    CHECK(rows[3].cards == 2);
    // The ratings are those satisfaction() counts for the same region.
    for (const auto& r : rows) {
        INFO(r.region);
        CHECK(r.ratings.counts == satisfaction(s, dashRegions(), r.region).counts);
    }
    CHECK(rows[0].ratings.rated() == 2);
    CHECK(*rows[1].ratings.mean() == Approx(1.0));
}
