// The dashboard map's mesh: Shandong's cities and counties as triangles, outlines and
// border segments, built at build time by tools/map/build_map.mjs from the ECharts map
// data (README, "The map") into one little-endian file that the dashboard fetches the
// first time it opens. Coordinates are integers in 1/1024 of a degree from the file's
// origin (north is +y), exactly as the source quantises them. This file parses it and
// answers what the map widget asks: the shapes below a region, which one is under a
// point, a shape's area. Pure: no GL, no browser.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::app {

struct MeshPoint {
    double x = 0, y = 0; // mesh units (1/unitsPerDegree of a degree from the origin)
};

struct MeshRing {
    std::uint32_t first = 0, count = 0; // into RegionMesh::ringIndices
    bool hole = false;
};

struct MeshShape {
    std::string code, parent;                             // GB/T 2260 codes: a city's parent is 370000
    std::uint16_t labelX = 0, labelY = 0;                 // a point inside, far from its edges
    std::uint16_t minX = 0, minY = 0, maxX = 0, maxY = 0; // bounds
    std::uint32_t firstIndex = 0, indexCount = 0;         // triangles, into RegionMesh::indices
    std::uint32_t firstRing = 0, ringCount = 0;           // into RegionMesh::rings
};

// The border segments between the children of `parent` (and their outer edge).
struct MeshGroup {
    std::string parent;
    std::uint32_t firstSegment = 0, segmentCount = 0;
};

// A region without a boundary of its own (a development or key zone), at its seat.
struct MeshMarker {
    std::string code, parent;
    std::uint16_t x = 0, y = 0;
};

struct RegionMesh {
    std::int32_t originX = 0, originY = 0; // degrees × unitsPerDegree of vertex (0, 0)
    std::uint32_t unitsPerDegree = 1024;
    std::vector<std::array<std::uint16_t, 2>> vertices;
    std::vector<std::uint32_t> indices;     // triangles
    std::vector<std::uint32_t> ringIndices; // each ring's vertices, not closed
    std::vector<MeshRing> rings;
    std::vector<MeshShape> shapes;
    std::vector<std::array<std::uint32_t, 2>> segments;
    std::vector<MeshGroup> groups;
    std::vector<MeshMarker> markers;

    const MeshShape* shape(std::string_view code) const;
    // The shapes and markers whose parent is `parent`, in the file's order.
    std::vector<const MeshShape*> children(std::string_view parent) const;
    std::vector<const MeshMarker*> markersOf(std::string_view parent) const;
    const MeshGroup* group(std::string_view parent) const;
    // The child of `parent` whose triangles hold `p`, or null.
    const MeshShape* hit(std::string_view parent, MeshPoint p) const;
    // Whether `p` is inside one of the shape's triangles.
    bool contains(const MeshShape& shape, MeshPoint p) const;
    // Areas in square mesh units: the outlines' (outer rings less holes) and the
    // triangles' (they must agree).
    double outlineArea(const MeshShape& shape) const;
    double triangleArea(const MeshShape& shape) const;
    // A point in degrees (longitude, latitude).
    MeshPoint degrees(MeshPoint p) const;
    MeshPoint fromDegrees(double lon, double lat) const;
    MeshPoint vertex(std::uint32_t i) const { return {double(vertices[i][0]), double(vertices[i][1])}; }
};

// Parses the mesh file; nullopt with `error` (a sentence for the log) when it is not one
// or is cut short or refers past its own arrays.
std::optional<RegionMesh> parseRegionMesh(std::string_view bytes, std::string* error);

// The map's view: which part of the mesh fills the widget's rectangle. Longitude is
// drawn shortened by the cosine of the view's middle latitude, so the province keeps
// its shape. Screen y grows downwards, mesh y northwards.
struct MapView {
    MeshPoint centre;    // mesh units at the middle of the rectangle
    double scale = 1.0;  // screen pixels per mesh unit of latitude
    double xScale = 1.0; // cos(latitude): a mesh unit of longitude is xScale × scale pixels
    float width = 0, height = 0;

    // The view that shows the bounds whole, with `margin` pixels around.
    static MapView fit(const RegionMesh& mesh, std::array<double, 4> bounds, float width, float height, float margin);
    // Screen point (relative to the rectangle's top left) of a mesh point and back.
    std::array<float, 2> toScreen(MeshPoint p) const;
    MeshPoint toMesh(float sx, float sy) const;
    // Zoom by `factor` keeping the mesh point under (sx, sy) in place; the scale stays
    // within [minScale, maxScale].
    void zoomAt(float sx, float sy, double factor, double minScale, double maxScale);
    void pan(float dx, float dy);
    // The affine map mesh → screen as x' = a·x + b, y' = c·y + d (for the shaders).
    std::array<float, 4> affine() const;
};

// The bounds (minX, minY, maxX, maxY) of the given shapes.
std::array<double, 4> boundsOf(const std::vector<const MeshShape*>& shapes);

} // namespace huicai::app
