// The window specialist's dashboard (#/dashboard; S6.1.1 (1), (4); S8.1.2): service
// volumes by item and month as stacked bars, the on-time rate of department tasks by
// region as horizontal bars (clipped: a province has many rows), satisfaction from the
// talents' ratings, and a map of Shandong (widgets/region_map.h, drawn on the GPU)
// coloured by on-time rate, volume, satisfaction or cards issued, for the window's own
// area; while the map's mesh loads, or where it cannot be drawn, the 16 cities as a
// tile grid. The charts are drawn with ImGui's draw lists from the figures of
// app/dashboard_stats.h; every bar, tile and region is an item with a label in the
// widget map.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "app/dashboard_stats.h"
#include "ui/style/chart_colours.h"
#include "ui/theme.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/region_map.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <cstdio>

namespace huicai::ui {

namespace {

constexpr int kMonths = 6;
constexpr size_t kTopItems = 5;
// What the map and the tile grid are coloured by.
enum class MapMeasure {
    Rate,
    Volume,
    Satisfaction,
    Cards
};
MapMeasure s_measure = MapMeasure::Rate;

std::string percent(std::optional<double> rate, const app::AppState& state) {
    if (!rate) return state.tr("ui.oversight.dash.no_data");
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", *rate * 100.0);
    return buf;
}

// Text drawn into a draw list, reported to the font set.
void drawText(Ui& ui, ImDrawList* dl, ImVec2 at, ImU32 ink, const std::string& s) {
    ui.fonts.note(s);
    dl->AddText(at, ink, s.c_str());
}

void volumesChart(app::AppState& state, Ui& ui, const std::vector<app::MonthVolume>& volumes, float width) {
    heading(ui, state.tr("ui.oversight.dash.volumes"));
    const auto top = app::topItems(volumes, kTopItems);
    int maxTotal = 1;
    for (const auto& v : volumes) maxTotal = std::max(maxTotal, v.total);
    const float lineH = ImGui::GetTextLineHeight();
    const float chartH = 160.0f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float slot = width / float(volumes.size());
    const float barW = std::min(slot * 0.6f, 48.0f);
    dl->AddLine(ImVec2(origin.x, origin.y + chartH), ImVec2(origin.x + width, origin.y + chartH), colour(Tone::Muted));
    for (size_t m = 0; m < volumes.size(); ++m) {
        const auto& v = volumes[m];
        const float x = origin.x + slot * float(m) + (slot - barW) / 2;
        float y = origin.y + chartH;
        auto segment = [&](int n, ImU32 ink) {
            if (n <= 0) return;
            const float h = chartH * 0.9f * float(n) / float(maxTotal);
            dl->AddRectFilled(ImVec2(x, y - h), ImVec2(x + barW, y), ink);
            y -= h;
        };
        int shown = 0;
        for (size_t i = 0; i < top.size(); ++i) {
            auto it = v.byItem.find(top[i]);
            const int n = it == v.byItem.end() ? 0 : it->second;
            segment(n, seriesColour(int(i)));
            shown += n;
        }
        segment(v.total - shown, seriesColour(5));
        char month[16];
        std::snprintf(month, sizeof month, "%04d-%02d", v.year, v.month);
        const std::string count = std::to_string(v.total);
        drawText(ui, dl, ImVec2(x + (barW - ImGui::CalcTextSize(count.c_str()).x) / 2, y - lineH - 2), colour(Tone::Muted), count);
        const std::string shortMonth = std::string(month).substr(2);
        const float mw = ImGui::CalcTextSize(shortMonth.c_str()).x;
        drawText(ui, dl, ImVec2(origin.x + slot * float(m) + (slot - mw) / 2, origin.y + chartH + 4), colour(Tone::Muted),
                 shortMonth);
        // The bar as an item: hover shows the month's items; tests find it by label.
        ImGui::SetCursorScreenPos(ImVec2(origin.x + slot * float(m), origin.y));
        const std::string label = format(format(state.tr("ui.oversight.dash.month_total"), "month", month), "n",
                                         std::to_string(v.total)) +
                                  "##vol-" + month;
        ImGui::InvisibleButton(label.c_str(), ImVec2(std::max(slot, 1.0f), chartH));
        if (ui.map.enabled()) ui.map.annotate(ImGui::GetItemID(), label.substr(0, label.find("##")));
        if (ImGui::IsItemHovered() && !v.byItem.empty()) {
            ImGui::BeginTooltip();
            text(ui, label.substr(0, label.find("##")));
            for (const auto& [code, n] : v.byItem) text(ui, itemName(state, code) + ": " + std::to_string(n));
            ImGui::EndTooltip();
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + chartH + lineH + 10));
    // Legend: one swatch per top item, then "other".
    for (size_t i = 0; i <= top.size(); ++i) {
        const std::string name = i < top.size() ? itemName(state, top[i]) : std::string(state.tr("ui.oversight.dash.other"));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(p.x, p.y + 3), ImVec2(p.x + 12, p.y + lineH - 1), seriesColour(i < top.size() ? int(i) : 5));
        ImGui::SetCursorScreenPos(ImVec2(p.x + 18, p.y));
        text(ui, name);
    }
}

void ratesChart(app::AppState& state, Ui& ui, const std::vector<app::RegionRate>& rates, float width) {
    heading(ui, state.tr("ui.oversight.dash.rates"));
    const float lineH = ImGui::GetTextLineHeight();
    const float rowH = lineH + 12 + ImGui::GetStyle().ItemSpacing.y * 2;
    ImGuiListClipper clipper;
    clipper.Begin(int(rates.size()), rowH);
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& r = rates[size_t(i)];
            const ImVec2 p = ImGui::GetCursorScreenPos();
            ImDrawList* dl = ImGui::GetWindowDrawList();
            std::string line = format(state.tr("ui.oversight.dash.rate_row"), "region", regionName(state, r.region));
            line = format(line, "rate", percent(r.rate(), state));
            line = format(format(line, "on", std::to_string(r.onTime)), "done", std::to_string(r.completed));
            line = format(line, "overdue", std::to_string(r.overdueOpen));
            const float barY = p.y + lineH + 4;
            dl->AddRectFilled(ImVec2(p.x, barY), ImVec2(p.x + width, barY + 8), chartTrack(), 4);
            if (auto rate = r.rate())
                dl->AddRectFilled(ImVec2(p.x, barY), ImVec2(p.x + width * float(*rate), barY + 8), rateRamp(*rate), 4);
            ImGui::PushID(i);
            ImGui::InvisibleButton(("##rate-" + r.region).c_str(), ImVec2(width, rowH - ImGui::GetStyle().ItemSpacing.y));
            if (ui.map.enabled()) ui.map.annotate(ImGui::GetItemID(), line);
            ImGui::PopID();
            const ImVec2 after = ImGui::GetCursorScreenPos();
            ImGui::SetCursorScreenPos(p);
            text(ui, line);
            ImGui::SetCursorScreenPos(after);
            ImGui::Dummy(ImVec2(0, 0));
        }
}

