// A card application's steps as a bar a person reads at a glance (core/card_progress.h):
// a dot per step joined by a line, done steps green, the current one in the accent
// colour with a ring, a stopped one (rejected, returned for revision) in the warning
// colour, steps ahead hollow; each step's name under its dot (the window's region
// for a window), and one line under the bar that says the step in words ("Step 4 of
// 6: Jinan") for those who do not read the dots.
#pragma once
#include "app/app_state.h"
#include "core/card_progress.h"
#include "ui/ui.h"

#include <string>
#include <vector>

namespace huicai::ui {

// The name of a step as drawn under its dot.
std::string stepName(const app::AppState& state, const ProgressStep& step);

// `name` in lines no wider than `width` in the current font: broken at spaces, or
// between characters where a word alone is wider (Chinese, a long word).
std::vector<std::string> stepNameLines(const std::string& name, float width);

void stepProgress(app::AppState& state, Ui& ui, const std::vector<ProgressStep>& steps, float width);

} // namespace huicai::ui
