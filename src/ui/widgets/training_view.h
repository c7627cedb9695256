// The trainings a specialist attended (S6.1.1 (2)), newest first: the specialist's own
// record of them, drawn for an employer specialist on #/specialist and for a window
// specialist on #/window/training (windows train the employer and window specialists
// of their area). Nothing when there is none.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <string>

namespace huicai::ui {

void trainingsAttended(app::AppState& state, Ui& ui, const std::string& specialist);

} // namespace huicai::ui
