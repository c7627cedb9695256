// Implements the top bar: the app's title (wide layout only), the navigation buttons
// and the language buttons, which carry the same labels in every language; in the
// demo mode a second row with the role switcher.
#include "ui/theme.h"
#include "ui/widgets/bars.h"
#include "ui/widgets/demo_view.h"
#include "ui/widgets/text.h"

namespace huicai::ui {

namespace {

// "Acting as: [role ▾]": the switcher's combo is known to the widget map by its
// "switch role" label; each role in it by the role's name.
void roleSwitcher(app::AppState& state, Ui& ui) {
    ImGui::AlignTextToFramePadding();
    textColored(ui, theme::kMuted, state.tr("ui.demo.acting_as"));
    ImGui::SameLine();
    const std::string current = roleLabel(state, state.demo.role);
    ui.fonts.note(current);
    ImGui::SetNextItemWidth(std::max(ImGui::CalcTextSize(current.c_str()).x + ImGui::GetFrameHeight() * 2, 160.0f));
    if (ImGui::BeginCombo("##demo-role", current.c_str())) {
        for (std::string_view alias : demoRoles()) {
            const std::string label = roleLabel(state, alias);
            ui.fonts.note(label);
            if (ImGui::Selectable((label + "##role-" + std::string(alias)).c_str(), state.demo.role == alias))
                ui.request(app::SetDemoRole{std::string(alias)});
        }
        ImGui::EndCombo();
    }
    ui.map.annotate(ImGui::GetItemID(), state.tr("ui.demo.switch_role"));
}

} // namespace

void languageSwitch(app::AppState& state, Ui& ui, const char* idSuffix) {
    const std::string zh = state.tr("ui.lang.zh-CN"), en = state.tr("ui.lang.en");
    if (tabButton(ui, zh + idSuffix + "zh", state.lang == "zh-CN") && state.lang != "zh-CN")
        ui.request(app::SetLanguage{"zh-CN"});
    ImGui::SameLine(0, 4);
    if (tabButton(ui, en + idSuffix + "en", state.lang == "en") && state.lang != "en") ui.request(app::SetLanguage{"en"});
}

void topBar(app::AppState& state, Ui& ui) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float rowH = ImGui::GetFrameHeight();
    const float padY = 8, padX = state.narrow ? 10.0f : 20.0f;
    const bool demo = state.demo.active;
    const float height = rowH * (demo ? 2 : 1) + padY * (demo ? 3 : 2);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::GetWindowDrawList()->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), theme::kBar);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + padX, origin.y + padY));

    if (!state.narrow) {
        ImGui::AlignTextToFramePadding();
        textColored(ui, theme::kAccent, state.tr("ui.app.title"));
        ImGui::SameLine(0, 24);
    }
    const bool onCatalog = state.route.screen == app::Screen::Catalog || state.route.screen == app::Screen::Item;
    const bool onSettings = state.route.screen == app::Screen::Settings;
    if (tabButton(ui, std::string(state.tr("ui.nav.catalog")) + "##nav-catalog", onCatalog) &&
        state.route.screen != app::Screen::Catalog)
        ui.request(app::Navigate{app::Route{}});
    ImGui::SameLine(0, 4);
    if (tabButton(ui, std::string(state.tr("ui.nav.settings")) + "##nav-settings", onSettings) && !onSettings)
        ui.request(app::Navigate{app::Route{app::Screen::Settings, {}}});
    if (demo) {
        ImGui::SameLine(0, 4);
        if (tabButton(ui, std::string(state.tr("ui.nav.demo")) + "##nav-demo", state.route.screen == app::Screen::Demo) &&
            state.route.screen != app::Screen::Demo)
            ui.request(app::Navigate{app::Route{app::Screen::Demo, {}}});
    }

    // Language switch, right-aligned.
    const std::string zh = state.tr("ui.lang.zh-CN"), en = state.tr("ui.lang.en");
    const float langW = ImGui::CalcTextSize(zh.c_str()).x + ImGui::CalcTextSize(en.c_str()).x + style.FramePadding.x * 4 + 4;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), width - padX - langW));
    languageSwitch(state, ui, "##top-");
    if (demo) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + padX, origin.y + padY * 2 + rowH));
        roleSwitcher(state, ui);
    }

    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
    ImGui::Dummy(ImVec2(0, 0));
}

} // namespace huicai::ui
