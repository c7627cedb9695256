// Tests of the service catalogue as shipped in assets/catalog.json: one numbered case
// per item of Annex A (its name from Table 1, its mode, a competent department and a
// phrase of the standard's description), validation, search and the administrator's
// changes of mode and time limit.
#include "core/catalog.h"
#include "data/catalog_json.h"
#include "workflow_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace huicai;
using wf::has;

namespace {

const Catalog& shippedCatalog() {
    static const Catalog catalog = [] {
        auto r = loadCatalog(HUICAI_ASSETS_DIR "/catalog.json");
        INFO((r.ok() ? std::string() : r.error().key + " " + r.error().detail));
        REQUIRE(r.ok());
        return *r;
    }();
    return catalog;
}

void checkItem(int number, const char* nameZh, ObtainMode mode, const char* department, const char* phrase) {
    const std::string code = "A" + std::to_string(number);
    INFO("item " << code);
    const ServiceItem* item = shippedCatalog().item(code);
    REQUIRE(item != nullptr);
    CHECK(item->number == number);
    CHECK(item->nameZh == nameZh);
    CHECK(item->mode == mode);
    CHECK(has(item->departments, department));
    CHECK(item->descZh.find(phrase) != std::string::npos);
    CHECK_FALSE(item->nameEn.empty());
    CHECK_FALSE(item->descEn.empty());
    CHECK_FALSE(item->agencies.empty());
    // Items obtained by application carry a time limit (S7.4); the others are served on
    // the spot or by invitation.
    CHECK(item->promisedWorkingDays.has_value() == (mode == ObtainMode::Application));
}

constexpr auto App = ObtainMode::Application;
constexpr auto WithCard = ObtainMode::DirectWithCard;
constexpr auto Book = ObtainMode::Booked;
constexpr auto Invite = ObtainMode::Invitation;

} // namespace

TEST_CASE("catalogue item 1: entry and exit", "[S4.2][A1][core][catalog]") { checkItem(1, "出入境服务", App, "sd_public_security", "R字签证"); }
TEST_CASE("catalogue item 2: residence permit", "[S4.2][A2][core][catalog]") { checkItem(2, "居留许可", App, "sd_public_security", "外国人永久居留身份证"); }
TEST_CASE("catalogue item 3: household registration", "[S4.2][A3][core][catalog]") { checkItem(3, "户籍办理", App, "sd_public_security", "集体户"); }
TEST_CASE("catalogue item 4: housing", "[S4.2][A4][core][catalog]") { checkItem(4, "住房保障", App, "sd_housing", "柔性引进人才在鲁购房"); }
TEST_CASE("catalogue item 5: staffing quota", "[S4.2][A5][core][catalog]") { checkItem(5, "编制管理", App, "sd_staffing", "实名制管理"); }
TEST_CASE("catalogue item 6: title evaluation", "[S4.2][A6][core][catalog]") { checkItem(6, "职称评审", App, "sd_hrss", "海外工作经历"); }
TEST_CASE("catalogue item 7: post appointment", "[S4.2][A7][core][catalog]") { checkItem(7, "岗位聘用", App, "sd_hrss", "特设岗位"); }
TEST_CASE("catalogue item 8: pay", "[S4.2][A8][core][catalog]") { checkItem(8, "薪酬管理", App, "sd_hrss", "年薪制"); }
TEST_CASE("catalogue item 9: spouse employment", "[S4.2][A9][core][catalog]") { checkItem(9, "配偶就业", App, "sd_hrss", "不超过3年"); }
TEST_CASE("catalogue item 10: children's schooling", "[S4.2][A10][core][catalog]") { checkItem(10, "子女入学", App, "sd_education", "一事一议"); }
TEST_CASE("catalogue item 11: health care", "[S4.2][A11][core][catalog]") { checkItem(11, "医疗保健", Book, "sd_health", "预约就诊"); }
TEST_CASE("catalogue item 12: social insurance", "[S4.2][A12][core][catalog]") { checkItem(12, "社会保险", App, "sd_hrss", "省社会保险事业局"); }
TEST_CASE("catalogue item 13: rail", "[S4.2][A13][core][catalog]") { checkItem(13, "铁路服务", WithCard, "cr_jinan", "济南西站"); }
TEST_CASE("catalogue item 14: air", "[S4.2][A14][core][catalog]") { checkItem(14, "乘机服务", WithCard, "sd_airport", "机场"); }
TEST_CASE("catalogue item 15: ferry", "[S4.2][A15][core][catalog]") { checkItem(15, "轮渡服务", WithCard, "sd_transport", "轮渡"); }
TEST_CASE("catalogue item 16: vehicle administration", "[S4.2][A16][core][catalog]") { checkItem(16, "车管服务", WithCard, "sd_public_security", "驾驶证"); }
TEST_CASE("catalogue item 17: tourism", "[S4.2][A17][core][catalog]") { checkItem(17, "旅游服务", WithCard, "sd_culture_tourism", "3A级以上"); }
TEST_CASE("catalogue item 18: fitness", "[S4.2][A18][core][catalog]") { checkItem(18, "健身服务", WithCard, "sd_sports", "公共体育场馆"); }
TEST_CASE("catalogue item 19: recuperation", "[S4.2][A19][core][catalog]") { checkItem(19, "休假疗养", Invite, "sd_hrss", "专家休假"); }
TEST_CASE("catalogue item 20: market access", "[S4.2][A20][core][catalog]") { checkItem(20, "市场准入", App, "sd_market", "即时审核"); }
TEST_CASE("catalogue item 21: tax service", "[S4.2][A21][core][catalog]") { checkItem(21, "税务服务", Book, "sd_tax", "一对一"); }
TEST_CASE("catalogue item 22: tax preferences", "[S4.2][A22][core][catalog]") { checkItem(22, "税收优惠", App, "sd_tax", "免征个人所得税"); }
TEST_CASE("catalogue item 23: research service", "[S4.2][A23][core][catalog]") { checkItem(23, "科研服务", App, "sd_science_tech", "不涉密"); }
TEST_CASE("catalogue item 24: customs", "[S4.2][A24][core][catalog]") { checkItem(24, "海关服务", App, "qingdao_customs", "预约加班"); }
TEST_CASE("catalogue item 25: finance", "[S4.2][A25][core][catalog]") { checkItem(25, "金融服务", WithCard, "pbc_shandong", "商业银行"); }
TEST_CASE("catalogue item 26: foreign exchange", "[S4.2][A26][core][catalog]") { checkItem(26, "外汇服务", App, "safe_shandong", "信用证"); }
TEST_CASE("catalogue item 27: policy promotion", "[S4.2][A27][core][catalog]") { checkItem(27, "政策宣传支持", Invite, "sd_talent_office", "优先受邀"); }
TEST_CASE("catalogue item 28: industry visits", "[S4.2][A28][core][catalog]") { checkItem(28, "产业环境考察", Invite, "sd_industry", "产业环境考察活动"); }
TEST_CASE("catalogue item 29: project promotion", "[S4.2][A29][core][catalog]") { checkItem(29, "项目推介", Invite, "sd_hrss", "需求汇编"); }
TEST_CASE("catalogue item 30: other services", "[S4.2][A30][core][catalog]") { checkItem(30, "其他服务", App, "sd_talent_office", "叠加"); }

