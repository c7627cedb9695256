// The dashboard map's mesh as the build makes it (tools/map/build_map.mjs) and as the app
// reads it (app/region_mesh.h): one shape for every city and county of the reference
// regions that has a boundary, a marker for every zone without one, triangles that
// cover each outline, a point found in its region, a damaged file refused, and the
// view's arithmetic.
#include "app/region_mesh.h"
#include "data/regions_json.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

namespace {

using namespace huicai;
using namespace huicai::app;

std::string meshBytes() {
    std::ifstream in(HUICAI_MAP_MESH_FILE, std::ios::binary);
    std::ostringstream all;
    all << in.rdbuf();
    return all.str();
}

const RegionMesh& builtMesh() {
    static const RegionMesh mesh = [] {
        std::string error;
        auto m = parseRegionMesh(meshBytes(), &error);
        INFO(error);
        REQUIRE(m);
        return *m;
    }();
    return mesh;
}

RegionTree referenceRegions() {
    auto r = loadRegions(std::string(HUICAI_ASSETS_DIR) + "/regions.json");
    REQUIRE(r.ok());
    return r.value();
}

// A county-level code of a development zone (GB/T 2260 gives them 7x): no boundary of its own.
bool zoneCode(const std::string& code) { return code[0] == 'Z' || (code.size() == 6 && code[4] == '7'); }

} // namespace

TEST_CASE("map mesh 1. every city and county with a boundary has exactly one shape, every zone a marker", "[S8.1.2][map]") {
    const RegionMesh& mesh = builtMesh();
    const RegionTree regions = referenceRegions();
    int cities = 0, counties = 0, markers = 0;
    for (const Region* city : regions.cities()) {
        INFO(city->code << " " << city->nameZh);
        int found = 0;
        for (const auto& s : mesh.shapes) found += s.code == city->code ? 1 : 0;
        CHECK(found == 1);
        REQUIRE(mesh.shape(city->code));
        CHECK(mesh.shape(city->code)->parent == "370000");
        ++cities;
        for (const Region* county : regions.children(city->code)) {
            INFO(county->code << " " << county->nameZh);
            int shapes = 0, marks = 0;
            for (const auto& s : mesh.shapes) shapes += s.code == county->code ? 1 : 0;
            for (const auto& k : mesh.markers) marks += k.code == county->code && k.parent == city->code ? 1 : 0;
            if (zoneCode(county->code)) {
                CHECK(shapes == 0);
                CHECK(marks == 1);
                ++markers;
            } else {
                CHECK(shapes == 1);
                CHECK(marks == 0);
                REQUIRE(mesh.shape(county->code));
                CHECK(mesh.shape(county->code)->parent == city->code);
                ++counties;
            }
        }
    }
    CHECK(cities == 16);
    CHECK(counties >= 130); // Shandong's county-level divisions with a boundary
    CHECK(markers >= 20);   // its development and key zones
    CHECK(mesh.shapes.size() == std::size_t(cities + counties));
    // Each level has its borders.
    REQUIRE(mesh.group("370000"));
    CHECK(mesh.group("370000")->segmentCount > 100);
    for (const Region* city : regions.cities()) CHECK(mesh.group(city->code));
}

TEST_CASE("map mesh 2. the triangles cover each shape's outline within 0.1 per cent", "[S8.1.2][map]") {
    const RegionMesh& mesh = builtMesh();
    for (const auto& s : mesh.shapes) {
        INFO(s.code);
        const double outline = mesh.outlineArea(s), triangles = mesh.triangleArea(s);
        REQUIRE(outline > 0);
        CHECK(std::abs(triangles - outline) / outline <= 0.001);
        // The label point lies inside the shape.
        CHECK(mesh.contains(s, {double(s.labelX), double(s.labelY)}));
    }
    // Laiwu (a city until 2019) is part of Jinan: Jinan's shape covers Laiwu district.
    const auto* jinan = mesh.shape("370100");
    const auto* laiwu = mesh.shape("370116");
    REQUIRE(jinan);
    REQUIRE(laiwu);
    CHECK(mesh.contains(*jinan, {double(laiwu->labelX), double(laiwu->labelY)}));
}

