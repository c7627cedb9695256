// A row of choice buttons that wraps to the next line when the next button would not
// fit the width left (so four grades or five stars stay on one line at a desk and
// break cleanly on a phone), and a toggle button for yes/no options of a form.
#pragma once
#include "ui/ui.h"

#include <string>

namespace huicai::ui {

// Call startChoices() before the first choice of a row; choice() draws one button
// (label may carry "##id"), placed after the previous one when it fits, and returns
// true when pressed.
void startChoices();
bool choice(Ui& ui, const std::string& label, bool selected);
// A plain button in the same wrapping row (a screen's links to its other screens).
bool rowButton(Ui& ui, const std::string& label);
// A choice drawn as selected while `on`; a press flips it. "label##id" as for button().
bool toggle(Ui& ui, const std::string& label, bool& on);

} // namespace huicai::ui