void satisfactionChart(app::AppState& state, Ui& ui, const app::Satisfaction& sat, float width) {
    heading(ui, state.tr("ui.oversight.dash.satisfaction"));
    if (auto mean = sat.mean()) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.2f", *mean);
        text(ui, format(countText(state.i18n, "ui.oversight.dash.mean", "n", sat.rated()), "mean", buf));
    } else {
        textColored(ui, colour(Tone::Muted), state.tr("ui.oversight.dash.no_ratings"));
    }
    int most = 1;
    for (int c : sat.counts) most = std::max(most, c);
    const float lineH = ImGui::GetTextLineHeight();
    const float labelW = 70.0f;
    for (int stars = 5; stars >= 1; --stars) {
        const int n = sat.counts[size_t(stars - 1)];
        const ImVec2 p = ImGui::GetCursorScreenPos();
        text(ui, countText(state.i18n, "ui.oversight.dash.stars", "n", stars));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float barW = (width - labelW - 40) * float(n) / float(most);
        dl->AddRectFilled(ImVec2(p.x + labelW, p.y + 2), ImVec2(p.x + labelW + std::max(barW, 1.0f), p.y + lineH - 2),
                          seriesColour(2), 3);
        drawText(ui, dl, ImVec2(p.x + labelW + barW + 6, p.y), colour(Tone::Muted), std::to_string(n));
    }
}