TEST_CASE("catalogue: the shipped file validates, with several multi-department items", "[S4.2][S7.4][core][catalog]") {
    const Catalog& c = shippedCatalog();
    REQUIRE(c.validate().ok());
    REQUIRE(c.items().size() == 30);
    for (const char* code : {"A9", "A10", "A22", "A30"}) {
        INFO(code);
        CHECK(c.item(code)->isMultiDepartment());
        CHECK(c.item(code)->mode == ObtainMode::Application);
    }
    CHECK_FALSE(c.item("A3")->isMultiDepartment());
    CHECK(c.item("A31") == nullptr);
    CHECK(c.item("") == nullptr);
    // Every department named by an item exists and has at least one item.
    for (const auto& d : c.departments()) {
        INFO(d.id);
        CHECK_FALSE(c.itemsOfDepartment(d.id).empty());
    }
    const Agency* exitEntry = c.agency("sd_exit_entry");
    REQUIRE(exitEntry != nullptr);
    CHECK(exitEntry->departmentId == "sd_public_security");
    CHECK(c.agenciesOf("sd_public_security").size() >= 3);
}

TEST_CASE("catalogue: validate catches structural errors", "[S4.2][core][catalog]") {
    SECTION("1: a missing item") {
        Catalog base = shippedCatalog();
        std::vector<ServiceItem> items = base.items();
        items.erase(items.begin() + 5);
        Catalog broken(base.departments(), base.agencies(), items);
        auto s = broken.validate();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.catalog.items");
        CHECK(s.error().detail.find("A6") != std::string::npos);
    }
    SECTION("2: an unknown department") {
        Catalog base = shippedCatalog();
        std::vector<ServiceItem> items = base.items();
        items[8].departments.push_back("sd_nowhere");
        auto s = Catalog(base.departments(), base.agencies(), items).validate();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.catalog.unknown_department");
        CHECK(s.error().detail == "A9: sd_nowhere");
    }
    SECTION("3: an agency of another department") {
        Catalog base = shippedCatalog();
        std::vector<ServiceItem> items = base.items();
        items[0].agencies.push_back("sd_sports_venues");
        auto s = Catalog(base.departments(), base.agencies(), items).validate();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.catalog.agency_department");
        CHECK(s.error().detail == "A1: sd_sports_venues");
    }
    SECTION("4: a duplicated code") {
        Catalog base = shippedCatalog();
        std::vector<ServiceItem> items = base.items();
        items[1].code = "A1";
        auto s = Catalog(base.departments(), base.agencies(), items).validate();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.catalog.duplicate");
    }
    SECTION("5: an unknown agency") {
        Catalog base = shippedCatalog();
        std::vector<ServiceItem> items = base.items();
        items[29].agencies = {"nobody"};
        auto s = Catalog(base.departments(), base.agencies(), items).validate();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.catalog.unknown_agency");
        CHECK(s.error().detail == "A30: nobody");
    }
    SECTION("6b: a department with neither an agency of the item nor direct handling (A10's talent office)") {
        Catalog base = shippedCatalog();
        std::vector<ServiceItem> items = base.items();
        REQUIRE(items[9].directHandling == std::vector<std::string>{"sd_talent_office"});
        items[9].directHandling.clear();
        auto s = Catalog(base.departments(), base.agencies(), items).validate();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.catalog.no_route");
        CHECK(s.error().detail == "A10: sd_talent_office");
    }
    SECTION("6c: direct handling names a department that is not competent for the item") {
        Catalog base = shippedCatalog();
        std::vector<ServiceItem> items = base.items();
        items[0].directHandling = {"sd_education"};
        auto s = Catalog(base.departments(), base.agencies(), items).validate();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.catalog.unknown_department");
        CHECK(s.error().detail == "A1: sd_education");
    }
    SECTION("6: an item with no department") {
        Catalog base = shippedCatalog();
        std::vector<ServiceItem> items = base.items();
        items[3].departments.clear();
        items[3].agencies.clear();
        auto s = Catalog(base.departments(), base.agencies(), items).validate();
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().key == "error.catalog.unknown_department");
    }
}