TEST_CASE("map mesh 3. a place is found in its city and in its county", "[S8.1.2][map]") {
    const RegionMesh& mesh = builtMesh();
    struct Place {
        double lon, lat;
        const char *city, *county;
    };
    // Seats of county governments (the map data's own centre points).
    const Place places[] = {{117.076441, 36.666465, "370100", "370102"},  // 历下区
                            {120.412392, 36.075651, "370200", "370202"},  // 市南区 (Qingdao)
                            {121.400445, 37.541475, "370600", "370602"}}; // 芝罘区 (Yantai)
    for (const auto& p : places) {
        INFO(p.county);
        const MeshPoint at = mesh.fromDegrees(p.lon, p.lat);
        const auto* city = mesh.hit("370000", at);
        REQUIRE(city);
        CHECK(city->code == p.city);
        const auto* county = mesh.hit(p.city, at);
        REQUIRE(county);
        CHECK(county->code == p.county);
    }
    // The Yellow Sea is no region.
    CHECK_FALSE(mesh.hit("370000", mesh.fromDegrees(123.5, 36.0)));
}

TEST_CASE("map mesh 4. a damaged file is refused with a reason, not read past its end", "[S8.1.2][map]") {
    const std::string bytes = meshBytes();
    std::string error;
    for (std::size_t cut : {std::size_t(0), std::size_t(3), std::size_t(20), std::size_t(60), bytes.size() / 2, bytes.size() - 1}) {
        INFO(cut);
        error.clear();
        CHECK_FALSE(parseRegionMesh(bytes.substr(0, cut), &error));
        CHECK_FALSE(error.empty());
    }
    // A triangle that names a vertex past the end.
    const RegionMesh& mesh = builtMesh();
    std::string bad = bytes;
    const std::size_t firstIndex = 4 + 4 + 12 + 32 + mesh.vertices.size() * 4;
    const std::uint32_t past = std::uint32_t(mesh.vertices.size());
    bad.replace(firstIndex, 4, std::string(reinterpret_cast<const char*>(&past), 4));
    CHECK_FALSE(parseRegionMesh(bad, &error));
    CHECK(error.find("vertices") != std::string::npos);
    CHECK(parseRegionMesh(bytes, &error));
}

TEST_CASE("map mesh 5. the view fits a level, keeps the point under the pointer while zooming, and pans", "[S8.1.2][map]") {
    const RegionMesh& mesh = builtMesh();
    const auto cities = mesh.children("370000");
    const auto bounds = boundsOf(cities);
    MapView v = MapView::fit(mesh, bounds, 600, 400, 10);
    for (const auto* s : cities) {
        for (const auto& corner : {MeshPoint{double(s->minX), double(s->minY)}, MeshPoint{double(s->maxX), double(s->maxY)}}) {
            const auto p = v.toScreen(corner);
            CHECK(p[0] >= 9.9f);
            CHECK(p[0] <= 590.1f);
            CHECK(p[1] >= 9.9f);
            CHECK(p[1] <= 390.1f);
        }
    }
    // North is up: a northern point is drawn higher.
    CHECK(v.toScreen({0, 1000})[1] < v.toScreen({0, 0})[1]);
    const MeshPoint under = v.toMesh(200, 150);
    v.zoomAt(200, 150, 2.0, 0, 1e9);
    const auto after = v.toScreen(under);
    CHECK(after[0] == Approx(200).margin(0.01));
    CHECK(after[1] == Approx(150).margin(0.01));
    v.pan(30, -20);
    const auto moved = v.toScreen(under);
    CHECK(moved[0] == Approx(230).margin(0.01));
    CHECK(moved[1] == Approx(130).margin(0.01));
    // The shaders' affine map puts a point where toScreen does.
    const auto a = v.affine();
    CHECK(a[0] * float(under.x) + a[1] == Approx(moved[0]).margin(0.05));
    CHECK(a[2] * float(under.y) + a[3] == Approx(moved[1]).margin(0.05));
}