// The 16 cities as tiles: the map's stand-in while its mesh loads or where the GPU
// cannot draw it.
void cityGrid(app::AppState& state, Ui& ui, const std::vector<app::RegionRate>& cities, float width) {
    const bool byVolume = s_measure == MapMeasure::Volume;
    int maxVolume = 1;
    for (const auto& c : cities) maxVolume = std::max(maxVolume, c.requests);
    const float gap = 4.0f;
    const float tileW = std::min((width - gap * (app::kTileColumns - 1)) / app::kTileColumns, 150.0f);
    const float lineH = ImGui::GetTextLineHeight();
    const float tileH = lineH * 2 + 16;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const auto tiles = app::cityTiles();
    for (size_t i = 0; i < tiles.size(); ++i) {
        const auto& t = tiles[i];
        const std::string code(t.code);
        auto row = std::find_if(cities.begin(), cities.end(), [&](const app::RegionRate& r) { return r.region == code; });
        const ImVec2 a(origin.x + float(t.column) * (tileW + gap), origin.y + float(t.row) * (tileH + gap));
        const ImVec2 b(a.x + tileW, a.y + tileH);
        std::string value;
        ImU32 fill = noDataColour();
        if (row != cities.end()) {
            if (byVolume) {
                value = format(state.tr("ui.oversight.dash.volume_value"), "n", std::to_string(row->requests));
                fill = row->requests == 0 ? noDataColour()
                                          : volumeRamp(double(row->requests) / double(maxVolume));
            } else {
                value = percent(row->rate(), state);
                if (auto rate = row->rate()) fill = rateRamp(*rate);
            }
        }
        const std::string name = regionName(state, code);
        dl->AddRectFilled(a, b, fill, 6);
        const ImU32 ink = fill == noDataColour() ? colour(Tone::Muted) : colour(Tone::OnPrimary);
        dl->PushClipRect(a, b, true);
        // A name wider than the tile is drawn smaller (down to 70 %) before it is clipped.
        ui.fonts.note(name);
        const float nameW = ImGui::CalcTextSize(name.c_str()).x;
        const float size = ImGui::GetFontSize() * std::clamp((tileW - 10) / std::max(nameW, 1.0f), 0.7f, 1.0f);
        dl->AddText(ImGui::GetFont(), size, ImVec2(a.x + 5, a.y + 6), ink, name.c_str());
        drawText(ui, dl, ImVec2(a.x + 6, a.y + 8 + lineH), ink, value);
        dl->PopClipRect();
        ImGui::SetCursorScreenPos(a);
        const std::string label = format(format(state.tr("ui.oversight.dash.tile"), "city", name), "value", value);
        ImGui::InvisibleButton((label + "##tile-" + code).c_str(), ImVec2(tileW, tileH));
        if (ui.map.enabled()) ui.map.annotate(ImGui::GetItemID(), label);
        if (ImGui::IsItemHovered() && row != cities.end()) {
            ImGui::BeginTooltip();
            std::string line = format(state.tr("ui.oversight.dash.rate_row"), "region", name);
            line = format(line, "rate", percent(row->rate(), state));
            line = format(format(line, "on", std::to_string(row->onTime)), "done", std::to_string(row->completed));
            text(ui, format(line, "overdue", std::to_string(row->overdueOpen)));
            ImGui::EndTooltip();
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + app::kTileRows * (tileH + gap)));
    ImGui::Dummy(ImVec2(0, 0));
}

