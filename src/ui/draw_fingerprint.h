// A fingerprint of what a frame would put on the canvas: two frames with the same
// fingerprint draw the same pixels, so the second need not be drawn. ImGui settles
// over several frames after each input (hover, press, release, layout), and many of
// them draw exactly what the one before drew; on a phone each skipped frame is GPU
// work and battery saved, and the browser composites nothing new.
#pragma once
#include <imgui.h>

#include <cstdint>

namespace huicai::ui {

// Covers the display's place, size and scale, the clear colour, and every draw list's
// vertices, indices and commands (clip rectangle, texture, offsets, count, callback).
std::uint64_t drawFingerprint(const ImDrawData& data, const ImVec4& clear);

} // namespace huicai::ui
