// Settings (#/settings): the language, the state of the local database, and clearing
// the local data after a confirmation. A read-only tab cannot clear anything.
#include "ui/screens/screens.h"

#include "ui/theme.h"
#include "ui/widgets/bars.h"
#include "ui/widgets/text.h"

#include <huicai_version.h>

namespace huicai::ui {

namespace {

const char* storageKey(const app::AppState& s) {
    switch (s.db) {
    case app::DbState::Loading: return "ui.status.db_loading";
    case app::DbState::Saved: return "ui.status.db_saved";
    case app::DbState::Saving: return "ui.status.db_saving";
    case app::DbState::Error: return "ui.status.db_error";
    case app::DbState::ReadOnly: return "ui.status.read_only";
    case app::DbState::Unavailable: return "ui.status.db_unavailable";
    }
    return "ui.status.db_error";
}

void clearDialog(app::AppState& state, Ui& ui) {
    const std::string title = std::string(state.tr("ui.settings.clear_title")) + "##clear";
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(420.0f, vp->Size.x - 32), 0));
    ui.fonts.note(title);
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) return;
    ui.map.addText(state.tr("ui.settings.clear_title"));
    wrappedText(ui, state.tr("ui.settings.clear_warning"));
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colour(Tone::Warning)));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    if (button(ui, std::string(state.tr("ui.settings.clear_confirm")) + "##confirm")) {
        ui.request(app::ClearLocalData{});
        ImGui::CloseCurrentPopup();
    }
    ImGui::PopStyleColor(2);
    ImGui::SameLine();
    if (button(ui, std::string(state.tr("ui.settings.cancel")) + "##cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

} // namespace

void settingsScreen(app::AppState& state, Ui& ui) {
    heading(ui, state.tr("ui.settings.title"));

    textColored(ui, colour(Tone::Muted), state.tr("ui.settings.language"));
    languageSwitch(state, ui, "##set-");
    ImGui::Dummy(ImVec2(0, space::kItem));

    textColored(ui, colour(Tone::Muted), state.tr("ui.settings.display"));
    if (tabButton(ui, std::string(state.tr("ui.settings.contrast_normal")) + "##contrast-normal", !state.highContrast) &&
        state.highContrast)
        ui.request(app::SetHighContrast{false});
    ImGui::SameLine();
    if (tabButton(ui, std::string(state.tr("ui.settings.contrast_high")) + "##contrast-high", state.highContrast) &&
        !state.highContrast)
        ui.request(app::SetHighContrast{true});
    wrappedText(ui, state.tr("ui.settings.contrast_note"), 0, colour(Tone::Muted));
    ImGui::Dummy(ImVec2(0, space::kItem));

    textColored(ui, colour(Tone::Muted), state.tr("ui.settings.storage"));
    text(ui, state.tr(storageKey(state)));
    wrappedText(ui, state.tr(state.readOnly ? "ui.settings.read_only_note" : "ui.settings.storage_note"), 0, colour(Tone::Muted));
    if (!state.dbErrorDetail.empty()) wrappedText(ui, state.dbErrorDetail, 0, colour(Tone::Warning));
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::BeginDisabled(state.readOnly || state.db == app::DbState::Unavailable);
    if (button(ui, std::string(state.tr("ui.settings.clear")) + "##clear-open"))
        ImGui::OpenPopup((std::string(state.tr("ui.settings.clear_title")) + "##clear").c_str());
    ImGui::EndDisabled();
    clearDialog(state, ui);
    ImGui::Dummy(ImVec2(0, 8));

    textColored(ui, colour(Tone::Muted), state.tr("ui.settings.about"));
    wrappedText(ui, format(state.tr("ui.settings.version"), "version", HUICAI_VERSION));
}

} // namespace huicai::ui