std::string measureValue(const app::AppState& state, MapMeasure m, const app::RegionRate& r) {
    char buf[32];
    switch (m) {
    case MapMeasure::Rate: return percent(r.rate(), state);
    case MapMeasure::Volume: return format(state.tr("ui.oversight.dash.volume_value"), "n", std::to_string(r.requests));
    case MapMeasure::Cards: return countText(state.i18n, "ui.map.cards_value", "n", r.cards);
    case MapMeasure::Satisfaction:
        if (!r.ratings.mean()) return state.tr("ui.oversight.dash.no_data");
        std::snprintf(buf, sizeof buf, "%.1f", *r.ratings.mean());
        return format(state.tr("ui.map.score_value"), "n", buf);
    }
    return {};
}

// The figures of the map's regions: where each sits on the ramp, what it shows, and the
// tooltip's lines; a region outside the window's own area has none. `most`: the largest
// count of the measure (the ramp's top for volumes and cards).
std::vector<MapFigure> mapFigures(const app::AppState& state, const std::string& scope, MapMeasure m,
                                  const std::vector<std::string>& codes, int& most) {
    const auto& w = state.work;
    const auto rows = app::ratesByRegion(w.state, w.regions, w.dueCalendar(), codes, w.today);
    most = 1;
    for (const auto& r : rows) most = std::max(most, m == MapMeasure::Cards ? r.cards : r.requests);
    std::vector<MapFigure> out;
    for (const auto& r : rows) {
        MapFigure f;
        f.code = r.region;
        f.outside = !w.regions.isWithin(r.region, scope);
        f.value = measureValue(state, m, r);
        switch (m) {
        case MapMeasure::Rate: f.position = r.rate(); break;
        case MapMeasure::Volume: f.position = double(r.requests) / double(most); break;
        case MapMeasure::Cards: f.position = double(r.cards) / double(most); break;
        case MapMeasure::Satisfaction:
            if (auto mean = r.ratings.mean()) f.position = (*mean - 1.0) / 4.0;
            break;
        }
        std::string line = format(state.tr("ui.map.detail_rate"), "on", std::to_string(r.onTime));
        line = format(format(line, "done", std::to_string(r.completed)), "overdue", std::to_string(r.overdueOpen));
        f.detail.push_back(line);
        line = format(state.tr("ui.map.detail_counts"), "requests", std::to_string(r.requests));
        line = format(format(line, "cards", std::to_string(r.cards)), "rated", std::to_string(r.ratings.rated()));
        f.detail.push_back(line);
        if (f.outside) f.position.reset();
        out.push_back(std::move(f));
    }
    return out;
}

MapRamp rampOf(const app::AppState& state, MapMeasure m, int most) {
    if (m == MapMeasure::Rate || m == MapMeasure::Satisfaction) {
        const bool rate = m == MapMeasure::Rate;
        return {{rateRamp(0), rateRamp(0.5), rateRamp(1)},
                rate ? "0%" : format(state.tr("ui.map.score_value"), "n", "1"),
                rate ? "100%" : format(state.tr("ui.map.score_value"), "n", "5")};
    }
    const char* key = m == MapMeasure::Cards ? "ui.map.cards_value" : "ui.oversight.dash.volume_value";
    return {{volumeRamp(0), volumeRamp(0.5), volumeRamp(1)}, format(state.tr(key), "n", "0"), format(state.tr(key), "n", std::to_string(most))};
}

// The map's root for a window: the province's cities for the province window, a city's
// counties for a city's window or one of its counties' or zones'.
std::string mapRoot(const app::AppState& state, const std::string& scope) {
    const auto& regions = state.work.regions;
    const Region* r = regions.region(scope);
    if (!r) return "370000";
    if (r->level == RegionLevel::Province || r->level == RegionLevel::City) return r->code;
    return r->parent;
}

