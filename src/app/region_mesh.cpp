// Implements the map mesh's parser, its queries and the map's view.
#include "app/region_mesh.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace huicai::app {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Reads the file front to back; any read past its end marks it short.
struct Reader {
    std::string_view bytes;
    std::size_t at = 0;
    bool shortRead = false;

    bool take(void* out, std::size_t n) {
        if (bytes.size() - at < n) {
            shortRead = true;
            std::memset(out, 0, n);
            return false;
        }
        std::memcpy(out, bytes.data() + at, n);
        at += n;
        return true;
    }
    std::uint32_t u32() {
        unsigned char b[4];
        take(b, 4);
        return std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 | std::uint32_t(b[2]) << 16 | std::uint32_t(b[3]) << 24;
    }
    std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
    std::uint16_t u16() {
        unsigned char b[2];
        take(b, 2);
        return std::uint16_t(b[0] | b[1] << 8);
    }
    std::string code() {
        char b[8];
        take(b, 8);
        return std::string(b, strnlen(b, 8));
    }
    // Whether `count` records of `size` bytes can still follow (a count from a bad file
    // must not make the parser reserve gigabytes).
    bool fits(std::uint32_t count, std::size_t size) const { return std::uint64_t(count) * size <= bytes.size() - at; }
};

double cross(MeshPoint o, MeshPoint a, MeshPoint b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

} // namespace

std::optional<RegionMesh> parseRegionMesh(std::string_view bytes, std::string* error) {
    auto fail = [error](const char* why) -> std::optional<RegionMesh> {
        if (error) *error = why;
        return std::nullopt;
    };
    Reader r{bytes};
    char magic[4];
    if (!r.take(magic, 4) || std::memcmp(magic, "HCMP", 4) != 0) return fail("not a map mesh (no HCMP header)");
    if (r.u32() != 1) return fail("a map mesh of another version");
    RegionMesh m;
    m.originX = r.i32();
    m.originY = r.i32();
    m.unitsPerDegree = r.u32();
    std::uint32_t n[8];
    for (auto& x : n) x = r.u32();
    if (r.shortRead || m.unitsPerDegree == 0) return fail("the map mesh's header is cut short");
    const auto [vertexCount, indexCount, ringIndexCount, ringCount, shapeCount, segmentCount, groupCount, markerCount] =
        std::array<std::uint32_t, 8>{n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]};
    if (!r.fits(vertexCount, 4)) return fail("the map mesh is cut short");
    m.vertices.resize(vertexCount);
    for (auto& v : m.vertices) v = {r.u16(), r.u16()};
    if (!r.fits(indexCount, 4)) return fail("the map mesh is cut short");
    m.indices.resize(indexCount);
    for (auto& i : m.indices) i = r.u32();
    if (!r.fits(ringIndexCount, 4)) return fail("the map mesh is cut short");
    m.ringIndices.resize(ringIndexCount);
    for (auto& i : m.ringIndices) i = r.u32();
    if (!r.fits(ringCount, 12)) return fail("the map mesh is cut short");
    m.rings.resize(ringCount);
    for (auto& ring : m.rings) {
        ring.first = r.u32();
        ring.count = r.u32();
        ring.hole = r.u32() != 0;
    }
    if (!r.fits(shapeCount, 44)) return fail("the map mesh is cut short");
    m.shapes.resize(shapeCount);
    for (auto& s : m.shapes) {
        s.code = r.code();
        s.parent = r.code();
        s.labelX = r.u16();
        s.labelY = r.u16();
        s.minX = r.u16();
        s.minY = r.u16();
        s.maxX = r.u16();
        s.maxY = r.u16();
        s.firstIndex = r.u32();
        s.indexCount = r.u32();
        s.firstRing = r.u32();
        s.ringCount = r.u32();
    }
    if (!r.fits(segmentCount, 8)) return fail("the map mesh is cut short");
    m.segments.resize(segmentCount);
    for (auto& s : m.segments) s = {r.u32(), r.u32()};
    if (!r.fits(groupCount, 16)) return fail("the map mesh is cut short");
    m.groups.resize(groupCount);
    for (auto& g : m.groups) {
        g.parent = r.code();
        g.firstSegment = r.u32();
        g.segmentCount = r.u32();
    }
    if (!r.fits(markerCount, 20)) return fail("the map mesh is cut short");
    m.markers.resize(markerCount);
    for (auto& k : m.markers) {
        k.code = r.code();
        k.parent = r.code();
        k.x = r.u16();
        k.y = r.u16();
    }
    if (r.shortRead) return fail("the map mesh is cut short");
    if (r.at != bytes.size()) return fail("the map mesh has bytes past its end");

    // Every reference stays inside its array, so the drawing and the queries need no checks.
    const auto inside = [](std::uint64_t first, std::uint64_t count, std::size_t size) { return first + count <= size; };
    if (indexCount % 3 != 0) return fail("the map mesh's triangles are not whole");
    for (auto i : m.indices)
        if (i >= vertexCount) return fail("a triangle of the map mesh refers past its vertices");
    for (auto i : m.ringIndices)
        if (i >= vertexCount) return fail("an outline of the map mesh refers past its vertices");
    for (const auto& ring : m.rings)
        if (!inside(ring.first, ring.count, m.ringIndices.size()) || ring.count < 3)
            return fail("an outline of the map mesh is not whole");
    for (const auto& s : m.shapes)
        if (!inside(s.firstIndex, s.indexCount, m.indices.size()) || s.firstIndex % 3 || s.indexCount % 3 ||
            !inside(s.firstRing, s.ringCount, m.rings.size()) || s.code.empty())
            return fail("a shape of the map mesh refers past its arrays");
    for (const auto& s : m.segments)
        if (s[0] >= vertexCount || s[1] >= vertexCount) return fail("a border of the map mesh refers past its vertices");
    for (const auto& g : m.groups)
        if (!inside(g.firstSegment, g.segmentCount, m.segments.size())) return fail("a border group of the map mesh is not whole");
    return m;
}

