// Ui: the services a screen draws with, besides the AppState it is given: the font set
// (to report the characters it draws), the widget map of the browser tests, the
// request queue that App applies after the frame, and what widgets keep between frames.
#pragma once
#include "app/requests.h"
#include "ui/fonts.h"
#include "ui/widget_map.h"

#include <imgui.h>

#include <string>
#include <variant>

namespace huicai::ui {

struct RegionMapState; // ui/widgets/region_map_state.h

struct Ui {
    FontSet& fonts;
    WidgetMap& map;
    app::Requests& requests;
    RegionMapState& regionMap; // the dashboard map's, kept from frame to frame
    // The last command's refusal and the control that sent it (`at`, its ImGui id): the
    // button widgets note when they draw that control (`seen`), and the record's panel
    // then shows the refusal under its controls (`shown`). The shell sets it up.
    struct Refusal {
        unsigned at = 0;
        std::string text;
        bool seen = false, shown = false;
    } refusal{};
    // Draws an app::MapDrawCall on the GPU among the frame's draw commands (the
    // platform's map renderer; set by App).
    ImDrawCallback mapCallback = nullptr;
    // A command is sent by the control drawn last (the button that was pressed).
    void request(app::Request r) {
        if (auto* run = std::get_if<app::RunCommand>(&r); run && !run->origin && ImGui::GetCurrentContext())
            run->origin = ImGui::GetItemID();
        requests.push_back(std::move(r));
    }
};

} // namespace huicai::ui
