// The design system's components, drawn from the colour roles and the type scale:
// a page title, a card (a raised panel that sizes to what it holds), a key-value
// line, a chip (a short state in its role's colour), the primary button (one per
// card: what the reader should do next) and a section heading. Screens build with
// these instead of setting colours and sizes of their own.
#pragma once
#include "ui/style/icons.h"
#include "ui/style/palette.h"
#include "ui/ui.h"

#include <imgui.h>

#include <string>
#include <string_view>

namespace huicai::ui {

// The page's title in the title style, reported as the screen's heading.
void pageTitle(Ui& ui, std::string_view title);

// A raised panel with a border, as wide as the space left (or `width`) and as high
// as what is drawn in it: beginCard(); …; endCard(). `id` keeps cards apart.
void beginCard(const char* id, float width = 0);
void endCard();

// "label  value" on one line when it fits, the label muted; the value wraps.
void keyValue(Ui& ui, std::string_view label, std::string_view value, Tone valueRole = Tone::Text);

// A short state ("3 working days left") on a tinted background in `role`'s colour,
// on the current line, after its `icon` if any; chipWidth() is how wide it is drawn.
void chip(Ui& ui, std::string_view text, Tone role, Icon icon = Icon::None);
float chipWidth(std::string_view text, Icon icon = Icon::None);

// The card's main action: filled in the primary colour. `label` may carry "##id".
bool primaryButton(Ui& ui, const std::string& label, float width = 0, Icon icon = Icon::None);

} // namespace huicai::ui
