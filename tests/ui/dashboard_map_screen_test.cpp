// The dashboard's map (S8.1.2; issue 15) drawn by App on the headless platform: every
// region of the level on show is an item with its name and figure (the map reads
// without being seen), a click on a city shows its counties and the back button the
// province, the zones without a boundary are markers, the GPU is asked to draw, and
// where the mesh does not load or the shaders do not compile the tile grid stands in
// with a word in the status bar.
#include "headless_browser.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace {

using namespace huicai;
namespace headless = huicai::platform::headless;
using nlohmann::json;
using screens::Browser;

// The labels of the items whose label starts with `prefix`.
std::vector<std::string> labelsStarting(const Browser& b, const std::string& prefix) {
    std::vector<std::string> out;
    for (const auto& w : b.widgets()) {
        const std::string label = w.at("label").get<std::string>();
        if (label.rfind(prefix, 0) == 0) out.push_back(label);
    }
    return out;
}

// The dashboard as the province's window.
void openDashboard(Browser& b, const std::string& lang) {
    b.open("#/dashboard", lang);
    b.click(lang == "en" ? "Act as Provincial window specialist" : "以省级窗口专员身份操作");
    b.frames(6);
}

// The province window's dashboard in English, its map drilled into Jinan.
void openJinanInEnglish(Browser& b) {
    openDashboard(b, "en");
    REQUIRE(b.scrollTo("Legend: 0% → 100%", 4));
    b.click(labelsStarting(b, "Jinan: ").at(0));
    b.frames(3);
}

} // namespace

TEST_CASE("dashboard map 1. the province window's map has its 16 cities as items with their figure, in zh and en", "[S8.1.2][map]") {
    const std::string lang = GENERATE(std::string("zh-CN"), std::string("en"));
    const platform::Viewport viewport = GENERATE(platform::Viewport{1280, 800, 1}, platform::Viewport{390, 844, 3});
    Browser b(viewport);
    openDashboard(b, lang);
    const std::string jinan = lang == "en" ? "Jinan: " : "济南市：";
    REQUIRE(b.scrollTo(lang == "en" ? "Legend: 0% → 100%" : "图例：0% → 100%", 4)); // the wheel over the map zooms it
    INFO(b.widgets().dump());
    const auto cities = labelsStarting(b, jinan);
    REQUIRE(cities.size() == 1);
    CHECK(cities[0].find(lang == "en" ? ", press for its counties" : "，按下查看区县") != std::string::npos);
    int regions = 0;
    for (const auto& w : b.widgets()) {
        const std::string label = w.at("label").get<std::string>();
        if (label.find(lang == "en" ? ", press for its counties" : "，按下查看区县") != std::string::npos) ++regions;
    }
    CHECK(regions == 16);
    // The GPU was asked to draw the map; no tile grid.
    CHECK(headless::page().mapDraws > 0);
}

TEST_CASE("dashboard map 2. a click on Jinan shows its counties and its zones, the back button the province", "[S8.1.2][map]") {
    Browser b(platform::Viewport{1280, 800, 1});
    openDashboard(b, "zh-CN");
    REQUIRE(b.scrollTo("图例：0% → 100%", 4));
    const auto jinan = labelsStarting(b, "济南市：");
    REQUIRE(jinan.size() == 1);
    b.click(jinan[0]);
    INFO(b.widgets().dump());
    CHECK(labelsStarting(b, "历下区：").size() == 1);
    CHECK(labelsStarting(b, "莱芜区：").size() == 1); // Laiwu, a city until 2019
    CHECK(labelsStarting(b, "青岛市：").empty());
    // The high-tech zone has no boundary: a marker at its seat.
    CHECK(labelsStarting(b, "济南高新技术产业开发区（").size() == 1);
    b.click("返回全省");
    CHECK(labelsStarting(b, "青岛市：").size() == 1);
    CHECK(labelsStarting(b, "历下区：").empty());
}

TEST_CASE("dashboard map 3. without the mesh or its shaders the tile grid stands in and the status bar says why", "[S8.1.2][map]") {
    const bool meshMissing = GENERATE(true, false);
    Browser b(platform::Viewport{1280, 800, 1});
    if (meshMissing) b.m_mapMesh = "";
    else b.m_mapGpu = false;
    openDashboard(b, "zh-CN");
    INFO(b.texts().dump());
    CHECK(b.showsText(meshMissing ? "地图未能加载，改以方格显示" : "地图着色器未能编译，改以方格显示"));
    // The tile grid: Jinan's tile, which drills nowhere.
    for (int i = 0; i < 10 && labelsStarting(b, "济南市：").empty(); ++i) {
        ImGui::GetIO().AddMouseWheelEvent(0, -1);
        b.frames(3);
    }
    const auto labels = labelsStarting(b, "济南市：");
    CHECK(std::count(labels.begin(), labels.end(), "济南市：无数据") == 1); // the tile (no task finished yet)
    for (const auto& l : labels) CHECK(l.find("按下查看区县") == std::string::npos);
    CHECK(headless::page().mapDraws == 0);
}

