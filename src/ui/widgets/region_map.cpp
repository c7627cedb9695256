// Implements the dashboard's map: the view and its input, the regions as items (their
// names drawn where the mesh puts their label point, so a click on a name is a click
// on the region), the GPU draw call and the legend.
#include "ui/widgets/region_map.h"
#include "ui/widgets/region_map_state.h"
#include "ui/widgets/map_labels.h"

#include "app/map_draw.h"
#include "ui/draw_fingerprint.h"
#include "ui/style/chart_colours.h"
#include "ui/theme.h"
#include "ui/style/icons.h"
#include "ui/style/type_scale.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>
#include <tuple>

namespace huicai::ui {

namespace {

constexpr float kMargin = 12.0f;
constexpr double kZoomStep = 1.25;
constexpr const char* kProvince = "370000";

app::MapColour toColour(ImU32 c) {
    const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    return {v.x, v.y, v.z, v.w};
}

std::string figureLabel(const app::AppState& state, const std::string& name, const MapFigure& f, bool drills) {
    if (f.outside) return format(state.tr("ui.map.outside"), "name", name);
    std::string label = format(format(state.tr("ui.map.region"), "name", name), "value", f.value);
    if (drills) label += state.tr("ui.map.drills");
    return label;
}

void drawName(ImDrawList* dl, ImVec2 centre, const std::string& name, float size) {
    ImFont* font = ImGui::GetFont();
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0, name.c_str());
    const ImVec2 at(std::floor(centre.x - extent.x / 2), std::floor(centre.y - extent.y / 2));
    const ImU32 halo = mapLabelHalo();
    for (const ImVec2 d : {ImVec2(-1, 0), ImVec2(1, 0), ImVec2(0, -1), ImVec2(0, 1)})
        dl->AddText(font, size, ImVec2(at.x + d.x, at.y + d.y), halo, name.c_str());
    dl->AddText(font, size, at, mapLabel(), name.c_str());
}

void legend(app::AppState& state, Ui& ui, const MapRamp& ramp, std::optional<double> marked, float width) {
    const float lineH = ImGui::GetTextLineHeight();
    const float barW = std::min(width, 280.0f), barH = 10.0f;
    // The legend is an item (read as "legend: low → high"): on a phone a finger's height,
    // its bar in the middle.
    const float itemH = state.narrow ? kTouchTarget : barH;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const ImVec2 p(top.x, top.y + (itemH - barH) / 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float half = barW / 2;
    dl->AddRectFilledMultiColor(ImVec2(p.x, p.y), ImVec2(p.x + half, p.y + barH), ramp.stops[0], ramp.stops[1], ramp.stops[1],
                                ramp.stops[0]);
    dl->AddRectFilledMultiColor(ImVec2(p.x + half, p.y), ImVec2(p.x + barW, p.y + barH), ramp.stops[1], ramp.stops[2],
                                ramp.stops[2], ramp.stops[1]);
    if (marked) {
        const float x = p.x + barW * float(std::clamp(*marked, 0.0, 1.0));
        dl->AddTriangleFilled(ImVec2(x, p.y + barH + 1), ImVec2(x - 5, p.y + barH + 8), ImVec2(x + 5, p.y + barH + 8),
                              colour(Tone::Text));
    }
    const std::string label = format(format(state.tr("ui.map.legend"), "low", ramp.low), "high", ramp.high);
    ImGui::InvisibleButton((label + "##map-legend").c_str(), ImVec2(barW, itemH));
    if (ui.map.enabled()) ui.map.annotate(ImGui::GetItemID(), label);
    const float below = std::max(top.y + itemH, p.y + barH + 9);
    ImGui::SetCursorScreenPos(ImVec2(p.x, below));
    textColored(ui, colour(Tone::Muted), ramp.low);
    const float highW = ImGui::CalcTextSize(ramp.high.c_str()).x;
    ImGui::SetCursorScreenPos(ImVec2(p.x + barW - highW, below));
    textColored(ui, colour(Tone::Muted), ramp.high);
    // No data: the hatch of the map's fill.
    const ImVec2 q = ImGui::GetCursorScreenPos();
    const ImVec2 b(q.x + 18, q.y + lineH - 2);
    dl->AddRectFilled(ImVec2(q.x, q.y + 2), b, noDataColour());
    dl->PushClipRect(ImVec2(q.x, q.y + 2), b, true);
    for (float x = q.x - lineH; x < b.x; x += 8) dl->AddLine(ImVec2(x, b.y), ImVec2(x + lineH, q.y + 2 - 0), (mapBorder() & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 140), 2.5f);
    dl->PopClipRect();
    ImGui::SetCursorScreenPos(ImVec2(q.x + 24, q.y));
    textColored(ui, colour(Tone::Muted), state.tr("ui.map.no_data"));
}

// A region's name as printed on the map: in English without its kind, as maps print
// them ("Lixia" for Lixia District, so that neighbours' names do not run into each
// other); the whole name is the region's label and heads its figures.
std::string printedName(const app::AppState& state, const std::string& name) {
    if (state.zh()) return name;
    for (std::string_view kind : {" District", " County", " City"})
        if (name.size() > kind.size() && name.ends_with(kind)) return name.substr(0, name.size() - kind.size());
    return name;
}

// The shapes' ranks by area, the largest 0 (which keeps its name where names collide).
std::vector<int> rankByArea(const app::RegionMesh& mesh, const std::vector<const app::MeshShape*>& shapes) {
    std::vector<double> area;
    for (const auto* s : shapes) area.push_back(mesh.outlineArea(*s));
    std::vector<size_t> order(shapes.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return area[a] > area[b]; });
    std::vector<int> rank(shapes.size());
    for (size_t r = 0; r < order.size(); ++r) rank[order[r]] = int(r);
    return rank;
}

} // namespace

