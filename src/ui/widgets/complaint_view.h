// Complaint items on the screens of those who answer them (S8.1.2 (1)): the items a
// window sent back, each with its item, window, count and summary, its state and the
// answers given (the department's, each handling agency's), and a field and Respond
// where the core offers it — on #/department for the competent department and on
// #/handling for the item's agencies under it. The agencies' answers are also one
// line each for the window's own list.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <functional>
#include <string>

namespace huicai::ui {

// The complaint items `concerns` accepts, under the heading `titleKey`; nothing when
// there is none.
void complaintsToAnswer(app::AppState& state, Ui& ui, const std::function<bool(const ComplaintItem&)>& concerns,
                        const char* titleKey);
// "Agency: answer" lines of the complaint's handling agencies, capped to two lines each.
void agencyResponses(app::AppState& state, Ui& ui, const ComplaintItem& c);

} // namespace huicai::ui
