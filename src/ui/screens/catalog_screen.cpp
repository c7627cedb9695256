// The public service catalogue (S4.2, Annex A): a search field that filters the 30
// items with Catalog::search (Chinese from input methods included), then the items as
// a table on wide screens or as cards on narrow ones, each with its favourite toggle;
// an item's name opens its detail screen (#/catalog/<code>). Below, the city and
// county credential schemes windows published (S5.2).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "ui/theme.h"
#include "ui/widgets/green_channel_view.h"
#include "ui/widgets/item_facts.h"
#include "ui/widgets/text.h"

#include <imgui_internal.h>

namespace huicai::ui {

namespace {

std::string trimmed(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// The item's name as a link-like selectable over `height`; true when clicked.
// The item's name over its other-language name, each broken into lines within
// `width` (a long name at large text), under one selectable at least `height` tall.
bool itemLink(app::AppState& state, Ui& ui, const ServiceItem& item, float height, float width) {
    const std::string& name = itemName(state, item);
    const std::string other = itemOtherName(state, item);
    const auto nameLines = wrapLines(ui, name, width);
    const auto otherLines = wrapLines(ui, other, width);
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float block = line * static_cast<float>(nameLines.size() + otherLines.size()) - ImGui::GetStyle().ItemSpacing.y;
    const ImVec2 start = ImGui::GetCursorPos();
    const bool clicked = ImGui::Selectable(("##open-" + item.code).c_str(), false, ImGuiSelectableFlags_AllowOverlap,
                                           ImVec2(width, std::max(height, block)));
    ui.map.annotate(ImGui::GetItemID(), name);
    ui.map.setRole(ImGui::GetItemID(), A11yRole::Link);
    const ImVec2 end = ImGui::GetCursorPos();
    float y = start.y;
    for (const auto& [lines, tone] : {std::pair{&nameLines, Tone::Primary}, std::pair{&otherLines, Tone::Muted}}) {
        for (std::string_view l : *lines) {
            ImGui::SetCursorPos(ImVec2(start.x, y));
            textColored(ui, colour(tone), l);
            y += line;
        }
    }
    ImGui::SetCursorPos(end);
    return clicked;
}

void favourite(app::AppState& state, Ui& ui, const ServiceItem& item) {
    const bool on = state.isFavourite(item.code);
    ImGui::BeginDisabled(state.readOnly);
    if (favouriteToggle(ui, state.tr("ui.favourite"), item.code, on)) ui.request(app::ToggleFavourite{item.code});
    ImGui::EndDisabled();
}

void wideTable(app::AppState& state, Ui& ui, const std::vector<const ServiceItem*>& rows) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##catalog", 6, flags)) return;
    const float fav = ImGui::CalcTextSize(state.tr("ui.favourite")).x + ImGui::GetFontSize() * 2 + 20;
    ImGui::TableSetupColumn(state.tr("ui.col.code"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2.6f);
    ImGui::TableSetupColumn(state.tr("ui.col.item"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(state.tr("ui.col.mode"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(state.tr("ui.col.departments"), ImGuiTableColumnFlags_WidthStretch, 3.2f);
    ImGui::TableSetupColumn(state.tr("ui.col.time_limit"), ImGuiTableColumnFlags_WidthStretch, 1.8f);
    ImGui::TableSetupColumn(state.tr("ui.col.favourite"), ImGuiTableColumnFlags_WidthFixed, fav);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < 6; ++c) {
        ImGui::TableSetColumnIndex(c);
        const char* name = ImGui::TableGetColumnName(c);
        ui.fonts.note(name);
        ImGui::TableHeader(name);
    }
    const float twoLines = ImGui::GetTextLineHeight() * 2 + ImGui::GetStyle().ItemSpacing.y;
    for (const ServiceItem* item : rows) {
        ImGui::TableNextRow(0, twoLines + 8);
        ImGui::TableSetColumnIndex(0);
        textColored(ui, colour(Tone::Muted), item->code);
        ImGui::TableSetColumnIndex(1);
        if (itemLink(state, ui, *item, twoLines, ImGui::GetContentRegionAvail().x))
            ui.request(app::Navigate{app::Route{app::Screen::Item, item->code}});
        ImGui::TableSetColumnIndex(2);
        wrappedText(ui, modeText(state, item->mode));
        ImGui::TableSetColumnIndex(3);
        wrappedText(ui, departmentsText(state, *item));
        ImGui::TableSetColumnIndex(4);
        wrappedText(ui, timeLimitText(state, *item));
        ImGui::TableSetColumnIndex(5);
        favourite(state, ui, *item);
    }
    ImGui::EndTable();
}

// The city and county credential schemes published so far (S5.2), when the
// workspace holds any: everyone may see them.
void localSchemes(app::AppState& state, Ui& ui) {
    if (state.work.state.localSchemes.empty()) return;
    ImGui::Dummy(ImVec2(0, space::kItem));
    heading(ui, state.tr("ui.green.catalog_title"));
    wrappedText(ui, state.tr("ui.green.catalog_about"), 0, colour(Tone::Muted));
    for (const auto& [id, s] : state.work.state.localSchemes) {
        ImGui::Separator();
        localSchemeFacts(state, ui, s);
    }
}

void narrowCards(app::AppState& state, Ui& ui, const std::vector<const ServiceItem*>& rows) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float favW = ImGui::CalcTextSize(state.tr("ui.favourite")).x + ImGui::GetFontSize() + style.FramePadding.x * 2 +
                       style.ItemInnerSpacing.x;
    const float twoLines = ImGui::GetTextLineHeight() * 2 + ImGui::GetStyle().ItemSpacing.y;
    for (const ServiceItem* item : rows) {
        const float width = ImGui::GetContentRegionAvail().x;
        const ImVec2 top = ImGui::GetCursorPos();
        textColored(ui, colour(Tone::Muted), item->code);
        ImGui::SameLine();
        const float linkW = width - (ImGui::GetCursorPosX() - top.x) - favW - style.ItemSpacing.x;
        if (itemLink(state, ui, *item, twoLines, linkW)) ui.request(app::Navigate{app::Route{app::Screen::Item, item->code}});
        const float below = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(top.x + width - favW, top.y));
        favourite(state, ui, *item);
        ImGui::SetCursorPos(ImVec2(top.x, std::max(below, top.y + twoLines + 4)));
        wrappedText(ui, modeText(state, item->mode) + " · " + timeLimitText(state, *item), width, colour(Tone::Muted));
        wrappedText(ui, departmentsText(state, *item), width, colour(Tone::Muted));
        ImGui::Separator();
    }
}

} // namespace

void catalogScreen(app::AppState& state, Ui& ui) {
    if (!state.catalogError.empty()) {
        heading(ui, state.tr("ui.catalog.title"));
        wrappedText(ui, state.errorText(state.catalogError, state.catalogErrorDetail), 0, colour(Tone::Warning));
        state.catalogRows.clear();
        return;
    }
    heading(ui, state.tr("ui.catalog.title"));
    if (!state.narrow) {
        wrappedText(ui, state.tr("ui.catalog.intro"), 0, colour(Tone::Muted));
        ImGui::Dummy(ImVec2(0, space::kTight));
    }

    const float fieldW = state.narrow ? ImGui::GetContentRegionAvail().x : measureWidth(Measure::Narrow);
    searchField(ui, "##search", state.tr("ui.catalog.search_hint"), state.filterText, fieldW);

    const auto rows = state.catalog.search(trimmed(state.filterText));
    state.catalogRows.clear();
    for (const ServiceItem* item : rows) state.catalogRows.push_back(item->code);

    const std::string count = format(format(state.tr("ui.catalog.count"), "shown", std::to_string(rows.size())), "total",
                                     std::to_string(state.catalog.items().size()));
    if (!state.narrow) ImGui::SameLine(0, 16);
    ImGui::AlignTextToFramePadding();
    textColored(ui, colour(Tone::Muted), count);

    if (rows.empty()) {
        ImGui::Dummy(ImVec2(0, space::kItem));
        textColored(ui, colour(Tone::Muted), state.tr("ui.catalog.no_match"));
        return;
    }
    if (state.narrow) narrowCards(state, ui, rows);
    else wideTable(state, ui, rows);
    localSchemes(state, ui);
}

} // namespace huicai::ui