void regionMap(app::AppState& state, Ui& ui, const RegionMapArgs& args) {
    RegionMapState& m = ui.regionMap;
    const app::RegionMesh& mesh = args.mesh;
    // The level stays within the root: the root itself, or a city below the province.
    if (m.level != args.root && !(args.root == kProvince && mesh.shape(m.level) && mesh.shape(m.level)->parent == kProvince))
        m.level = args.root;
    if (ImGui::GetFrameCount() != m.callsFrame) {
        m.callsUsed = 0;
        m.callsFrame = ImGui::GetFrameCount();
    }

    // Back to the root before the level's shapes are taken (the view fits what is shown).
    if (m.level != args.root) {
        const std::string shown = m.level;
        if (button(ui, labelled(state, "ui.map.back", "map-back"))) m.level = args.root;
        ImGui::SameLine();
        text(ui, regionName(state, shown));
    }
    const auto shapes = mesh.children(m.level);
    std::vector<std::string> codes;
    for (const auto* s : shapes) codes.push_back(s->code);
    const MapFigures figured = args.figures(codes);
    const auto& figures = figured.regions;
    const MapRamp& ramp = figured.ramp;
    const bool drills = m.level == kProvince;

    const float width = std::max(args.width, 120.0f), height = std::max(args.height, 120.0f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const std::string fitKey = m.level + "/" + std::to_string(int(width)) + "x" + std::to_string(int(height)) + "/" +
                               std::to_string(args.generation) + "/" + std::to_string(mesh.shapes.size());
    if (m.fittedFor != fitKey) {
        m.view = app::MapView::fit(mesh, app::boundsOf(shapes), width, height, kMargin);
        m.fitScale = m.view.scale;
        m.fittedFor = fitKey;
        m.nameRanks = rankByArea(mesh, shapes);
    }
    app::MapView& view = m.view;
    const double minScale = m.fitScale / 2, maxScale = m.fitScale * 16;
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = io.MousePos;
    const bool mouseIn = mouse.x >= origin.x && mouse.x < origin.x + width && mouse.y >= origin.y && mouse.y < origin.y + height;

    // Two layers: the map (the sea, then the GPU's call) below, and the buttons and
    // names over it, though the controls are submitted first: the zoom buttons and the
    // regions' names take the pointer before the area behind them.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + width, origin.y + height);
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const float cx = width / 2, cy = height / 2;
    {
        const float side = ImGui::GetFrameHeight();
        const std::tuple<Icon, const char*, double> zooms[] = {
            {Icon::ZoomIn, "ui.map.zoom_in", kZoomStep}, {Icon::ZoomOut, "ui.map.zoom_out", 1 / kZoomStep}, {Icon::FitMap, "ui.map.zoom_reset", 0}};
        float y = origin.y + 6;
        for (const auto& [icon, key, factor] : zooms) {
            ImGui::SetCursorScreenPos(ImVec2(end.x - side - 6, y));
            const bool zoom = button(ui, std::string("##") + key, ImVec2(side, side), icon);
            if (ui.map.enabled()) ui.map.annotate(ImGui::GetItemID(), state.tr(key));
            if (zoom && factor > 0) view.zoomAt(cx, cy, factor, minScale, maxScale);
            if (zoom && factor == 0) m.fittedFor.clear();
            y += side + 4;
        }
    }
    const float nameSize = ImGui::GetFontSize() * (drills ? 0.92f : 0.85f);
    std::string hovered, pressed;
    bool keyboardHere = false;
    std::optional<double> hoveredPosition;
    struct Name {
        ImVec2 at;
        std::string text;
        std::string code;
        ImVec2 extent;
    };
    std::vector<Name> names;
    for (size_t i = 0; i < shapes.size(); ++i) {
        const auto* s = shapes[i];
        const MapFigure& f = figures[i];
        const std::string name = regionName(state, s->code);
        const std::string printed = printedName(state, name);
        ui.fonts.note(name);
        const auto at = view.toScreen({double(s->labelX), double(s->labelY)});
        const ImVec2 extent = ImGui::GetFont()->CalcTextSizeA(nameSize, FLT_MAX, 0, printed.c_str());
        // On a phone a finger's size at least (neighbours' boxes may overlap: the first
        // drawn takes the tap, and a tap beside the names finds the region under it).
        const float least = state.narrow ? kTouchTarget : 0.0f;
        const ImVec2 size(std::max(extent.x + 6, least), std::max(extent.y + 4, least));
        const ImVec2 centre(std::clamp(origin.x + at[0], origin.x + size.x / 2, origin.x + width - size.x / 2),
                            std::clamp(origin.y + at[1], origin.y + size.y / 2, origin.y + height - size.y / 2));
        ImGui::SetCursorScreenPos(ImVec2(centre.x - size.x / 2, centre.y - size.y / 2));
        const std::string label = figureLabel(state, name, f, drills && !f.outside);
        if (ImGui::InvisibleButton((label + "##region-" + s->code).c_str(), size)) pressed = s->code;
        if (ui.map.enabled()) ui.map.annotate(ImGui::GetItemID(), label);
        if (ImGui::IsItemHovered() || ImGui::IsItemFocused()) {
            hovered = s->code;
            hoveredPosition = f.outside ? std::nullopt : f.position;
        }
        keyboardHere = keyboardHere || ImGui::IsItemFocused();
        names.push_back({centre, printed, s->code, extent});
    }
    // The zones without a boundary, at their seat.
    std::vector<std::pair<ImVec2, const app::MeshMarker*>> markers;
    for (const auto* k : mesh.markersOf(m.level)) {
        const auto at = view.toScreen({double(k->x), double(k->y)});
        const ImVec2 c(origin.x + at[0], origin.y + at[1]);
        if (c.x < origin.x || c.y < origin.y || c.x > origin.x + width || c.y > origin.y + height) continue;
        const std::string name = regionName(state, k->code);
        ui.fonts.note(name);
        const float side = state.narrow ? kTouchTarget : 14.0f;
        ImGui::SetCursorScreenPos(ImVec2(c.x - side / 2, c.y - side / 2));
        const std::string label = format(state.tr("ui.map.zone"), "name", name);
        ImGui::InvisibleButton((label + "##zone-" + k->code).c_str(), ImVec2(side, side));
        if (ui.map.enabled()) ui.map.annotate(ImGui::GetItemID(), label);
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            text(ui, label);
            ImGui::EndTooltip();
        }
        keyboardHere = keyboardHere || ImGui::IsItemFocused();
        markers.push_back({c, k});
    }

    // The area behind: drag, wheel, click.
    ImGui::SetCursorScreenPos(origin);
    const std::string areaLabel = state.tr("ui.map.area");
    ImGui::InvisibleButton((areaLabel + "##map-area").c_str(), ImVec2(width, height));
    if (ui.map.enabled()) ui.map.annotate(ImGui::GetItemID(), areaLabel);
    const bool areaHovered = ImGui::IsItemHovered();
    keyboardHere = keyboardHere || ImGui::IsItemFocused();
    if (areaHovered || (mouseIn && !hovered.empty())) {
        ImGui::SetKeyOwner(ImGuiKey_MouseWheelY, ImGui::GetItemID());
        if (io.MouseWheel != 0)
            view.zoomAt(mouse.x - origin.x, mouse.y - origin.y, std::pow(kZoomStep, io.MouseWheel), minScale, maxScale);
    }
    if (ImGui::IsItemActivated()) m.dragged = false;
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4.0f)) {
        view.pan(io.MouseDelta.x, io.MouseDelta.y);
        m.dragged = true;
    }
    const app::MeshShape* under = mouseIn ? mesh.hit(m.level, view.toMesh(mouse.x - origin.x, mouse.y - origin.y)) : nullptr;
    if (areaHovered && under) {
        hovered = under->code;
        for (size_t i = 0; i < shapes.size(); ++i)
            if (shapes[i] == under) hoveredPosition = figures[i].outside ? std::nullopt : figures[i].position;
    }
    if (ImGui::IsItemDeactivated() && !m.dragged && under && mouseIn) pressed = under->code;
    // Two fingers on a touch screen (one finger scrolls the page): their spread zooms
    // about their middle, their common move pans (AppState::pinch).
    if (state.pinch.active && state.pinch.x >= origin.x && state.pinch.x < end.x && state.pinch.y >= origin.y && state.pinch.y < end.y) {
        view.pan(state.pinch.dx, state.pinch.dy);
        view.zoomAt(state.pinch.x - origin.x, state.pinch.y - origin.y, state.pinch.factor, minScale, maxScale);
        state.pinch = {};
    }
    // The keyboard, while one of the map's items has the focus.
    if (keyboardHere) {
        const float step = 48;
        if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) view.zoomAt(cx, cy, kZoomStep, minScale, maxScale);
        if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
            view.zoomAt(cx, cy, 1 / kZoomStep, minScale, maxScale);
        if (ImGui::IsKeyPressed(ImGuiKey_0)) m.fittedFor.clear();
        if (io.KeyShift) {
            if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) view.pan(step, 0);
            if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) view.pan(-step, 0);
            if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) view.pan(0, step);
            if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) view.pan(0, -step);
        }
        if (ImGui::IsKeyPressed(ImGuiKey_Escape) && m.level != args.root) m.level = args.root;
    }
    // A press on a city of the province shows its counties; on a county, its figures
    // under the map (a tap leaves no hover behind for a tooltip).
    if (!pressed.empty()) {
        m.selected = pressed;
        for (size_t i = 0; i < shapes.size(); ++i)
            if (drills && shapes[i]->code == pressed && !figures[i].outside) m.level = pressed;
    }

    // The GPU's part, clipped to the area, then the names and markers over it.
    if (m.callsUsed == m.calls.size()) m.calls.push_back(std::make_unique<app::MapDrawCall>());
    app::MapDrawCall* call = m.calls[m.callsUsed++].get();
    *call = app::MapDrawCall{};
    call->affine = view.affine();
    call->affine[1] += origin.x;
    call->affine[3] += origin.y;
    for (size_t i = 0; i < shapes.size(); ++i) {
        app::MapFill fill;
        fill.shape = std::uint32_t(shapes[i] - mesh.shapes.data());
        fill.value = figures[i].position ? float(std::clamp(*figures[i].position, 0.0, 1.0)) : -1.0f;
        fill.state = figures[i].outside           ? app::MapFillState::Outside
                     : shapes[i]->code == hovered ? app::MapFillState::Hovered
                                                  : app::MapFillState::Normal;
        call->fills.push_back(fill);
    }
    if (const auto* g = mesh.group(m.level)) call->borderGroups.push_back(std::uint32_t(g - mesh.groups.data()));
    for (int i = 0; i < 3; ++i) call->ramp[size_t(i)] = toColour(ramp.stops[i]);
    call->noData = toColour(noDataColour());
    call->outside = toColour(mapOutside());
    call->hoverTint = {1, 1, 1, 0.35f};
    call->border = toColour(mapBorder());
    call->borderWidth = drills ? 1.5f : 1.2f;
    std::uint64_t print = fingerprintBytes(call->affine.data(), sizeof call->affine, std::uint64_t(args.generation));
    print = fingerprintBytes(call->fills.data(), call->fills.size() * sizeof(app::MapFill), print);
    print = fingerprintBytes(call->ramp.data(), sizeof call->ramp, print);
    noteCallbackFingerprint(call, print);
    dl->PushClipRect(origin, end, true);
    for (const auto& [c, k] : markers) {
        dl->AddCircleFilled(c, 5.5f, colour(Tone::Primary));
        dl->AddCircle(c, 5.5f, mapBorder(), 0, 1.5f);
    }
    // The names over the markers; where two would run into each other, the region under
    // the pointer or picked, then the larger, keeps its name.
    std::vector<LabelBox> boxes;
    for (size_t i = 0; i < names.size(); ++i) {
        const Name& n = names[i];
        int rank = i < m.nameRanks.size() ? m.nameRanks[i] : int(i);
        if (n.code == hovered || n.code == m.selected) rank = -1;
        boxes.push_back({n.at.x, n.at.y, n.extent.x, n.extent.y, rank});
    }
    const std::vector<bool> fits = labelsThatFit(boxes, 2.0f);
    for (size_t i = 0; i < names.size(); ++i)
        if (fits[i]) drawName(dl, names[i].at, names[i].text, nameSize);
    dl->PopClipRect();
    dl->AddRect(origin, end, colour(Tone::Border));
    dl->ChannelsSetCurrent(0);
    dl->PushClipRect(origin, end, true);
    dl->AddRectFilled(origin, end, mapSea());
    if (ui.mapCallback) {
        dl->AddCallback(ui.mapCallback, call);
        dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
    }
    dl->PopClipRect();
    dl->ChannelsMerge();

    // What the pointer or the keyboard is on.
    if (!hovered.empty() && (areaHovered || ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) || keyboardHere)) {
        for (size_t i = 0; i < shapes.size(); ++i) {
            if (shapes[i]->code != hovered) continue;
            ImGui::BeginTooltip();
            const std::string name = regionName(state, hovered);
            text(ui, figureLabel(state, name, figures[i], false));
            if (!figures[i].outside)
                for (const auto& line : figures[i].detail) textColored(ui, colour(Tone::Muted), line);
            ImGui::EndTooltip();
        }
    }

    ImGui::SetCursorScreenPos(ImVec2(origin.x, end.y + 6));
    // The region hovered, else the one last pressed on this level: its figures.
    // Always three lines, so the legend below stays put as the pointer moves.
    const std::string& shown = hovered.empty() ? m.selected : hovered;
    std::vector<std::string> info;
    for (size_t i = 0; i < shapes.size(); ++i) {
        if (shapes[i]->code != shown) continue;
        info.push_back(figureLabel(state, regionName(state, shown), figures[i], false));
        if (!figures[i].outside) info.insert(info.end(), figures[i].detail.begin(), figures[i].detail.end());
    }
    if (info.empty()) textColored(ui, colour(Tone::Muted), state.tr("ui.map.pick"));
    else wrappedText(ui, info[0], width);
    for (size_t line = 1; line < 3; ++line) {
        if (line < info.size()) wrappedText(ui, info[line], width, colour(Tone::Muted));
        else ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight()));
    }
    wrappedText(ui, state.tr(state.narrow ? "ui.map.hint_touch" : "ui.map.hint"), width, colour(Tone::Muted));
    legend(state, ui, ramp, hoveredPosition, width);
}

} // namespace huicai::ui