void mapSection(app::AppState& state, Ui& ui, const std::string& scope, float width) {
    heading(ui, state.tr("ui.oversight.dash.map"));
    text(ui, state.tr("ui.oversight.dash.colour_by"));
    const std::pair<MapMeasure, const char*> measures[] = {{MapMeasure::Rate, "ui.oversight.dash.by_rate"},
                                                           {MapMeasure::Volume, "ui.oversight.dash.by_volume"},
                                                           {MapMeasure::Satisfaction, "ui.map.by_satisfaction"},
                                                           {MapMeasure::Cards, "ui.map.by_cards"}};
    startChoices();
    for (const auto& [m, key] : measures)
        if (choice(ui, std::string(state.tr(key)) + "##ink-" + std::to_string(int(m)), s_measure == m)) s_measure = m;
    auto& map = state.map;
    if (map.stage == app::AppState::MapState::Stage::Idle) ui.request(app::LoadMap{});
    if (map.mesh && map.gpu) {
        const std::string root = mapRoot(state, scope);
        const MapMeasure m = s_measure;
        RegionMapArgs args{*map.mesh};
        args.generation = map.generation;
        args.root = root;
        args.figures = [&state, &scope, m](const std::vector<std::string>& codes) {
            MapFigures out;
            int most = 1;
            out.regions = mapFigures(state, scope, m, codes, most);
            out.ramp = rampOf(state, m, most);
            return out;
        };
        args.width = width;
        args.height = std::round(width * (state.narrow ? 0.78f : 0.66f));
        regionMap(state, ui, args);
        return;
    }
    if (map.stage == app::AppState::MapState::Stage::Loading) textColored(ui, colour(Tone::Muted), state.tr("ui.map.loading"));
    // The tile grid's figures only when it is drawn.
    const auto& w = state.work;
    std::vector<std::string> cityCodes;
    for (const auto& t : app::cityTiles()) cityCodes.emplace_back(t.code);
    cityGrid(state, ui, app::ratesByRegion(w.state, w.regions, w.dueCalendar(), cityCodes, w.today), width);
}

} // namespace

void dashboardScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.oversight.dash.title"));
    if (!roleGate(state, ui, Role::WindowSpecialist, "window_province")) return;
    const Actor* actor = state.work.actor();
    if (!actor) return;
    if (button(ui, labelled(state, "ui.oversight.nav.archive", "to-archive")))
        ui.request(app::Navigate{app::Route{app::Screen::Archive, {}}});
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.oversight.nav.queue", "to-queue")))
        ui.request(app::Navigate{app::Route{app::Screen::Window, {}}});
    textColored(ui, colour(Tone::Muted), format(state.tr("ui.timeline.window"), "region", regionName(state, actor->scope)));

    const auto& w = state.work;
    const auto volumes = app::volumesByMonth(w.state, w.regions, actor->scope, w.today, kMonths);
    const auto rates = app::ratesByRegion(w.state, w.regions, w.dueCalendar(), app::chartRegions(w.regions, actor->scope), w.today);
    const auto sat = app::satisfaction(w.state, w.regions, actor->scope);

    const float avail = ImGui::GetContentRegionAvail().x;
    const bool twoColumns = !state.narrow && avail >= 900.0f;
    const float colW = twoColumns ? (avail - 32.0f) / 2 : std::min(avail, measurePx(Measure::Reading));
    if (twoColumns) { // groups, not a table: the rates' list clipper must not meet table rows
        const float left = ImGui::GetCursorPosX();
        ImGui::BeginGroup();
        volumesChart(state, ui, volumes, colW);
        ImGui::Dummy(ImVec2(0, space::kGroup));
        satisfactionChart(state, ui, sat, colW);
        ImGui::EndGroup();
        ImGui::SameLine(left + colW + 32.0f);
        ImGui::BeginGroup();
        mapSection(state, ui, actor->scope, colW);
        ImGui::Dummy(ImVec2(0, space::kGroup));
        ratesChart(state, ui, rates, colW);
        ImGui::EndGroup();
        return;
    }
    volumesChart(state, ui, volumes, colW);
    ImGui::Dummy(ImVec2(0, space::kGroup));
    mapSection(state, ui, actor->scope, colW);
    ImGui::Dummy(ImVec2(0, space::kGroup));
    satisfactionChart(state, ui, sat, colW);
    ImGui::Dummy(ImVec2(0, space::kGroup));
    ratesChart(state, ui, rates, colW);
}

} // namespace huicai::ui
