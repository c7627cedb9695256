// What the dashboard's map asks the GPU to draw in one frame: the map widget (src/ui)
// records it while the frame is built and hands it to the platform's map renderer
// (src/platform/map_web.cpp) through an ImGui draw callback, so the map is drawn in
// its place among the frame's other draw commands. Plain data, no GL.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

namespace huicai::app {

enum class MapFillState : std::uint8_t {
    Normal,
    Hovered, // under the pointer or the keyboard's focus
    Outside  // outside the window's own area: drawn plain, without a value
};

struct MapFill {
    std::uint32_t shape = 0; // index into RegionMesh::shapes
    float value = -1;        // place on the colour ramp, 0…1; below 0: no data
    MapFillState state = MapFillState::Normal;
};

using MapColour = std::array<float, 4>; // RGBA, 0…1

struct MapDrawCall {
    // Mesh units → CSS pixels of the display: x' = a·x + b, y' = c·y + d.
    std::array<float, 4> affine{};
    std::vector<MapFill> fills;
    std::vector<std::uint32_t> borderGroups; // indices into RegionMesh::groups
    std::array<MapColour, 3> ramp{};         // the colour ramp's stops at 0, ½ and 1
    MapColour noData{}, outside{}, hoverTint{}, border{};
    float borderWidth = 1.0f; // CSS pixels
};

} // namespace huicai::app