const MeshShape* RegionMesh::shape(std::string_view code) const {
    for (const auto& s : shapes)
        if (s.code == code) return &s;
    return nullptr;
}

std::vector<const MeshShape*> RegionMesh::children(std::string_view parent) const {
    std::vector<const MeshShape*> out;
    for (const auto& s : shapes)
        if (s.parent == parent) out.push_back(&s);
    return out;
}

std::vector<const MeshMarker*> RegionMesh::markersOf(std::string_view parent) const {
    std::vector<const MeshMarker*> out;
    for (const auto& k : markers)
        if (k.parent == parent) out.push_back(&k);
    return out;
}

const MeshGroup* RegionMesh::group(std::string_view parent) const {
    for (const auto& g : groups)
        if (g.parent == parent) return &g;
    return nullptr;
}

bool RegionMesh::contains(const MeshShape& s, MeshPoint p) const {
    if (p.x < s.minX || p.x > s.maxX || p.y < s.minY || p.y > s.maxY) return false;
    for (std::uint32_t t = s.firstIndex; t < s.firstIndex + s.indexCount; t += 3) {
        const MeshPoint a = vertex(indices[t]), b = vertex(indices[t + 1]), c = vertex(indices[t + 2]);
        const double d1 = cross(a, b, p), d2 = cross(b, c, p), d3 = cross(c, a, p);
        const bool negative = d1 < 0 || d2 < 0 || d3<0, positive = d1> 0 || d2 > 0 || d3 > 0;
        if (!(negative && positive)) return true;
    }
    return false;
}

const MeshShape* RegionMesh::hit(std::string_view parent, MeshPoint p) const {
    for (const auto& s : shapes)
        if (s.parent == parent && contains(s, p)) return &s;
    return nullptr;
}

double RegionMesh::outlineArea(const MeshShape& s) const {
    double total = 0;
    for (std::uint32_t r = s.firstRing; r < s.firstRing + s.ringCount; ++r) {
        const MeshRing& ring = rings[r];
        double twice = 0;
        for (std::uint32_t i = 0; i < ring.count; ++i) {
            const MeshPoint a = vertex(ringIndices[ring.first + i]);
            const MeshPoint b = vertex(ringIndices[ring.first + (i + 1) % ring.count]);
            twice += a.x * b.y - b.x * a.y;
        }
        total += (ring.hole ? -1 : 1) * std::abs(twice) / 2;
    }
    return total;
}

double RegionMesh::triangleArea(const MeshShape& s) const {
    double total = 0;
    for (std::uint32_t t = s.firstIndex; t < s.firstIndex + s.indexCount; t += 3)
        total += std::abs(cross(vertex(indices[t]), vertex(indices[t + 1]), vertex(indices[t + 2]))) / 2;
    return total;
}

MeshPoint RegionMesh::degrees(MeshPoint p) const {
    return {(p.x + originX) / unitsPerDegree, (p.y + originY) / unitsPerDegree};
}

MeshPoint RegionMesh::fromDegrees(double lon, double lat) const {
    return {lon * unitsPerDegree - originX, lat * unitsPerDegree - originY};
}

std::array<double, 4> boundsOf(const std::vector<const MeshShape*>& shapes) {
    std::array<double, 4> b{1e9, 1e9, -1e9, -1e9};
    for (const auto* s : shapes) {
        b[0] = std::min<double>(b[0], s->minX);
        b[1] = std::min<double>(b[1], s->minY);
        b[2] = std::max<double>(b[2], s->maxX);
        b[3] = std::max<double>(b[3], s->maxY);
    }
    if (shapes.empty()) b = {0, 0, 1, 1};
    return b;
}

MapView MapView::fit(const RegionMesh& mesh, std::array<double, 4> b, float width, float height, float margin) {
    MapView v;
    v.width = width;
    v.height = height;
    v.centre = {(b[0] + b[2]) / 2, (b[1] + b[3]) / 2};
    const double lat = mesh.degrees(v.centre).y;
    v.xScale = std::cos(lat * kPi / 180.0);
    const double w = std::max(1.0, (b[2] - b[0]) * v.xScale), h = std::max(1.0, b[3] - b[1]);
    v.scale = std::max(1e-6, std::min((width - 2 * margin) / w, (height - 2 * margin) / h));
    return v;
}

std::array<float, 2> MapView::toScreen(MeshPoint p) const {
    return {float(width / 2 + (p.x - centre.x) * xScale * scale), float(height / 2 - (p.y - centre.y) * scale)};
}

MeshPoint MapView::toMesh(float sx, float sy) const {
    return {centre.x + (sx - width / 2) / (xScale * scale), centre.y - (sy - height / 2) / scale};
}

void MapView::zoomAt(float sx, float sy, double factor, double minScale, double maxScale) {
    const MeshPoint before = toMesh(sx, sy);
    scale = std::clamp(scale * factor, minScale, maxScale);
    const MeshPoint after = toMesh(sx, sy);
    centre.x += before.x - after.x;
    centre.y += before.y - after.y;
}

void MapView::pan(float dx, float dy) {
    centre.x -= dx / (xScale * scale);
    centre.y += dy / scale;
}

std::array<float, 4> MapView::affine() const {
    const double a = xScale * scale, c = -scale;
    return {float(a), float(width / 2 - centre.x * a), float(c), float(height / 2 - centre.y * c)};
}

} // namespace huicai::app
