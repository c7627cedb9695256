// Implements serviceGrid: tiles drawn from the design system's roles and sizes.
#include "ui/widgets/service_grid.h"

#include "ui/style/item_icons.h"
#include "ui/style/palette.h"
#include "ui/style/type_scale.h"
#include "ui/widgets/cjk_wrap.h"
#include "ui/widgets/item_facts.h"
#include "ui/widgets/text.h"

#include <imgui.h>

#include <algorithm>

namespace huicai::ui {

namespace {

// One tile of `size` at the cursor; true when tapped.
bool tile(Ui& ui, const std::string& id, const std::string& name, Icon icon, ImVec2 size) {
    ui.fonts.note(name);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool tapped = ImGui::Selectable(("##tile-" + id).c_str(), false, 0, size);
    ui.map.annotate(ImGui::GetItemID(), name);
    const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    dl->AddRectFilled(at, end, colour(hot ? Tone::Selected : Tone::Raised), 8);
    dl->AddRect(at, end, colour(Tone::Border), 8);

    // The icon in the heading size, the name in the body size under it, centred.
    ImFont* font = ImGui::GetFont();
    const float body = ImGui::GetFontSize();
    // The heading size's own font holds the icons rasterised at that size.
    ImFont* iconFont = ui.fonts.font(TextStyle::Heading);
    if (!iconFont) iconFont = font;
    const float iconSize = emPx(TextStyle::Heading) * body / emPx(TextStyle::Body);
    const std::string glyph = iconText(icon);
    const ImVec2 iconW = iconFont->CalcTextSizeA(iconSize, FLT_MAX, 0, glyph.c_str());
    const float pad = space::kItem;
    dl->AddText(iconFont, iconSize, ImVec2(at.x + (size.x - iconW.x) / 2, at.y + pad), colour(Tone::Primary), glyph.c_str());
    const float scale = body / font->FontSize;
    const auto lines = breakLines(name, size.x - pad * 2, [&](char32_t c) { return font->GetCharAdvance(static_cast<ImWchar>(c)) * scale; });
    float y = at.y + pad + iconW.y + space::kTight;
    for (auto line : lines) {
        if (y + body > end.y) break;
        const float w = font->CalcTextSizeA(body, FLT_MAX, 0, line.data(), line.data() + line.size()).x;
        dl->AddText(font, body, ImVec2(at.x + (size.x - w) / 2, y), colour(Tone::Text), line.data(), line.data() + line.size());
        y += ImGui::GetTextLineHeight();
    }
    return tapped;
}

} // namespace

void serviceGrid(app::AppState& state, Ui& ui, const std::vector<std::string>& codes, float width) {
    const int columns = state.narrow ? 3 : 5;
    const float gap = space::kItem;
    const float w = std::floor((width - gap * (columns - 1)) / columns);
    // The icon, two lines of a name and the padding.
    const float h = space::kItem * 2 + emPx(TextStyle::Heading) * ImGui::GetFontSize() / emPx(TextStyle::Body) + space::kTight +
                    ImGui::GetTextLineHeight() * 2;
    std::vector<std::pair<std::string, Icon>> tiles;
    for (const auto& code : codes) tiles.emplace_back(code, itemIcon(code));
    tiles.emplace_back("", Icon::AllServices);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    for (size_t i = 0; i < tiles.size(); ++i) {
        if (i % columns != 0) ImGui::SameLine();
        const auto& [code, icon] = tiles[i];
        if (code.empty()) {
            if (tile(ui, "all", std::string(state.tr("ui.talent.all_services")), icon, ImVec2(w, h)))
                ui.request(app::Navigate{app::Route{app::Screen::Services, {}}});
        } else if (const ServiceItem* item = state.catalog.item(code)) {
            if (tile(ui, code, itemName(state, *item), icon, ImVec2(w, h)))
                ui.request(app::Navigate{app::Route{app::Screen::Item, code}});
        }
    }
    ImGui::PopStyleVar();
}

} // namespace huicai::ui
