// Declarations shared between the *_web.cpp files of this folder only.
#pragma once

namespace huicai::platform::detail {

// Clipboard and input-method callbacks of Dear ImGui (input_web.cpp); called once the
// GLFW backend is set up, since that backend installs its own clipboard functions.
void installTextHooks();
// After each frame: focus the text element while ImGui wants text, at the caret.
void syncTextInput();

} // namespace huicai::platform::detail
