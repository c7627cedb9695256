// A fingerprint of what a frame would put on the canvas: two frames with the same
// fingerprint draw the same pixels, so the second need not be drawn. ImGui settles
// over several frames after each input (hover, press, release, layout), and many of
// them draw exactly what the one before drew; on a phone each skipped frame is GPU
// work and battery saved, and the browser composites nothing new.
#pragma once
#include <imgui.h>

#include <cstddef>
#include <cstdint>

namespace huicai::ui {

// Covers the display's place, size and scale, the clear colour, and every draw list's
// vertices, indices and commands (clip rectangle, texture, offsets, count, callback).
// A draw callback's user data is covered by the fingerprint noted for it.
std::uint64_t drawFingerprint(const ImDrawData& data, const ImVec4& clear);
// What a draw callback's user data `data` draws (the map's view and values), which its
// draw list does not show: noted by whoever adds the callback, every frame.
void noteCallbackFingerprint(const void* data, std::uint64_t print);
// A fingerprint of `n` bytes, for noteCallbackFingerprint.
std::uint64_t fingerprintBytes(const void* bytes, std::size_t n, std::uint64_t seed = 0);

} // namespace huicai::ui
