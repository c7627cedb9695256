// The app's text and button widgets. Each reports what it draws to the font set (so
// missing glyphs get added) and, with the test map on, to the widget map; screens use
// these instead of ImGui::Text so that nothing escapes either.
#pragma once
#include "app/i18n.h"
#include "ui/style/icons.h"
#include "ui/style/palette.h"
#include "ui/style/type_scale.h"
#include "ui/ui.h"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace huicai::ui {

void text(Ui& ui, std::string_view s);
void textColored(Ui& ui, ImU32 colour, std::string_view s);
// A paragraph wrapped for Chinese and Latin text to `width` (0: the space left).
void wrappedText(Ui& ui, std::string_view s, float width = 0, ImU32 colour = 0);
// `s` broken into lines no wider than `width` in the current font (CJK and Latin rules
// of cjk_wrap.h); reports the characters to the font set.
std::vector<std::string_view> wrapLines(Ui& ui, std::string_view s, float width);
// A heading: the text in the heading style and the primary colour (by default) with a
// little space under it, reported as a heading of the screen.
void heading(Ui& ui, std::string_view s, TextStyle style = TextStyle::Heading, Tone tone = Tone::Primary);

// `label` may carry an "##id" suffix. An `icon` goes before the words; the widget
// map knows the button by its words alone.
bool button(Ui& ui, const std::string& label, ImVec2 size = ImVec2(0, 0), Icon icon = Icon::None);
// A button drawn as selected when `selected`: by default one choice of a set (a radio
// button to assistive technology: the current language, the ID type); `role` Toggle for
// one that is on or off, Tab for a console's page, Link for the top bar's pages.
bool choiceButton(Ui& ui, const std::string& label, bool selected, Icon icon = Icon::None, A11yRole role = A11yRole::Radio);
// The label a button with `icon` shows: the icon, a space and `label` (with its id).
std::string withIcon(Icon icon, const std::string& label);
// The favourite toggle of an item: label `label` ("收藏"), id "##fav-<code>"; a star
// and a filled background when on.
bool favouriteToggle(Ui& ui, const std::string& label, const std::string& code, bool on);
// A one-line text field showing `hint` when empty; the widget map knows it by the hint.
bool searchField(Ui& ui, const char* id, const std::string& hint, std::string& value, float width);

// A text area of `width` × `height`; the hint shows while it is empty.
bool multilineField(Ui& ui, const char* id, const std::string& hint, std::string& value, float width, float height);
// After a combo box (ImGui::BeginCombo … EndCombo): names it `name`, showing `value`,
// and tells the accessibility mirror it is a combo box, expanded while its list is open.
void markCombo(Ui& ui, std::string_view name, std::string_view value);
// Replaces "{name}" in `pattern` with `value`.
std::string format(std::string_view pattern, std::string_view name, std::string_view value);
// The text of `key` for a count of `n` (its singular where the language has one:
// app::I18n::trCount), "{name}" filled in with `n`.
std::string countText(const app::I18n& i18n, std::string_view key, std::string_view name, long long n);

} // namespace huicai::ui
