// Implements the status bar at the bottom: whether the browser is online and the
// server answers, the state of the local database (saved, saving, read-only because
// another tab writes), the changes not yet accepted by the server and those it
// refused, the sync when it is running or stuck, and the language.
#include "ui/theme.h"
#include "ui/widgets/bars.h"
#include "ui/widgets/text.h"

namespace huicai::ui {

namespace {

struct Part {
    std::string text;
    ImU32 colour;
};

std::vector<Part> parts(const app::AppState& s) {
    std::vector<Part> out;
    if (!s.online) out.push_back({s.tr("ui.status.offline"), colour(Tone::Warning)});
    // The demo needs no server (it may be served from a static host): no warning there.
    else if (s.server == app::ServerState::Unreachable && s.work.mode == app::WorkMode::Demo)
        out.push_back({s.tr("ui.card.local_demo"), colour(Tone::Muted)});
    else if (s.server == app::ServerState::Unreachable) out.push_back({s.tr("ui.status.server_unreachable"), colour(Tone::Warning)});
    else out.push_back({s.tr("ui.status.online"), colour(Tone::Success)});

    switch (s.db) {
    case app::DbState::Loading: out.push_back({s.tr("ui.status.db_loading"), colour(Tone::Muted)}); break;
    case app::DbState::Saved: out.push_back({s.tr("ui.status.db_saved"), colour(Tone::Muted)}); break;
    case app::DbState::Saving: out.push_back({s.tr("ui.status.db_saving"), colour(Tone::Muted)}); break;
    case app::DbState::Error:
        out.push_back({s.tr(s.storageFull ? "ui.status.db_full" : "ui.status.db_error"), colour(Tone::Warning)});
        break;
    case app::DbState::ReadOnly: out.push_back({s.tr("ui.status.read_only"), colour(Tone::Warning)}); break;
    case app::DbState::Unavailable: out.push_back({s.tr("ui.status.db_unavailable"), colour(Tone::Warning)}); break;
    }
    out.push_back({format(s.tr("ui.status.pending"), "n", std::to_string(s.pendingChanges)),
                   s.pendingChanges ? colour(Tone::Primary) : colour(Tone::Muted)});
    if (s.rejectedChanges) out.push_back({format(s.tr("ui.status.rejected"), "n", std::to_string(s.rejectedChanges)), colour(Tone::Warning)});
    if (s.work.server()) {
        switch (s.work.sync.phase) {
        case app::SyncPhase::Pushing:
        case app::SyncPhase::Pulling: out.push_back({s.tr("ui.status.syncing"), colour(Tone::Primary)}); break;
        case app::SyncPhase::Waiting: out.push_back({s.tr("ui.status.sync_retrying"), colour(Tone::Warning)}); break;
        case app::SyncPhase::SignedOut: out.push_back({s.tr("ui.status.sync_signed_out"), colour(Tone::Warning)}); break;
        case app::SyncPhase::Stale: out.push_back({s.tr("ui.status.sync_stale"), colour(Tone::Warning)}); break;
        case app::SyncPhase::Stopped: out.push_back({s.tr("ui.status.sync_stopped"), colour(Tone::Warning)}); break;
        case app::SyncPhase::Idle: break;
        }
    }
    // The map could not be drawn (its mesh did not load, its shaders did not compile).
    if (!s.map.errorKey.empty()) out.push_back({s.tr(s.map.errorKey), colour(Tone::Warning)});
    out.push_back({s.tr(!s.zh() ? "ui.lang.en" : "ui.lang.zh-CN"), colour(Tone::Muted)});
    return out;
}

} // namespace

namespace {

constexpr float kGap = 18; // between the bar's parts on a line

float padX(const app::AppState& state) { return state.narrow ? 10.0f : 20.0f; }

// The line each part goes on: as many as fit the screen's width (large text on a phone
// takes more lines), and the number of lines.
std::vector<int> lineOf(const std::vector<Part>& list, float width, int& lines) {
    std::vector<int> out;
    float x = 0;
    lines = 1;
    for (const Part& p : list) {
        const float w = ImGui::CalcTextSize(p.text.c_str()).x;
        if (x > 0 && x + kGap + w > width) {
            ++lines;
            x = 0;
        }
        x += (x > 0 ? kGap : 0) + w;
        out.push_back(lines - 1);
    }
    return out;
}

} // namespace

float statusBarHeight(const app::AppState& state) {
    int lines = 1;
    lineOf(parts(state), ImGui::GetMainViewport()->Size.x - padX(state) * 2, lines);
    return ImGui::GetTextLineHeight() * static_cast<float>(lines) + 4.0f * static_cast<float>(lines - 1) + 14;
}

void statusBar(app::AppState& state, Ui& ui) {
    const float height = statusBarHeight(state);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 origin(vp->Pos.x, vp->Pos.y + vp->Size.y - height);
    const float width = vp->Size.x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), colour(Tone::Bar));
    dl->AddLine(origin, ImVec2(origin.x + width, origin.y), ImGui::GetColorU32(ImGuiCol_Separator));
    const float pad = padX(state);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + 7));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(kGap, 4));
    const auto list = parts(state);
    int lines = 1;
    const auto line = lineOf(list, width - pad * 2, lines);
    for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0 && line[i] == line[i - 1]) ImGui::SameLine();
        else if (i > 0) ImGui::SetCursorPosX(pad);
        textColored(ui, list[i].colour, list[i].text);
    }
    ImGui::PopStyleVar();
}

} // namespace huicai::ui
