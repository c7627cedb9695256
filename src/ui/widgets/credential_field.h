// The sign-in form's fields. Each is drawn on the canvas and is also a real <input>
// of the page, laid over it in a <form> with its autocomplete token (username,
// current-password), so that a password manager offers the saved login when the field
// is pressed, fills it, and offers to save what was typed once the form is submitted
// and gone. The page's input does the editing (typing, the input method, paste); the
// canvas draws what it holds, masked for a password, with the caret where the page's
// caret is. The widget map knows the field by its hint and role; a password's value
// is never published.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <string>

namespace huicai::ui {

enum class Credential {
    Username,
    CurrentPassword,
    NewPassword,
};
const char* credentialToken(Credential kind);

// Draws the field `id` of `width` holding `value` (what the page's input took since the
// last frame replaces it); pressing it puts the page's focus in its input.
void credentialField(app::AppState& state, Ui& ui, const char* id, const std::string& hint, std::string& value, float width,
                     Credential kind);
// True once after the form was submitted from the page (Enter in one of its fields).
bool takeCredentialSubmit(app::AppState& state);

} // namespace huicai::ui
