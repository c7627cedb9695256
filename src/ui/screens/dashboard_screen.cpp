// The window specialist's dashboard (#/dashboard; S6.1.1 (1), (4); S8.1.2): service
// volumes by item and month as stacked bars, the on-time rate of department tasks by
// region as horizontal bars (clipped: a province has many rows), satisfaction from the
// talents' ratings, and Shandong's 16 cities as a tile grid coloured by on-time rate
// or volume. Everything is drawn with ImGui's draw lists from the figures of
// app/dashboard_stats.h; every bar and tile is an item with a label in the widget map.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "app/dashboard_stats.h"
#include "ui/style/chart_colours.h"
#include "ui/theme.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <cstdio>

namespace huicai::ui {

namespace {

constexpr int kMonths = 6;
constexpr size_t kTopItems = 5;
bool s_byVolume = false; // the tile grid's colouring

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
        text(ui, format(format(state.tr("ui.oversight.dash.mean"), "mean", buf), "n", std::to_string(sat.rated())));
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
        text(ui, format(state.tr("ui.oversight.dash.stars"), "n", std::to_string(stars)));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float barW = (width - labelW - 40) * float(n) / float(most);
        dl->AddRectFilled(ImVec2(p.x + labelW, p.y + 2), ImVec2(p.x + labelW + std::max(barW, 1.0f), p.y + lineH - 2),
                          seriesColour(2), 3);
        drawText(ui, dl, ImVec2(p.x + labelW + barW + 6, p.y), colour(Tone::Muted), std::to_string(n));
    }
}

void cityGrid(app::AppState& state, Ui& ui, const std::vector<app::RegionRate>& cities, float width) {
    heading(ui, state.tr("ui.oversight.dash.map"));
    text(ui, state.tr("ui.oversight.dash.colour_by"));
    ImGui::SameLine();
    if (choiceButton(ui, std::string(state.tr("ui.oversight.dash.by_rate")) + "##ink-rate", !s_byVolume)) s_byVolume = false;
    ImGui::SameLine();
    if (choiceButton(ui, std::string(state.tr("ui.oversight.dash.by_volume")) + "##ink-volume", s_byVolume)) s_byVolume = true;
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
            if (s_byVolume) {
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
    std::vector<std::string> cityCodes;
    for (const auto& t : app::cityTiles()) cityCodes.emplace_back(t.code);
    const auto cities = app::ratesByRegion(w.state, w.regions, w.dueCalendar(), cityCodes, w.today);

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
        cityGrid(state, ui, cities, colW);
        ImGui::Dummy(ImVec2(0, space::kGroup));
        ratesChart(state, ui, rates, colW);
        ImGui::EndGroup();
        return;
    }
    volumesChart(state, ui, volumes, colW);
    ImGui::Dummy(ImVec2(0, space::kGroup));
    cityGrid(state, ui, cities, colW);
    ImGui::Dummy(ImVec2(0, space::kGroup));
    satisfactionChart(state, ui, sat, colW);
    ImGui::Dummy(ImVec2(0, space::kGroup));
    ratesChart(state, ui, rates, colW);
}

} // namespace huicai::ui
