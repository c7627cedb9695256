// One catalogue item (#/catalog/<code>): its names, how it is obtained, the competent
// departments and handling agencies, the promised time limit, the favourite toggle and
// the description, wrapped for Chinese text.
#include "ui/screens/screens.h"

#include "ui/theme.h"
#include "ui/widgets/item_facts.h"
#include "ui/widgets/text.h"

namespace huicai::ui {

namespace {

void fact(app::AppState& state, Ui& ui, const char* key, const std::string& value, float labelW) {
    const float x = ImGui::GetCursorPosX();
    textColored(ui, theme::kMuted, state.tr(key));
    if (state.narrow) {
        wrappedText(ui, value);
    } else {
        ImGui::SameLine(x + labelW);
        wrappedText(ui, value, ImGui::GetContentRegionAvail().x);
    }
    ImGui::Dummy(ImVec2(0, 2));
}

} // namespace

void itemScreen(app::AppState& state, Ui& ui) {
    if (button(ui, std::string("← ") + state.tr("ui.item.back") + "##back")) ui.request(app::Navigate{app::Route{}});
    ImGui::Dummy(ImVec2(0, 4));
    const ServiceItem* item = state.catalog.item(state.route.itemCode);
    if (!item) {
        wrappedText(ui, format(state.tr("ui.item.not_found"), "code", state.route.itemCode), 0, theme::kWarn);
        return;
    }
    textColored(ui, theme::kMuted, item->code);
    ImGui::SameLine();
    textColored(ui, theme::kAccent, itemName(state, *item));
    wrappedText(ui, itemOtherName(state, *item), 0, theme::kMuted);
    ImGui::BeginDisabled(state.readOnly);
    if (favouriteToggle(ui, state.tr("ui.favourite"), item->code, state.isFavourite(item->code)))
        ui.request(app::ToggleFavourite{item->code});
    ImGui::EndDisabled();
    ImGui::Separator();

    const float labelW = ImGui::GetFontSize() * (state.lang == "en" ? 10.0f : 6.5f);
    fact(state, ui, "ui.item.mode", modeText(state, item->mode), labelW);
    fact(state, ui, "ui.item.departments", departmentsText(state, *item), labelW);
    if (!item->agencies.empty()) fact(state, ui, "ui.item.agencies", agenciesText(state, *item), labelW);
    fact(state, ui, "ui.item.time_limit", timeLimitText(state, *item), labelW);
    if (item->isMultiDepartment() && item->mode == ObtainMode::Application)
        wrappedText(ui, state.tr("ui.item.via_window"), 0, theme::kMuted);
    ImGui::Separator();

    heading(ui, state.tr("ui.item.description"));
    const float maxW = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 45);
    wrappedText(ui, itemDescription(state, *item), maxW);
}

} // namespace huicai::ui
