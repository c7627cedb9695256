// Parts the administrator's console's screens share: the gate that lets in whom the
// core's account policy names, the row of links between the console's screens the
// acting user may open, field labels with their problems in the user's language, a
// call's outcome, and a list of units to choose one from.
#pragma once
#include "app/app_state.h"
#include "app/console_forms.h"
#include "ui/ui.h"

#include <string>
#include <vector>

namespace huicai::ui {

// True when the workspace is ready and `allowed` (the core's answer for the acting
// user); otherwise draws why, with a way to the user's own workspace (signed in) or
// to act as the demo's administrator.
bool consoleGate(app::AppState& state, Ui& ui, bool allowed);
// Accounts · Units · Holidays · Audit, as far as the acting user may open them.
void consoleTabs(app::AppState& state, Ui& ui);
void fieldLabel(app::AppState& state, Ui& ui, const char* key);
// The problem of `field` under it, naming the field (after a first try only).
void fieldProblem(app::AppState& state, Ui& ui, const std::vector<sync::FieldProblem>& problems, std::string_view field,
                  const char* labelKey, float width, bool tried);
// "Working…" while under way; the server's refusal in the user's language after.
void callOutcome(app::AppState& state, Ui& ui, const app::CallState& call, float width);
// The units in `choices` as buttons (the chosen one marked), narrowed by `filter`
// typed above them; at most `shown` of them, with a line saying how many more match.
void unitPicker(app::AppState& state, Ui& ui, const char* id, std::string& chosen, std::string& filter,
                const std::vector<app::UnitChoice>& choices, float width, std::size_t shown = 8);
// The unit's name in the user's language, or the id when unknown.
std::string unitName(const app::AppState& state, const std::vector<app::UnitChoice>& choices, const std::string& id);
// A Unix time as "YYYY-MM-DD HH:MM" UTC, or the "never" text for 0.
std::string timeText(const app::AppState& state, std::int64_t seconds);

} // namespace huicai::ui
