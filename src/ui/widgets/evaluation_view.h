// A window's evaluation of a unit (S8.2) as the evaluating window and the evaluated
// unit both list it: one status line, in the tone of its correction notice.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

namespace huicai::ui {

// The talents' rating (when `withRating`), the correction notice, a conduct breach and
// the unit's answer with its date, capped to two lines: a notice waiting for its answer
// in the warning tone, anything else muted.
void evaluationStatus(const app::AppState& state, Ui& ui, const WindowEvaluation& e, bool withRating);

} // namespace huicai::ui
