// Implements FontSet: the atlas's character set, its rebuilds and the full-font fallback.
#include "ui/fonts.h"

#include "ui/style/icons.h"
#include "ui/widgets/utf8.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace huicai::ui {

namespace {

void addChars(std::set<char32_t>& out, std::string_view utf8) {
    for (size_t i = 0; i < utf8.size();) {
        char32_t c = decodeUtf8(utf8, i);
        if (c >= 0x20) out.insert(c);
    }
}

void buildRanges(const std::set<char32_t>& chars, ImVector<ImWchar>& out) {
    ImFontGlyphRangesBuilder b;
    for (char32_t c : chars) b.AddChar(static_cast<ImWchar>(c));
    out.clear();
    b.BuildRanges(&out);
}

unsigned be16(const std::vector<unsigned char>& d, size_t at) { return at + 2 <= d.size() ? (d[at] << 8) | d[at + 1] : 0; }
unsigned long be32(const std::vector<unsigned char>& d, size_t at) {
    return at + 4 <= d.size() ? (static_cast<unsigned long>(be16(d, at)) << 16) | be16(d, at + 2) : 0;
}

// (ascent - descent) / unitsPerEm from the 'hhea' and 'head' tables of a TrueType
// font or the first font of a collection; 1 when the tables cannot be read.
float linePerEmOf(const std::vector<unsigned char>& d) {
    size_t dir = 0;
    if (d.size() >= 16 && d[0] == 't' && d[1] == 't' && d[2] == 'c' && d[3] == 'f') dir = be32(d, 12);
    const unsigned tables = be16(d, dir + 4);
    unsigned long head = 0, hhea = 0;
    for (unsigned i = 0; i < tables; ++i) {
        const size_t e = dir + 12 + 16 * static_cast<size_t>(i);
        if (e + 16 > d.size()) break;
        const std::string_view tag(reinterpret_cast<const char*>(&d[e]), 4);
        if (tag == "head") head = be32(d, e + 8);
        if (tag == "hhea") hhea = be32(d, e + 8);
    }
    const unsigned upem = head ? be16(d, head + 18) : 0;
    if (!upem || !hhea) return 1.0f;
    const auto ascent = static_cast<std::int16_t>(be16(d, hhea + 4));
    const auto descent = static_cast<std::int16_t>(be16(d, hhea + 6));
    const float f = static_cast<float>(ascent - descent) / static_cast<float>(upem);
    return f > 0.5f && f < 3.0f ? f : 1.0f;
}

// The Private Use Area block Font Awesome 4.7 fills (zero-terminated ImGui ranges).
constexpr ImWchar kIconRanges[] = {0xf000, 0xf2ff, 0};

constexpr TextStyle kStyles[kTextStyleCount] = {TextStyle::Body, TextStyle::Caption, TextStyle::Heading, TextStyle::Title};

} // namespace

void FontSet::init(std::vector<unsigned char> font, std::string_view held, std::string_view start) {
    m_ui = std::move(font);
    m_linePerEm = linePerEmOf(m_ui);
    std::set<char32_t> h;
    addChars(h, held);
    m_held.insert(h.begin(), h.end());
    std::set<char32_t> s;
    addChars(s, start);
    for (Size& size : m_sizes) {
        for (char32_t c = 0x20; c < 0x7F; ++c) size.chars.insert(c);
        size.chars.insert(0xFFFD);
    }
    for (TextStyle style : {TextStyle::Body, TextStyle::Caption})
        for (char32_t c : s)
            if (m_held.count(c)) m_sizes[static_cast<int>(style)].chars.insert(c);
}

bool FontSet::anyPending(bool full) const {
    for (const Size& size : m_sizes)
        if (!(full ? size.pendingFull : size.pendingLocal).empty()) return true;
    return false;
}

