// The design system's components, drawn from the colour roles, the type scale and the
// measures: a page title, a card (a raised panel that sizes to what it holds), a
// key-value line, a chip (a short state in its role's colour), the primary button (one
// per card: what the reader should do next) and the danger button (an action that
// cannot be undone), a form field's label, help and error, a notice, an empty state
// and a dialog. Screens build with these instead of setting colours and sizes of their
// own.
#pragma once
#include "ui/style/icons.h"
#include "ui/style/palette.h"
#include "ui/style/type_scale.h"
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

// A column of `measure` in the space left: the space's width, at most the measure's.
float measureWidth(Measure measure);

// An action that cannot be undone (clearing the data kept in this browser): filled in
// the danger colour.
bool dangerButton(Ui& ui, const std::string& label, float width = 0, Icon icon = Icon::None);

// A form field's parts around what is typed: the label above it, a help line under it
// in the caption style, and its problem under that (after an icon, in the danger
// colour, naming the field). `width` 0: the space left.
void fieldLabel(Ui& ui, std::string_view label);
void fieldHelp(Ui& ui, std::string_view help, float width = 0);
void fieldError(Ui& ui, std::string_view message, float width = 0);

// A notice of `tone` (Success, Warning, Danger; anything else reads as information):
// the tone's icon and stripe on a tint of it, the words in the text colour so they
// read as well as body text. It stays until the next command or screen: a person
// reads it at their own pace. `width` 0: the space left.
void notice(Ui& ui, std::string_view text, Tone tone, float width = 0);
// The background a notice of `tone` is drawn on (for the contrast check).
ImU32 noticeBackground(Tone tone);

// The height of a notice of `text` drawn `width` wide.
float noticeHeight(Ui& ui, std::string_view text, float width);

// The outcome of the last command as a band at the foot of the page, above the status
// bar, as wide as the window: the notice and a button that dismisses it (true when
// pressed). The shell keeps toastHeight() free for it, so it covers nothing and is
// seen wherever the page is scrolled.
float toastHeight(Ui& ui, std::string_view text, const std::string& dismissLabel);
bool toast(Ui& ui, std::string_view text, Tone tone, const std::string& dismissLabel);

// What a list or a page shows when it has nothing to show: a muted icon over the
// sentence that says so, centred in a bordered panel as wide as the space left.
void emptyState(Ui& ui, std::string_view text, Icon icon = Icon::Empty);

// A dialog over the page (a modal popup centred on the screen, at most the narrow
// measure wide): openDialog(id) when its opener is pressed; each frame
// `if (beginDialog(ui, id, title)) { …; endDialog(ui); }`; closeDialog() from a button
// in it. Its title is a heading of the screen, and the dialog's name to assistive
// technology, which finds what it holds in it (a modal dialog).
void openDialog(const char* id);
bool beginDialog(Ui& ui, const char* id, std::string_view title);
void closeDialog();
void endDialog(Ui& ui);

} // namespace huicai::ui
