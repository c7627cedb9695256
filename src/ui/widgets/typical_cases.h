// The typical cases windows publish (S8.3): what good service looked like, for
// talents, specialists and windows to read. Everyone sees them.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

namespace huicai::ui {

// The published cases, newest first, each with its window and date (a clipped list);
// a muted line when there are none.
void typicalCases(app::AppState& state, Ui& ui);

} // namespace huicai::ui
