// The app's look: Dear ImGui's style derived from the colour roles (style/palette.h)
// and the spacing steps (style/type_scale.h), sized for touch.
#pragma once
#include "ui/style/palette.h"
#include "ui/style/type_scale.h"

#include <imgui.h>

namespace huicai::ui::theme {

// Sets ImGui's style for the colour set in use (call again after setContrast).
void apply();

// Below this width (CSS pixels) the screens switch to their one-column layout.
inline constexpr float kNarrowWidth = 700.0f;

// Frame padding that makes a one-line control at least kTouchTarget high (and a
// one-character button as wide) on a phone; the desk keeps a denser layout.
ImVec2 framePadding(bool narrow);

} // namespace huicai::ui::theme
