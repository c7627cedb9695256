// Text of a clipped list's block, which must keep a fixed height: wrapped for Chinese
// and Latin text to the width left, but at most a given number of lines, the last one
// ending in "…" when the text goes on. Each line counts one text line of blockHeight().
#pragma once
#include "ui/ui.h"

#include <imgui.h>

#include <string_view>

namespace huicai::ui {

// Draws `s` in at most `maxLines` lines (colour 0: the text colour); returns the lines drawn.
int cappedText(Ui& ui, std::string_view s, int maxLines, ImU32 colour = 0);

} // namespace huicai::ui
