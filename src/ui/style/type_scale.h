// The type scale and the spacing steps. Sizes are the em of the font in CSS pixels
// (a 16 px body is what a browser's 16 px text is: a CJK character 16 px wide), so
// that the app's text is as large as the pages people compare it with. Each style is
// its own font of the atlas (FontSet), rasterised at its size, never scaled up.
#pragma once

namespace huicai::ui {

enum class TextStyle {
    Body,    // everything people read and type
    Caption, // under a field or a figure: help, units, "since …"; the only smaller text
    Heading, // a section's heading
    Title,   // the page's title
};
inline constexpr int kTextStyleCount = 4;

constexpr float emPx(TextStyle style) {
    switch (style) {
    case TextStyle::Caption: return 13.0f;
    case TextStyle::Heading: return 19.0f;
    case TextStyle::Title: return 23.0f;
    case TextStyle::Body: break;
    }
    return 16.0f;
}

constexpr const char* textStyleName(TextStyle style) {
    switch (style) {
    case TextStyle::Caption: return "caption";
    case TextStyle::Heading: return "heading";
    case TextStyle::Title: return "title";
    case TextStyle::Body: break;
    }
    return "body";
}

// Spacing steps (CSS pixels): between a label and its value, between items of a
// group, between groups, between sections.
namespace space {
inline constexpr float kTight = 4.0f;
inline constexpr float kItem = 8.0f;
inline constexpr float kGroup = 16.0f;
inline constexpr float kSection = 24.0f;
} // namespace space

// How wide a column of a kind is at most (CSS pixels): a short field (a date, a
// number), a sign-in form or the card's face, a form, a page of reading. Screens ask
// for a measure (measureWidth in components.h), never for a width of their own.
enum class Measure {
    Field,
    Narrow,
    Form,
    Reading,
};

constexpr float measurePx(Measure m) {
    switch (m) {
    case Measure::Field: return 220.0f;
    case Measure::Narrow: return 420.0f;
    case Measure::Reading: return 720.0f;
    case Measure::Form: break;
    }
    return 520.0f;
}

// The smallest control a finger can hit on a phone (CSS pixels, both sides).
inline constexpr float kTouchTarget = 44.0f;

} // namespace huicai::ui
