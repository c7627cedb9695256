// Pieces of the window's intake desk (#/window/intake): a bordered list of one-line
// rows drawn with ImGuiListClipper (so thousands of requests cost only the lines in
// view), the pickers of a talent (optional, clipped inside its popup) and of a
// handling agency from the catalogue, and the problems and suggestions inbox that
// reached the acting window with its escalation to the next-higher window.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <functional>
#include <string>

namespace huicai::ui {

// Rows 0..count-1 as selectable lines labelled label(i) (with an "##id" suffix), at
// most `maxShown` lines tall; returns the row clicked, or -1.
int pickList(const char* id, int count, int maxShown, const std::function<std::string(int)>& label,
             const std::function<bool(int)>& selected, Ui& ui);

// A talent of the workspace or none ("" = anonymous), labelled with `labelKey`'s text.
void talentPicker(app::AppState& state, Ui& ui, const char* id, const char* labelKey, std::string& talent, float width);
// A handling agency of the catalogue, labelled "承办机构" for the map.
void agencyPicker(app::AppState& state, Ui& ui, const char* id, std::string& agency, float width);

// Who raised a problem: "高层次人才 张明", "单位专员 李华", ….
std::string raiserName(const app::AppState& state, const std::string& actorId);

// The problems and suggestions inbox of `window`: a form to record one heard at the
// window (kind, talent if any, text), the filter, the list, the selected one's full
// text, who raised it, its path and the escalate action.
void problemInbox(app::AppState& state, Ui& ui, const std::string& window);

} // namespace huicai::ui
