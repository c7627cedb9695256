// Implements the colour roles: the two sets, the switch and the contrast ratio.
#include "ui/style/palette.h"

#include <cmath>

namespace huicai::ui {

namespace {

constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, 0xff);
}

// Each set's colours in the order of Tone: surface, raised, bar, selected, border,
// text, muted, primary, on-primary, success, warning, danger, focus, star, on-star.
constexpr unsigned kNormal[kToneCount] = {0xf4f6f9, 0xffffff, 0xe6ebf2, 0xd9e6f7, 0xc7d1dd, 0x1b2a41, 0x5b6778, 0x1f5fa8,
                                          0xffffff, 0x17703f, 0xa04207, 0xa8321f, 0x1f5fa8, 0xe0a100, 0x4a3500};
constexpr unsigned kHigh[kToneCount] = {0xffffff, 0xffffff, 0xf0f0f0, 0xdde8ff, 0x000000, 0x000000, 0x333333, 0x003d8f,
                                        0xffffff, 0x0b5a2a, 0x8a3000, 0x9e1c10, 0x000000, 0xe0a100, 0x000000};

Palette makePalette(const unsigned (&hex)[kToneCount]) {
    Palette p;
    for (int i = 0; i < kToneCount; ++i) p.colours[static_cast<size_t>(i)] = rgb(hex[i]);
    return p;
}

Contrast g_contrast = Contrast::Normal;

double luminance(ImU32 c) {
    auto channel = [](unsigned v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel((c >> IM_COL32_R_SHIFT) & 0xff) + 0.7152 * channel((c >> IM_COL32_G_SHIFT) & 0xff) +
           0.0722 * channel((c >> IM_COL32_B_SHIFT) & 0xff);
}

} // namespace

const Palette& palette(Contrast contrast) {
    static const Palette normal = makePalette(kNormal), high = makePalette(kHigh);
    return contrast == Contrast::High ? high : normal;
}

Contrast contrast() { return g_contrast; }
void setContrast(Contrast contrast) { g_contrast = contrast; }

ImVec4 colourVec(Tone role) { return ImGui::ColorConvertU32ToFloat4(colour(role)); }

double contrastRatio(ImU32 a, ImU32 b) {
    double la = luminance(a), lb = luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

std::vector<TextPair> textPairs() {
    std::vector<TextPair> out;
    for (Tone text : {Tone::Text, Tone::Muted, Tone::Primary, Tone::Success, Tone::Warning, Tone::Danger})
        for (Tone bg : {Tone::Surface, Tone::Raised, Tone::Bar, Tone::Selected}) out.push_back({text, bg});
    // Text on a filled primary or danger button, on a verdict's success or warning panel.
    for (Tone fill : {Tone::Primary, Tone::Danger, Tone::Success, Tone::Warning}) out.push_back({Tone::OnPrimary, fill});
    out.push_back({Tone::OnStar, Tone::Star});
    return out;
}

std::string_view toneName(Tone role) {
    static constexpr std::string_view kNames[kToneCount] = {
        "surface", "raised", "bar", "selected", "border", "text", "muted", "primary",
        "on-primary", "success", "warning", "danger", "focus", "star", "on-star"};
    return kNames[static_cast<size_t>(role)];
}

} // namespace huicai::ui
