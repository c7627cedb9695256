// Tests of the region tree as shipped in assets/regions.json: 16 cities and 151
// county-level divisions (also counted in the shared GB/T 2260 data beside the
// repository when it is there), the escalation chain of a county, a city and a key
// functional zone, isWithin, and validation of broken trees.
#include "core/regions.h"
#include "data/asset_files.h"
#include "shipped_reference.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

using namespace huicai;

namespace {

const RegionTree& shippedRegions() { return shippedReference().regions; }

int countLevel(const RegionTree& t, RegionLevel level) {
    int n = 0;
    for (const auto& r : t.all()) n += r.level == level ? 1 : 0;
    return n;
}

std::vector<std::string> codes(const std::vector<const Region*>& v) {
    std::vector<std::string> out;
    for (auto* r : v) out.push_back(r->code);
    return out;
}

} // namespace

TEST_CASE("regions: the province, 16 cities and 151 county-level divisions", "[S6.1.1][core][regions]") {
    const RegionTree& t = shippedRegions();
    REQUIRE(t.validate().ok());
    REQUIRE(t.province() != nullptr);
    CHECK(t.province()->code == "370000");
    CHECK(t.province()->nameZh == "山东省");
    CHECK(t.cities().size() == 16);
    CHECK(countLevel(t, RegionLevel::County) == 151);
    CHECK(countLevel(t, RegionLevel::Zone) >= 3);
    const char* english[] = {"Jinan", "Qingdao", "Zibo", "Zaozhuang", "Dongying", "Yantai", "Weifang", "Jining",
                             "Tai'an", "Weihai", "Rizhao", "Linyi", "Dezhou", "Liaocheng", "Binzhou", "Heze"};
    const auto cities = t.cities();
    REQUIRE(cities.size() == 16);
    for (std::size_t i = 0; i < cities.size(); ++i) CHECK(cities[i]->nameEn == english[i]);
}

TEST_CASE("regions: every county and zone has its name in English", "[S6.1.1][core][regions]") {
    const RegionTree& t = shippedRegions();
    int named = 0;
    for (const auto& r : t.all()) {
        INFO(r.code << " " << r.nameZh << " / " << r.nameEn);
        REQUIRE_FALSE(r.nameEn.empty());
        CHECK(r.nameEn != r.nameZh);
        CHECK(std::all_of(r.nameEn.begin(), r.nameEn.end(), [](char c) { return c > 0 && c < 0x7f; }));
        ++named;
    }
    CHECK(named == 1 + 16 + 151 + countLevel(t, RegionLevel::Zone));
    // The pinyin of names whose characters read otherwise elsewhere.
    CHECK(t.region("370102")->nameEn == "Lixia District");
    CHECK(t.region("371722")->nameEn == "Shan County");   // 单县, not Dan
    CHECK(t.region("371522")->nameEn == "Shen County");   // 莘县, not Xin
    CHECK(t.region("371524")->nameEn == "Dong'e County"); // 东阿县, not Dong'a
    CHECK(t.region("371481")->nameEn == "Laoling City");  // 乐陵市, not Leling
    CHECK(t.region("371425")->nameEn == "Qihe County");
}

TEST_CASE("regions: every division of the shared GB/T 2260 data is copied faithfully", "[S6.1.1][core][regions]") {
    auto text = readTextFile(HUICAI_SOURCE_DIR "/../shared/data/shandong-regions.json");
    if (!text.ok()) {
        WARN("shared data not found beside the repository; the 151 count above still holds");
        return;
    }
    auto j = nlohmann::json::parse(*text, nullptr, false);
    REQUIRE(j.is_object());
    const RegionTree& t = shippedRegions();
    int counties = 0;
    for (const auto& city : j["cities"]) {
        const std::string cityCode = city["code"].get<std::string>();
        const Region* c = t.region(cityCode);
        REQUIRE(c != nullptr);
        CHECK(c->nameZh == city["name"].get<std::string>());
        for (const auto& county : city["counties"]) {
            ++counties;
            const Region* r = t.region(county["code"].get<std::string>());
            REQUIRE(r != nullptr);
            CHECK(r->nameZh == county["name"].get<std::string>());
            CHECK(r->parent == cityCode);
            CHECK(r->level == RegionLevel::County);
        }
    }
    CHECK(counties == countLevel(t, RegionLevel::County));
}

TEST_CASE("regions: the escalation chain to the province", "[S6.1.1][S7.1][core][regions]") {
    const RegionTree& t = shippedRegions();
    CHECK(codes(t.chainToProvince("370102")) == std::vector<std::string>{"370102", "370100", "370000"});   // 历下区
    CHECK(codes(t.chainToProvince("370211")) == std::vector<std::string>{"370211", "370200", "370000"});   // 黄岛区
    CHECK(codes(t.chainToProvince("371700")) == std::vector<std::string>{"371700", "370000"});             // 菏泽市
    CHECK(codes(t.chainToProvince("Z370201")) == std::vector<std::string>{"Z370201", "370200", "370000"}); // 青岛片区
    CHECK(codes(t.chainToProvince("370000")) == std::vector<std::string>{"370000"});
    CHECK(t.chainToProvince("999999").empty());
    CHECK(t.parent("370000") == nullptr);
    CHECK(t.parent("Z370101")->code == "370100");
    CHECK(t.region("Z370101")->level == RegionLevel::Zone);
}

TEST_CASE("regions: isWithin and children", "[S6.1.1][core][regions]") {
    const RegionTree& t = shippedRegions();
    CHECK(t.isWithin("370102", "370102"));
    CHECK(t.isWithin("370102", "370100"));
    CHECK(t.isWithin("370102", "370000"));
    CHECK_FALSE(t.isWithin("370102", "370200"));
    CHECK_FALSE(t.isWithin("370100", "370102"));
    CHECK(t.isWithin("Z370601", "370600"));
    CHECK_FALSE(t.isWithin("Z370601", "370100"));
    CHECK_FALSE(t.isWithin("999999", "370000"));
    CHECK_FALSE(t.isWithin("370102", "999999"));
    const auto jinan = codes(t.children("370100"));
    CHECK(jinan.size() == 13 + 2); // 13 county-level divisions and 2 zones
    CHECK(jinan.front() == "370102");
    CHECK(t.children("370000").size() == 16);
    CHECK(t.children("370102").empty());
}

TEST_CASE("regions: validation of broken trees", "[S6.1.1][core][regions]") {
    using L = RegionLevel;
    const Region province{"370000", "山东省", "Shandong", L::Province, ""};
    const Region city{"370100", "济南市", "Jinan", L::City, "370000"};
    SECTION("1: an unknown parent") {
        RegionTree t({province, city, {"370102", "历下区", "历下区", L::County, "379900"}});
        auto s = t.validate();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.regions.unknown_parent");
    }
    SECTION("2: a duplicate code") {
        RegionTree t({province, city, city});
        CHECK(t.validate().error().key == "error.regions.duplicate");
    }
    SECTION("3: a county directly under the province") {
        RegionTree t({province, city, {"370102", "历下区", "历下区", L::County, "370000"}});
        CHECK(t.validate().error().key == "error.regions.level");
    }
    SECTION("4: no province") {
        RegionTree t({city});
        CHECK(t.validate().error().key == "error.regions.province");
    }
    SECTION("5: a zone under a county") {
        RegionTree t({province, city, {"370102", "历下区", "历下区", L::County, "370100"}, {"Z1", "区", "Zone", L::Zone, "370102"}});
        CHECK(t.validate().error().key == "error.regions.level");
    }
}