TEST_CASE("catalogue: every department of every item has a route to handled", "[S4.2][S7.4][A10][A30][core][catalog]") {
    const Catalog c = shippedCatalog();
    for (const auto& i : c.items())
        for (const auto& d : i.departments) {
            const bool agency = std::any_of(i.agencies.begin(), i.agencies.end(), [&](const std::string& a) {
                return c.agency(a) && c.agency(a)->departmentId == d;
            });
            const bool direct = std::find(i.directHandling.begin(), i.directHandling.end(), d) != i.directHandling.end();
            INFO(i.code << ": " << d);
            CHECK((agency || direct));
        }
}

TEST_CASE("catalogue: every item's promised time limit is marked as this system's default", "[S4.2][S7.4][A1][A2][A12][A20][core][catalog]") {
    // The standard gives time limits for the card only (5.1: 7 and 14 working days);
    // every item's figure is this system's own, shown as such.
    for (const auto& i : shippedCatalog().items()) {
        INFO(i.code);
        if (i.promisedWorkingDays) CHECK(i.daysAreDefault);
    }
}

TEST_CASE("catalogue: search in Chinese and English", "[S4.2][core][catalog]") {
    const Catalog& c = shippedCatalog();
    auto codes = [](const std::vector<const ServiceItem*>& v) {
        std::vector<std::string> out;
        for (auto* i : v) out.push_back(i->code);
        return out;
    };
    CHECK(c.search("").size() == 30);
    CHECK(codes(c.search("签证")) == std::vector<std::string>{"A1"});
    CHECK(codes(c.search("子女")) == std::vector<std::string>{"A3", "A10", "A22"});
    CHECK(codes(c.search("VISA")) == std::vector<std::string>{"A1"}); // ASCII case-insensitive
    CHECK(codes(c.search("customs")) == std::vector<std::string>{"A24"});
    CHECK(codes(c.search("轮渡")) == std::vector<std::string>{"A15"});
    CHECK(c.search("no such words").empty());
    const auto card = c.search("惠才卡");
    CHECK(card.size() >= 6);
    CHECK(std::is_sorted(card.begin(), card.end(), [](auto* a, auto* b) { return a->number < b->number; }));
}

TEST_CASE("catalogue: a window administrator changes mode and time limit", "[S4.2][S7.3][S7.4][core][catalog]") {
    Catalog c = shippedCatalog();
    REQUIRE(isDirectMode(c.item("A16")->mode));
    REQUIRE(c.setMode("A16", ObtainMode::Application).ok());
    CHECK(c.item("A16")->mode == ObtainMode::Application);
    CHECK_FALSE(isDirectMode(c.item("A16")->mode));
    REQUIRE(c.setMode("A9", ObtainMode::Booked).ok());
    CHECK(isDirectMode(c.item("A9")->mode));

    REQUIRE(c.item("A3")->daysAreDefault);
    REQUIRE(c.setPromisedDays("A3", 5).ok());
    CHECK(c.item("A3")->promisedWorkingDays == 5);
    CHECK_FALSE(c.item("A3")->daysAreDefault);
    CHECK(c.validate().ok());

    auto bad = c.setMode("A31", ObtainMode::Booked);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().key == "error.catalog.unknown_item");
    auto zero = c.setPromisedDays("A3", 0);
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().key == "error.catalog.days");
    CHECK(c.item("A3")->promisedWorkingDays == 5);
}

TEST_CASE("catalogue: mode ids round-trip", "[S4.2][core][catalog]") {
    for (ObtainMode m : {ObtainMode::DirectWithCard, ObtainMode::Booked, ObtainMode::Application, ObtainMode::Invitation})
        CHECK(parseObtainMode(obtainModeId(m)) == m);
    CHECK_FALSE(parseObtainMode("direct").has_value());
}
