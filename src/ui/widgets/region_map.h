// The dashboard's map of Shandong (S8.1.2): the regions of one level — the province's
// cities, or one city's counties — filled by their figure's colour on the GPU
// (app/map_draw.h, shaders/map_*), with borders, names, the zones without a boundary as
// markers at their seat, and a legend drawn by ImGui from the same ramp. Drag or
// Shift+arrow keys pan, the wheel, a pinch or +/− zoom, 0 fits the level again; a click
// or Enter on a city shows its counties, Escape or the back button the province.
// Every region is an item of the widget map with its name and figure, so the map reads
// without being seen.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::ui {

struct MapFigure {
    std::string code;
    std::optional<double> position;  // on the ramp, 0…1; none: no data
    std::string value;               // the figure as shown ("85%", "12", "无数据")
    std::vector<std::string> detail; // the tooltip's further lines
    bool outside = false;            // not the window's: drawn plain, without a figure
};

struct MapRamp {
    ImU32 stops[3];        // at 0, ½ and 1
    std::string low, high; // what the legend's ends mean
};

// The figures of the regions on show, one per code asked for, and the ramp they sit on.
struct MapFigures {
    std::vector<MapFigure> regions;
    MapRamp ramp;
};

struct RegionMapArgs {
    const app::RegionMesh& mesh;
    int generation = 0; // AppState::MapState::generation
    std::string root;   // the level the window sees whole: 370000 or a city
    std::function<MapFigures(const std::vector<std::string>& codes)> figures;
    float width = 0, height = 0;
};

void regionMap(app::AppState& state, Ui& ui, const RegionMapArgs& args);

} // namespace huicai::ui
