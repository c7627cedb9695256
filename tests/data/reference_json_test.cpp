// Tests of the reference-data loaders: broken copies of the shipped files give the
// right key and the field path at fault, the catalogue round-trips through JSON, a
// bad holidays file leaves the calendar untouched, and the assets folder is found.
#include "data/asset_files.h"
#include "data/catalog_json.h"
#include "data/holidays_json.h"
#include "data/reference.h"
#include "data/regions_json.h"
#include "data/talent_json.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>

using namespace huicai;
using nlohmann::json;

namespace {

json shippedJson(const char* name) {
    auto text = readTextFile(std::string(HUICAI_ASSETS_DIR) + "/" + name);
    REQUIRE(text.ok());
    json j = json::parse(*text, nullptr, false);
    REQUIRE(j.is_object());
    return j;
}

} // namespace

TEST_CASE("catalog json: broken copies name the fault", "[S4.2][data][catalog]") {
    struct Case {
        int no;
        void (*breakIt)(json&);
        const char* key;
        const char* detail;
    };
    const Case cases[] = {
        {1, [](json& j) { j["items"].erase(5); }, "error.catalog.items", "expected A6 at position 6, found A7"},
        {2, [](json& j) { j["items"][8]["departments"][1] = "sd_nowhere"; }, "error.catalog.unknown_department", "A9: sd_nowhere"},
        {3, [](json& j) { j["items"][3]["mode"] = "walk_in"; }, "error.data.field", "items[3].mode"},
        {4, [](json& j) { j["items"][0].erase("nameEn"); }, "error.data.field", "items[0].nameEn"},
        {5, [](json& j) { j["items"][2]["promisedWorkingDays"] = "ten"; }, "error.data.field", "items[2].promisedWorkingDays"},
        {6, [](json& j) { j["agencies"][0]["department"] = 7; }, "error.data.field", "agencies[0].department"},
        {7, [](json& j) { j["items"][4]["agencies"][0] = 1; }, "error.data.field", "items[4].agencies[0]"},
        {8, [](json& j) { j.erase("departments"); }, "error.data.field", "departments"},
        {9, [](json& j) { j["items"][10]["promisedWorkingDays"] = 0; }, "error.catalog.days", "A11: 0"},
        {10, [](json& j) { j["items"].push_back(j["items"][29]); }, "error.catalog.duplicate", "A30"},
    };
    for (const Case& c : cases) {
        INFO("case " << c.no);
        json j = shippedJson("catalog.json");
        c.breakIt(j);
        auto r = parseCatalog(j.dump());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == c.key);
        CHECK(r.error().detail == c.detail);
    }
    auto notJson = parseCatalog("{\"items\": [");
    REQUIRE_FALSE(notJson.ok());
    CHECK(notJson.error().key == "error.data.json");
    CHECK(parseCatalog("[1, 2]").error().key == "error.data.json");
}

TEST_CASE("catalog json: an administrator's change survives a round trip", "[S4.2][data][catalog]") {
    auto loaded = loadCatalog(std::string(HUICAI_ASSETS_DIR) + "/catalog.json");
    REQUIRE(loaded.ok());
    Catalog c = *loaded;
    REQUIRE(c.setMode("A13", ObtainMode::Booked).ok());
    REQUIRE(c.setPromisedDays("A20", 3).ok());
    auto again = parseCatalog(catalogToJson(c));
    REQUIRE(again.ok());
    CHECK(again->item("A13")->mode == ObtainMode::Booked);
    CHECK(again->item("A20")->promisedWorkingDays == 3);
    CHECK_FALSE(again->item("A20")->promisedWorkingDays == loaded->item("A20")->promisedWorkingDays);
    CHECK_FALSE(again->item("A14")->promisedWorkingDays.has_value());
    CHECK(again->item("A9")->departments == loaded->item("A9")->departments);
    CHECK(again->item("A9")->descZh == loaded->item("A9")->descZh);
    CHECK(again->agencies().size() == loaded->agencies().size());
}

TEST_CASE("regions json: broken copies name the fault", "[S6.1.1][data][regions]") {
    json j = shippedJson("regions.json");
    SECTION("1: a county without a code") {
        j["cities"][2]["counties"][5].erase("code");
        auto r = parseRegions(j.dump());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().detail == "cities[2].counties[5].code");
    }
    SECTION("2: a city without counties") {
        j["cities"][1].erase("counties");
        CHECK(parseRegions(j.dump()).error().detail == "cities[1].counties");
    }
    SECTION("3: a zone with a numeric name") {
        j["cities"][0]["zones"][0]["name"] = 3;
        CHECK(parseRegions(j.dump()).error().detail == "cities[0].zones[0].name");
    }
    SECTION("4: a duplicated county code") {
        j["cities"][3]["counties"][0]["code"] = "370102";
        auto r = parseRegions(j.dump());
        CHECK(r.error().key == "error.regions.duplicate");
        CHECK(r.error().detail == "370102");
    }
    SECTION("5: no province") {
        j.erase("province");
        CHECK(parseRegions(j.dump()).error().detail == "province");
    }
}

