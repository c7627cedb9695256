// A screen's form (what is being typed in it), kept in the workspace rather than in a
// function-local static, so that it outlives frames but not the acting user: the
// workspace forgets every form when the user or the demo role changes
// (Workspace::clearForms).
#pragma once
#include "app/app_state.h"

#include <any>
#include <string>
#include <string_view>

namespace huicai::ui {

// The form of type `Form` stored under `key`; a new one the first time.
template <class Form>
Form& screenForm(app::AppState& state, std::string_view key) {
    std::any& slot = state.work.screenForms[std::string(key)];
    if (Form* form = std::any_cast<Form>(&slot)) return *form;
    return slot.emplace<Form>();
}

} // namespace huicai::ui
