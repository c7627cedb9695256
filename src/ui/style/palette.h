// The app's colours as named roles, in a normal and a high-contrast set. Screens and
// widgets ask for a role (colour(Tone::Muted)), never for a colour of their own, so
// that switching the set (the settings' high-contrast switch) recolours everything.
// Every text role meets WCAG AA (4.5:1) against every background role in both sets;
// textPairs() lists those pairs for the test that checks it.
#pragma once
#include <imgui.h>

#include <array>
#include <vector>
#include <string_view>

namespace huicai::ui {

enum class Tone {
    Surface,   // the page behind everything
    Raised,    // cards, fields, buttons
    Bar,       // the top and status bars
    Selected,  // a selected row or tab's background
    Border,    // lines around fields and cards
    Text,      // body text
    Muted,     // secondary text: captions, labels of values
    Primary,   // links, headings, the primary button, the current step
    OnPrimary, // text on a primary background
    Success,   // done, applied, on time
    Warning,   // due soon, returned, needs attention
    Danger,    // refused, overdue, errors
    Focus,     // the keyboard focus ring
    Star,      // a favourite's star
    OnStar,    // text on a favourite's star colour
};
inline constexpr int kToneCount = static_cast<int>(Tone::OnStar) + 1;

enum class Contrast {
    Normal,
    High
};

struct Palette {
    std::array<ImU32, kToneCount> colours{};
    ImU32 operator[](Tone r) const { return colours[static_cast<size_t>(r)]; }
};

const Palette& palette(Contrast contrast);

// The set in use, and switching it (theme::apply re-derives ImGui's style colours).
Contrast contrast();
void setContrast(Contrast contrast);
inline ImU32 colour(Tone role) { return palette(contrast())[role]; }
ImVec4 colourVec(Tone role);

// WCAG 2.x contrast ratio of two opaque colours (1 to 21).
double contrastRatio(ImU32 a, ImU32 b);

struct TextPair {
    Tone text, background;
};
// Every text role on every background it is drawn on, the text on a filled button
// (primary, danger) and on a verdict's panel (success, warning), and on a favourite's
// star.
std::vector<TextPair> textPairs();
std::string_view toneName(Tone role);

} // namespace huicai::ui