TEST_CASE("regions json: a division without an English name is shown by its Chinese one", "[S6.1.1][data][regions]") {
    json j = shippedJson("regions.json");
    j["cities"][0]["counties"][0].erase("nameEn");
    j["cities"][0]["zones"][0].erase("nameEn");
    auto r = parseRegions(j.dump());
    REQUIRE(r.ok());
    const std::string county = j["cities"][0]["counties"][0]["code"], zone = j["cities"][0]["zones"][0]["code"];
    CHECK(r->region(county)->nameEn == r->region(county)->nameZh);
    CHECK(r->region(zone)->nameEn == r->region(zone)->nameZh);
    CHECK(r->region(j["cities"][0]["counties"][1]["code"].get<std::string>())->nameEn ==
          j["cities"][0]["counties"][1]["nameEn"].get<std::string>());
}

TEST_CASE("holidays json: errors leave the calendar unchanged", "[S7.1][data][calendar]") {
    WorkCalendar c;
    REQUIRE(loadHolidaysInto(std::string(HUICAI_ASSETS_DIR) + "/holidays.json", c).ok());
    REQUIRE(c.years() == std::vector<int>{2024, 2025, 2026});
    struct Case {
        int no;
        const char* text;
        const char* key;
        const char* detail;
    };
    const Case cases[] = {
        {1, R"({"years": {"2027": {"off": ["2027-02-30"], "work": []}}})", "error.data.field", "years.2027.off[0]"},
        {2, R"({"years": {"2027": {"off": [], "work": ["2027-01-04"]}}})", "error.calendar.makeup_not_weekend", "2027-01-04"},
        {3, R"({"years": {"2027": {"off": ["2028-01-01"], "work": []}}})", "error.calendar.wrong_year", "2028-01-01"},
        {4, R"({"years": {"27": {"off": [], "work": []}}})", "error.data.field", "years.27"},
        {5, R"({"years": {"2027": {"off": []}}})", "error.data.field", "years.2027.work"},
        {6, R"({"years": []})", "error.data.field", "years"},
        {7, R"({"years": {"2025": {"off": [], "work": []}, "2027": {"off": [5], "work": []}}})", "error.data.field", "years.2027.off[0]"},
        {8, "not json", "error.data.json", "holidays"},
    };
    for (const Case& k : cases) {
        INFO("case " << k.no);
        auto r = parseHolidaysInto(k.text, c);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == k.key);
        CHECK(r.error().detail == k.detail);
        CHECK(c.years() == std::vector<int>{2024, 2025, 2026});
        // Case 7 would have replaced 2025 with no holidays had it been applied.
        CHECK_FALSE(*c.isWorkingDay(Date::fromYmd({2025, 10, 1})));
    }
}

TEST_CASE("talent json: broken copies name the fault", "[S5.1][data][talent]") {
    json j = shippedJson("talent.json");
    SECTION("1: evidence without an id") {
        j["bases"][4]["evidence"][0].erase("id");
        CHECK(parseTalentReference(j.dump()).error().detail == "bases[4].evidence[0].id");
    }
    SECTION("2: an unknown class") {
        j["bases"][0]["class"] = "honorary";
        CHECK(parseTalentReference(j.dump()).error().detail == "bases[0].class");
    }
    SECTION("3: a flag of the wrong type") {
        j["bases"][12]["minYearsInKeyPost"] = "three";
        CHECK(parseTalentReference(j.dump()).error().detail == "bases[12].minYearsInKeyPost");
    }
    SECTION("4: a missing category fails validation") {
        j["categories"].erase(0);
        CHECK(parseTalentReference(j.dump()).error().key == "error.talent.categories");
    }
}

TEST_CASE("asset files: reading and locating", "[data][assets]") {
    auto missing = readTextFile("/nonexistent/huicai/file.json");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().key == "error.file.read");
    CHECK(missing.error().detail == "/nonexistent/huicai/file.json");

    const char* saved = std::getenv("HUICAI_ASSETS");
    const std::string before = saved ? saved : "";
    setenv("HUICAI_ASSETS", "/tmp/elsewhere", 1);
    CHECK(assetsDir() == "/tmp/elsewhere");
    CHECK(assetPath("catalog.json") == "/tmp/elsewhere/catalog.json");
    unsetenv("HUICAI_ASSETS");
    CHECK(assetsDir() == HUICAI_ASSETS_DIR);
    if (saved) setenv("HUICAI_ASSETS", before.c_str(), 1);
    CHECK(loadReference(assetsDir()).ok());
}
