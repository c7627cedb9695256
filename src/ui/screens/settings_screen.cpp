// Settings (#/settings): the language, the state of the local database, and clearing
// the local data after a confirmation. A read-only tab cannot clear anything.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "ui/theme.h"
#include "ui/widgets/bars.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <huicai_version.h>

#include <cstdio>

namespace huicai::ui {

namespace {

const char* storageKey(const app::AppState& s) {
    switch (s.db) {
    case app::DbState::Loading: return "ui.status.db_loading";
    case app::DbState::Saved: return "ui.status.db_saved";
    case app::DbState::Saving: return "ui.status.db_saving";
    case app::DbState::Error: return s.storageFull ? "ui.status.db_full" : "ui.status.db_error";
    case app::DbState::ReadOnly: return "ui.status.read_only";
    case app::DbState::Unavailable: return "ui.status.db_unavailable";
    }
    return "ui.status.db_error";
}

// "1.5 MB", "512 KB", "2.0 GB": the same in both languages.
std::string byteSize(double bytes) {
    const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    int u = 0;
    while (bytes >= 1024 && u < 4) {
        bytes /= 1024;
        ++u;
    }
    char out[32];
    std::snprintf(out, sizeof out, u == 0 || bytes >= 100 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
    return out;
}

void clearDialog(app::AppState& state, Ui& ui) {
    if (!beginDialog(ui, "clear", state.tr("ui.settings.clear_title"))) return;
    wrappedText(ui, state.tr("ui.settings.clear_warning"));
    ImGui::Dummy(ImVec2(0, space::kItem));
    if (dangerButton(ui, std::string(state.tr("ui.settings.clear_confirm")) + "##confirm")) {
        ui.request(app::ClearLocalData{});
        closeDialog();
    }
    ImGui::SameLine();
    if (button(ui, std::string(state.tr("ui.settings.cancel")) + "##cancel")) closeDialog();
    endDialog(ui);
}

} // namespace

void settingsScreen(app::AppState& state, Ui& ui) {
    heading(ui, state.tr("ui.settings.title"));

    textColored(ui, colour(Tone::Muted), state.tr("ui.settings.language"));
    languageSwitch(state, ui, "##set-");
    ImGui::Dummy(ImVec2(0, space::kItem));

    textColored(ui, colour(Tone::Muted), state.tr("ui.settings.display"));
    if (choiceButton(ui, std::string(state.tr("ui.settings.contrast_normal")) + "##contrast-normal", !state.highContrast) &&
        state.highContrast)
        ui.request(app::SetHighContrast{false});
    ImGui::SameLine();
    if (choiceButton(ui, std::string(state.tr("ui.settings.contrast_high")) + "##contrast-high", state.highContrast) &&
        !state.highContrast)
        ui.request(app::SetHighContrast{true});
    wrappedText(ui, state.tr("ui.settings.contrast_note"), 0, colour(Tone::Muted));
    ImGui::Dummy(ImVec2(0, space::kItem));

    textColored(ui, colour(Tone::Muted), state.tr("ui.settings.text_size"));
    textSizeSwitch(state, ui);
    wrappedText(ui, state.tr("ui.settings.text_size_note"), 0, colour(Tone::Muted));
    ImGui::Dummy(ImVec2(0, space::kItem));

    textColored(ui, colour(Tone::Muted), state.tr("ui.settings.storage"));
    text(ui, state.tr(storageKey(state)));
    if (state.storage.known) {
        if (state.storage.quotaBytes > 0)
            wrappedText(ui, format(format(state.tr("ui.settings.storage_use"), "used", byteSize(state.storage.usedBytes)), "quota",
                                   byteSize(state.storage.quotaBytes)));
        if (state.storage.persisted >= 0)
            wrappedText(ui, state.tr(state.storage.persisted ? "ui.settings.storage_persisted" : "ui.settings.storage_not_persisted"),
                        0, colour(state.storage.persisted ? Tone::Success : Tone::Warning));
    }
    wrappedText(ui, state.tr(state.readOnly ? "ui.settings.read_only_note" : "ui.settings.storage_note"), 0, colour(Tone::Muted));
    if (!state.dbErrorDetail.empty()) notice(ui, state.dbErrorDetail, Tone::Danger);
    ImGui::Dummy(ImVec2(0, space::kTight));
    ImGui::BeginDisabled(state.readOnly || state.db == app::DbState::Unavailable);
    if (button(ui, std::string(state.tr("ui.settings.clear")) + "##clear-open"))
        openDialog("clear");
    ImGui::EndDisabled();
    clearDialog(state, ui);
    ImGui::Dummy(ImVec2(0, space::kItem));

    textColored(ui, colour(Tone::Muted), state.tr("ui.settings.about"));
    wrappedText(ui, format(state.tr("ui.settings.version"), "version", HUICAI_VERSION));
}

} // namespace huicai::ui
