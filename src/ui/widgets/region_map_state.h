// What the dashboard's map (ui/widgets/region_map.h) keeps from one frame to the next:
// the level on show, the view, the region picked, and the draw calls it hands to the
// renderer. Whoever builds the frame's Ui owns one (App, a test's harness), so two apps
// in one process never share a map.
#pragma once
#include "app/map_draw.h"
#include "app/region_mesh.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace huicai::ui {

struct RegionMapState {
    std::string level;     // the parent whose children are on show
    std::string fittedFor; // the level, size and mesh the view was fitted to
    app::MapView view;
    double fitScale = 1;        // the fitted view's scale: zoom stays within 1/2…16 times it
    bool dragged = false;       // the press became a drag (no click when it ends)
    std::string selected;       // the region last clicked or tapped: its figures show under the map
    std::vector<int> nameRanks; // the level's regions by area, 0 the largest (set with the fit)
    // The draw calls, kept from frame to frame (the renderer reads them after the frame
    // is built; the same few objects each frame keep the fingerprints' table small).
    std::vector<std::unique_ptr<app::MapDrawCall>> calls;
    std::size_t callsUsed = 0;
    int callsFrame = -1;
};

} // namespace huicai::ui
