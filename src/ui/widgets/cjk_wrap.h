// Line breaking for mixed Chinese and Latin text. Dear ImGui wraps only at spaces, so a
// Chinese paragraph would run off the screen: here a line may break between any two
// CJK characters, after a space, and between CJK and Latin, but never before closing
// punctuation (，。、；：？！）」》…) or after opening punctuation (（「《“), and a
// word longer than the width is cut where it must.
#pragma once
#include <functional>
#include <string_view>
#include <vector>

namespace huicai::ui {

// Splits `text` into lines no wider than `width` (except a single character that is
// wider on its own); `advance` gives a code point's width. Line breaks in the text
// are kept; trailing spaces of a broken line are dropped.
std::vector<std::string_view> breakLines(std::string_view text, float width,
                                         const std::function<float(char32_t)>& advance);

} // namespace huicai::ui
