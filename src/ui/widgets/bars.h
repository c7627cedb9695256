// The top bar (title, navigation between screens, the language switch) and the status
// bar (network and server, local database, pending changes, language).
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

namespace huicai::ui {

void topBar(app::AppState& state, Ui& ui);
// The two language buttons ("中文", "English"); `idSuffix` keeps their ids apart.
void languageSwitch(app::AppState& state, Ui& ui, const char* idSuffix);
float statusBarHeight(const app::AppState& state);
void statusBar(app::AppState& state, Ui& ui);

} // namespace huicai::ui
