// The frame around every screen: the top bar (title, navigation, language), the
// scrolling content area with the current route's screen, and the status bar.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

namespace huicai::ui {

void drawShell(app::AppState& state, Ui& ui);

} // namespace huicai::ui
