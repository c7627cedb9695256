// Problems and suggestions sent to the service window (S6.2.1 (4), S6.2.4 (4)): the
// ones the acting person raised, each with the window that holds it now, and a form to
// send one — problem or suggestion, about one of `talents` when the sender serves
// talents (an employer specialist), and the text. Drawn on the talent's #/services and
// the employer specialist's #/specialist.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <string>
#include <vector>

namespace huicai::ui {

void problemsAndSuggestions(app::AppState& state, Ui& ui, const Actor& actor, const std::vector<std::string>& talents);

} // namespace huicai::ui
