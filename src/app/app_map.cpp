// App: the dashboard's map. The mesh is fetched the first time the dashboard asks for
// it (never before the first frame), parsed, and given to the GPU with the map's
// shaders; a failure of any step leaves the dashboard's tile grid and a word in the
// status bar. A lost and restored WebGL context gives the GPU the mesh again.
#include "app/app.h"

#include "data/asset_files.h"
#include "platform/platform.h"

#include <cstdio>

namespace huicai::app {

void App::loadMap() {
    auto& map = m_state.map;
    if (map.stage != AppState::MapState::Stage::Idle) return;
    if (!platform::pageInfo().gpuMap) { // WebGL 1 or the benchmark's baseline: the tile grid, quietly
        map.stage = AppState::MapState::Stage::Failed;
        return;
    }
    map.stage = AppState::MapState::Stage::Loading;
    platform::fetchMap();
}

void App::mapLoaded(bool ok, const std::string& path) {
    auto& map = m_state.map;
    std::string bytes;
    if (ok)
        if (auto read = readTextFile(path)) bytes = std::move(*read);
    std::string error = ok ? std::string() : path;
    auto mesh = ok ? parseRegionMesh(bytes, &error) : std::nullopt;
    if (!mesh) {
        std::fprintf(stderr, "huicai: map: %s\n", error.c_str());
        map.stage = AppState::MapState::Stage::Failed;
        map.errorKey = "ui.map.error_load";
        map.detail = error;
        return;
    }
    map.mesh = std::make_shared<const RegionMesh>(std::move(*mesh));
    map.stage = AppState::MapState::Stage::Ready;
    prepareMap();
}

void App::prepareMap() {
    auto& map = m_state.map;
    if (!map.mesh) return;
    std::string error;
    map.gpu = platform::prepareMap(*map.mesh, error);
    ++map.generation;
    if (map.gpu) {
        map.errorKey.clear();
        map.detail.clear();
        return;
    }
    std::fprintf(stderr, "huicai: map shaders: %s\n", error.c_str());
    map.errorKey = "ui.map.error_shader";
    map.detail = error;
}

} // namespace huicai::app