TEST_CASE("dashboard map 4. the wheel zooms the map about the pointer, the fit button restores it, a county pressed shows its figures", "[S8.1.2][map]") {
    Browser b(platform::Viewport{1280, 800, 1});
    openDashboard(b, "zh-CN");
    REQUIRE(b.scrollTo("图例：0% → 100%", 4));
    const auto at = [&](const std::string& prefix) {
        for (const auto& w : b.widgets())
            if (w.at("label").get<std::string>().rfind(prefix, 0) == 0)
                return std::pair<float, float>{w.at("x").get<float>() + w.at("w").get<float>() / 2, w.at("y").get<float>() + w.at("h").get<float>() / 2};
        FAIL("no item " << prefix);
        return std::pair<float, float>{};
    };
    const auto spread = [&] {
        const auto [x0, y0] = at("济南市：");
        const auto [x1, y1] = at("潍坊市：");
        return std::hypot(x1 - x0, y1 - y0);
    };
    const double before = spread();
    const json area = b.widget("地图区域：拖动平移，滚轮缩放，点击城市查看区县");
    REQUIRE(area.is_object());
    const auto [jx, jy] = at("济南市：");
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(jx, jy + 20);
    b.frames(2);
    io.AddMouseWheelEvent(0, 2);
    b.frames(4);
    INFO(b.widgets().dump());
    CHECK(spread() > before * 1.4);
    // The point under the pointer stays: Jinan's name moved little, the page did not scroll.
    CHECK(std::abs(at("济南市：").first - jx) < 40);
    CHECK(b.widget("地图区域：拖动平移，滚轮缩放，点击城市查看区县").at("y") == area.at("y"));
    b.click("地图复位");
    CHECK(spread() == Approx(before).margin(1.0));

    // Into Jinan; a county pressed shows its figures under the map.
    b.click(labelsStarting(b, "济南市：").at(0));
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    b.frames(3);
    CHECK(b.showsText("指向或轻点一个地区，查看其数据"));
    CHECK_FALSE(b.showsText("申请 0 件，发卡 0 张，评价 0 条"));
    b.click(labelsStarting(b, "历下区：").at(0));
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    b.frames(3);
    CHECK(b.showsText("申请 0 件，发卡 0 张，评价 0 条"));
    CHECK_FALSE(b.showsText("指向或轻点一个地区，查看其数据"));
}

TEST_CASE("dashboard map 5. in English a county is named in English, printed on the map without its kind", "[S8.1.2][map]") {
    Browser b(platform::Viewport{1280, 800, 1});
    openJinanInEnglish(b);
    INFO(b.widgets().dump());
    // The item carries the whole name; the name printed over the map, and so the
    // item's width, is "Lixia" (a county's name is printed at 0.85 of the body size).
    const auto lixia = labelsStarting(b, "Lixia District: ");
    REQUIRE(lixia.size() == 1);
    CHECK(labelsStarting(b, "历下区").empty());
    const float size = ImGui::GetFontSize() * 0.85f;
    const auto textWidth = [&](const char* s) { return ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0, s).x; };
    const float width = b.widget(lixia[0]).at("w").get<float>();
    CHECK(width == Approx(textWidth("Lixia") + 6).margin(1.0));
    CHECK(width < textWidth("Lixia District"));
}

TEST_CASE("dashboard map 6. each app has its own map: a new one shows the province, whichever city an earlier one showed", "[S8.1.2][map]") {
    {
        Browser first(platform::Viewport{1280, 800, 1});
        openJinanInEnglish(first);
        REQUIRE(labelsStarting(first, "Lixia District: ").size() == 1);
    }
    Browser second(platform::Viewport{1280, 800, 1});
    openDashboard(second, "en");
    REQUIRE(second.scrollTo("Legend: 0% → 100%", 4));
    INFO(second.widgets().dump());
    CHECK(labelsStarting(second, "Jinan: ").size() == 1);
    CHECK(labelsStarting(second, "Lixia District: ").empty());
    CHECK(labelsStarting(second, "Back to the province").empty());
}
