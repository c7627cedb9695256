// The app's look: a light Dear ImGui style sized for touch, and the few colours the
// screens use by name.
#pragma once
#include <imgui.h>

namespace huicai::ui::theme {

void apply();

inline constexpr ImU32 kAccent = IM_COL32(0x1f, 0x5f, 0xa8, 0xff); // links, headings
inline constexpr ImU32 kMuted = IM_COL32(0x5b, 0x67, 0x78, 0xff);  // secondary text
inline constexpr ImU32 kStar = IM_COL32(0xe0, 0xa1, 0x00, 0xff);   // a favourite
inline constexpr ImU32 kStarText = IM_COL32(0x4a, 0x35, 0x00, 0xff);
inline constexpr ImU32 kOk = IM_COL32(0x1e, 0x85, 0x4a, 0xff);
inline constexpr ImU32 kWarn = IM_COL32(0xb5, 0x47, 0x08, 0xff);
inline constexpr ImU32 kBar = IM_COL32(0xe6, 0xeb, 0xf2, 0xff); // top and status bars

// Below this width (CSS pixels) the screens switch to their one-column layout.
inline constexpr float kNarrowWidth = 700.0f;

} // namespace huicai::ui::theme