void FontSet::build(float dpr) {
    m_dpr = dpr;
    // Rasterise at the device's resolution (capped: phones at 3x gain little and the
    // atlas grows with the square), then draw scaled back to CSS pixels.
    const float raster = std::clamp(dpr, 1.0f, 2.0f);
    for (Size& size : m_sizes) {
        size.chars.insert(size.pendingLocal.begin(), size.pendingLocal.end());
        size.pendingLocal.clear();
        if (m_fullArrived) {
            if (m_full.empty()) m_unavailable.insert(size.pendingFull.begin(), size.pendingFull.end());
            else size.fullChars.insert(size.pendingFull.begin(), size.pendingFull.end());
            size.pendingFull.clear();
        }
    }
    m_fullArrived = false;

    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas* atlas = io.Fonts;
    atlas->Clear();
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // Body first: ImGui's default font is the atlas's first.
    for (TextStyle style : kStyles) {
        Size& size = m_sizes[static_cast<int>(style)];
        // ImGui truncates a font's size to whole pixels: round up so that the em is
        // never below the scale's.
        const float pixels = std::ceil(emPx(style) * m_scale * m_linePerEm * raster);
        buildRanges(size.chars, size.ranges);
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;
        cfg.OversampleH = raster < 1.5f && style != TextStyle::Title ? 2 : 1;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = false;
        ImFormatString(cfg.Name, IM_ARRAYSIZE(cfg.Name), "WenQuanYi Micro Hei (subset) %s", textStyleName(style));
        m_fonts[static_cast<int>(style)] =
            atlas->AddFontFromMemoryTTF(m_ui.data(), static_cast<int>(m_ui.size()), pixels, &cfg, size.ranges.Data);
        if (!m_full.empty() && !size.fullChars.empty()) {
            buildRanges(size.fullChars, size.fullRanges);
            ImFontConfig merge = cfg;
            merge.MergeMode = true;
            merge.FontNo = 0;
            ImFormatString(merge.Name, IM_ARRAYSIZE(merge.Name), "WenQuanYi Micro Hei %s", textStyleName(style));
            atlas->AddFontFromMemoryTTF(m_full.data(), static_cast<int>(m_full.size()), pixels, &merge, size.fullRanges.Data);
        }
        if (!m_icons.empty()) {
            // At the text's em, on its baseline, each icon as wide as the em so that a
            // column of icons lines up.
            ImFontConfig icons;
            icons.FontDataOwnedByAtlas = false;
            icons.MergeMode = true;
            icons.PixelSnapH = true;
            icons.GlyphMinAdvanceX = std::ceil(emPx(style) * m_scale * raster);
            ImFormatString(icons.Name, IM_ARRAYSIZE(icons.Name), "Font Awesome 4.7 %s", textStyleName(style));
            atlas->AddFontFromMemoryTTF(m_icons.data(), static_cast<int>(m_icons.size()), std::ceil(emPx(style) * m_scale * raster), &icons,
                                        kIconRanges);
        }
    }
    atlas->Build();
    io.FontGlobalScale = 1.0f / raster;
}

TextStyle FontSet::currentStyle() const {
    const ImFont* current = ImGui::GetFont();
    for (TextStyle style : kStyles)
        if (current && m_fonts[static_cast<int>(style)] == current) return style;
    return TextStyle::Body;
}

void FontSet::note(std::string_view utf8) {
    ImFont* font = ImGui::GetFont();
    if (!font) return;
    Size& size = m_sizes[static_cast<int>(currentStyle())];
    for (size_t i = 0; i < utf8.size();) {
        const char32_t c = decodeUtf8(utf8, i);
        if (c < 0x20 || c == 0x7F || isIconCodePoint(c)) continue; // icons come with their own font
        if (font->FindGlyphNoFallback(static_cast<ImWchar>(c))) continue;
        if (m_unavailable.count(c) || size.pendingLocal.count(c) || size.pendingFull.count(c)) continue;
        if (m_held.count(c)) size.pendingLocal.insert(c);
        else if (m_fullFailed || size.fullChars.count(c)) m_unavailable.insert(c);
        else size.pendingFull.insert(c);
    }
    // With the full font at hand, its characters are added like the subset's.
    if (!m_full.empty() && !size.pendingFull.empty()) m_fullArrived = true;
}

bool FontSet::holds(char32_t c) const {
    for (const ImFont* font : m_fonts)
        if (!font || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) return false;
    return true;
}

bool FontSet::takeFullFontRequest() {
    if (!anyPending(true) || m_fullRequested) return false;
    m_fullRequested = true;
    return true;
}

void FontSet::setFullFont(std::vector<unsigned char> font) {
    m_full = std::move(font);
    m_fullFailed = m_full.empty();
    m_fullArrived = true;
}

void FontSet::settle() {
    for (TextStyle style : kStyles) {
        const ImFont* font = m_fonts[static_cast<int>(style)];
        if (!font) continue;
        const Size& size = m_sizes[static_cast<int>(style)];
        for (const auto* chars : {&size.fullChars, &size.chars})
            for (char32_t c : *chars)
                if (!font->FindGlyphNoFallback(static_cast<ImWchar>(c))) m_unavailable.insert(c);
    }
}

} // namespace huicai::ui
