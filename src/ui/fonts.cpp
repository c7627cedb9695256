// Implements FontSet: the atlas's character set, its rebuilds and the fetched files.
#include "ui/fonts.h"

#include "ui/style/icons.h"
#include "ui/widgets/utf8.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <tuple>
#include <utility>

namespace huicai::ui {

namespace {

void addChars(std::set<char32_t>& out, std::string_view utf8) {
    for (size_t i = 0; i < utf8.size();) {
        char32_t c = decodeUtf8(utf8, i);
        if (c >= 0x20) out.insert(c);
    }
}

// ImGui's glyph ranges ({first, last} pairs, zero-terminated) of `chars`, one pair per
// run of consecutive characters.
void buildRanges(const std::set<char32_t>& chars, ImVector<ImWchar>& out) {
    out.clear();
    for (auto it = chars.begin(); it != chars.end() && *it <= IM_UNICODE_CODEPOINT_MAX;) {
        const char32_t first = *it;
        char32_t last = first;
        for (++it; it != chars.end() && *it == last + 1 && *it <= IM_UNICODE_CODEPOINT_MAX; ++it) last = *it;
        out.push_back(static_cast<ImWchar>(first));
        out.push_back(static_cast<ImWchar>(last));
    }
    out.push_back(0);
}

unsigned be16(const std::vector<unsigned char>& d, size_t at) { return at + 2 <= d.size() ? (d[at] << 8) | d[at + 1] : 0; }
unsigned long be32(const std::vector<unsigned char>& d, size_t at) {
    return at + 4 <= d.size() ? (static_cast<unsigned long>(be16(d, at)) << 16) | be16(d, at + 2) : 0;
}

// (ascent - descent) / unitsPerEm from the 'hhea' and 'head' tables of a TrueType
// font or the first font of a collection; 1 when the tables cannot be read.
// The offset of the table `tag` in a TrueType font or the first font of a collection;
// 0 when there is none.
unsigned long tableOffset(const std::vector<unsigned char>& d, std::string_view tag) {
    size_t dir = 0;
    if (d.size() >= 16 && d[0] == 't' && d[1] == 't' && d[2] == 'c' && d[3] == 'f') dir = be32(d, 12);
    for (unsigned i = 0, n = be16(d, dir + 4); i < n; ++i) {
        const size_t e = dir + 12 + 16 * static_cast<size_t>(i);
        if (e + 16 > d.size()) break;
        if (std::string_view(reinterpret_cast<const char*>(&d[e]), 4) == tag) return be32(d, e + 8);
    }
    return 0;
}

float linePerEmOf(const std::vector<unsigned char>& d) {
    const unsigned long head = tableOffset(d, "head"), hhea = tableOffset(d, "hhea");
    const unsigned upem = head ? be16(d, head + 18) : 0;
    if (!upem || !hhea) return 1.0f;
    const auto ascent = static_cast<std::int16_t>(be16(d, hhea + 4));
    const auto descent = static_cast<std::int16_t>(be16(d, hhea + 6));
    const float f = static_cast<float>(ascent - descent) / static_cast<float>(upem);
    return f > 0.5f && f < 3.0f ? f : 1.0f;
}

// The offset of the Unicode character map of a TrueType font (or the first font of a
// collection) and its format: the full-repertoire subtable (3,10, format 12) when
// there is one, else the BMP's (3,1, format 4); format 0 when neither can be read.
std::pair<size_t, unsigned> unicodeCmapOf(const std::vector<unsigned char>& d) {
    const unsigned long cmap = tableOffset(d, "cmap");
    std::pair<size_t, unsigned> best{0, 0};
    for (unsigned i = 0, n = cmap ? be16(d, cmap + 2) : 0; i < n; ++i) {
        const size_t rec = cmap + 4 + 8 * static_cast<size_t>(i);
        const unsigned platform = be16(d, rec), encoding = be16(d, rec + 2);
        const size_t at = cmap + be32(d, rec + 4);
        const unsigned format = be16(d, at);
        if (platform == 3 && encoding == 10 && format == 12) return {at, 12};
        if (platform == 3 && encoding == 1 && format == 4) best = {at, 4};
    }
    return best;
}

// Whether the character map at `at` (format 4 or 12) gives `c` a glyph.
bool cmapHolds(const std::vector<unsigned char>& d, size_t at, unsigned format, char32_t c) {
    if (format == 12) {
        for (unsigned long i = 0, n = be32(d, at + 12); i < n; ++i) {
            const size_t g = at + 16 + 12 * static_cast<size_t>(i);
            if (g + 12 > d.size()) return false;
            if (c >= be32(d, g) && c <= be32(d, g + 4)) return true;
        }
        return false;
    }
    if (format != 4 || c > 0xFFFF) return false;
    const unsigned segments = be16(d, at + 6) / 2;
    const size_t ends = at + 14, starts = ends + 2 * static_cast<size_t>(segments) + 2;
    const size_t deltas = starts + 2 * static_cast<size_t>(segments), offsets = deltas + 2 * static_cast<size_t>(segments);
    for (unsigned i = 0; i < segments; ++i) {
        if (c > be16(d, ends + 2 * i)) continue;
        const unsigned first = be16(d, starts + 2 * i);
        if (c < first) return false;
        const unsigned offset = be16(d, offsets + 2 * i);
        if (!offset) return ((c + be16(d, deltas + 2 * i)) & 0xFFFF) != 0;
        const size_t glyph = offsets + 2 * i + offset + 2 * static_cast<size_t>(c - first);
        return be16(d, glyph) != 0;
    }
    return false;
}

constexpr int kSubset = static_cast<int>(FontSet::File::Subset);
constexpr int kCommon = static_cast<int>(FontSet::File::Common);
constexpr int kFull = static_cast<int>(FontSet::File::Full);

constexpr TextStyle kStyles[kTextStyleCount] = {TextStyle::Body, TextStyle::Caption, TextStyle::Heading, TextStyle::Title};

} // namespace

void FontSet::init(std::vector<unsigned char> font, std::string_view held) {
    m_files[kSubset] = std::move(font);
    m_linePerEm = linePerEmOf(m_files[kSubset]);
    std::set<char32_t> h;
    addChars(h, held);
    m_held.insert(h.begin(), h.end());
    for (char32_t c = 0x20; c < 0x7F; ++c) m_held.insert(c); // the subset has ASCII whatever its list says
    for (Size& size : m_sizes) {
        for (char32_t c = 0x20; c < 0x7F; ++c) size.chars[kSubset].insert(c);
        size.chars[kSubset].insert(0xFFFD);
    }
}

void FontSet::holdAll() {
    for (TextStyle style : kStyles) {
        Size& size = m_sizes[static_cast<int>(style)];
        const bool everything = style == TextStyle::Body || style == TextStyle::Caption;
        for (char32_t c : m_held)
            if ((everything || c < 0x7F) && !size.chars[kSubset].count(c)) size.pending[kSubset].insert(c);
    }
}

bool FontSet::pendingAny(File file) const {
    for (const Size& size : m_sizes)
        if (!size.pending[static_cast<int>(file)].empty()) return true;
    return false;
}

bool FontSet::wantsRebuild() const {
    if (!m_icons.empty() && !m_draft && iconsAskedFor().size() > m_iconsBuilt) return true;
    for (File file : {File::Subset, File::Common, File::Full}) {
        const Fetch f = m_fetch[static_cast<int>(file)];
        if ((f == Fetch::Arrived || f == Fetch::Failed) && pendingAny(file)) return true;
    }
    return false;
}

std::optional<FontSet::File> FontSet::takeFontRequest() {
    if (m_dpr <= 0) return std::nullopt; // not built yet
    if (m_fetch[kCommon] == Fetch::NotAsked) {
        m_fetch[kCommon] = Fetch::Asked;
        return File::Common;
    }
    if (m_fetch[kFull] == Fetch::NotAsked && pendingAny(File::Full)) {
        m_fetch[kFull] = Fetch::Asked;
        return File::Full;
    }
    return std::nullopt;
}

bool FontSet::inCommon(char32_t c) const {
    return m_fetch[kCommon] == Fetch::Arrived && cmapHolds(m_files[kCommon], m_commonCmap, m_commonCmapFormat, c);
}

void FontSet::passOnFromCommon() {
    for (Size& size : m_sizes) {
        for (auto it = size.pending[kCommon].begin(); it != size.pending[kCommon].end();) {
            if (inCommon(*it)) {
                ++it;
                continue;
            }
            size.pending[kFull].insert(*it);
            it = size.pending[kCommon].erase(it);
        }
    }
}

void FontSet::setFont(File file, std::vector<unsigned char> font) {
    const int i = static_cast<int>(file);
    if (file == File::Subset) return;
    m_files[i] = std::move(font);
    m_fetch[i] = m_files[i].empty() ? Fetch::Failed : Fetch::Arrived;
    if (file == File::Common) {
        std::tie(m_commonCmap, m_commonCmapFormat) = unicodeCmapOf(m_files[i]);
        if (!m_commonCmapFormat) m_fetch[i] = Fetch::Failed; // not a font we can read: as if it had not come
        passOnFromCommon();
    }
}

size_t FontSet::atlasCharCount() const {
    size_t n = 0;
    for (const auto& chars : m_sizes[0].chars) n += chars.size();
    return n;
}

void FontSet::build(float dpr) {
    for (Size& size : m_sizes) {
        for (int f = 0; f < kFileCount; ++f) {
            if (m_fetch[f] != Fetch::Arrived && m_fetch[f] != Fetch::Failed) continue;
            (m_fetch[f] == Fetch::Arrived ? size.chars[f] : m_unavailable).insert(size.pending[f].begin(), size.pending[f].end());
            size.pending[f].clear();
        }
    }
    buildAtlas(dpr, false);
}

void FontSet::buildDraft(float dpr) {
    // The real atlas after the draft holds the characters the draft's frame drew, ASCII
    // among them, and no other (the rest of ASCII comes back with holdAll) but ImGui's
    // own: the space, the fallback glyph ('?', the face has no U+FFFD) and the ellipsis's dot.
    for (Size& size : m_sizes) {
        for (auto& chars : size.chars) chars.clear();
        size.chars[kSubset] = {U' ', U'.', U'?', 0xFFFD};
    }
    buildAtlas(dpr, true);
}

bool FontSet::inNextBuild(const Size& size, char32_t c) {
    return std::any_of(std::begin(size.chars), std::end(size.chars), [c](const auto& chars) { return chars.count(c) != 0; });
}

void FontSet::buildAtlas(float dpr, bool draft) {
    // Rasterise at the device's resolution (capped: phones at 3x gain little and the
    // atlas grows with the square), then draw scaled back to CSS pixels. At one pixel
    // ratio and text size the characters only grow: start from the last build's fit.
    const float device = std::clamp(dpr, 1.0f, 2.0f);
    float raster = !draft && dpr == m_dpr && m_raster > 0 ? std::min(device, m_raster) : device;
    m_dpr = dpr;
    m_draft = draft;
    // The icons asked for so far (zero-terminated ImGui ranges), the same at every size.
    m_iconRanges.clear();
    if (!draft) {
        const std::vector<char32_t>& asked = iconsAskedFor();
        m_iconsBuilt = asked.size();
        if (!asked.empty()) buildRanges(std::set<char32_t>(asked.begin(), asked.end()), m_iconRanges);
    }

    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->TexDesiredWidth = raster < device ? m_maxSide : 0; // 0: ImGui's choice, at most 4096 wide
    addFonts(raster, draft, !draft && raster == device && device < 1.5f);
    // More characters than the largest texture holds (a long list of names at a large
    // text size): every size rasterised smaller, by the share of the area that is over.
    for (int tries = 0; tries < 8 && (atlas->TexWidth > m_maxSide || atlas->TexHeight > m_maxSide); ++tries) {
        const float fit = static_cast<float>(m_maxSide) * static_cast<float>(m_maxSide) /
                          (static_cast<float>(atlas->TexWidth) * static_cast<float>(atlas->TexHeight));
        if (fit < 1.0f) raster *= 0.95f * std::sqrt(fit); // else the area fits: only the width was over
        atlas->TexDesiredWidth = m_maxSide;
        addFonts(raster, draft, false);
    }
    ImGui::GetIO().FontGlobalScale = 1.0f / raster;
    m_raster = draft ? 0 : raster;
}

void FontSet::addFonts(float raster, bool draft, bool oversample) {
    // A draft holds ImGui's own glyphs only (the space, the dot, the fallback), without
    // icons: enough to lay a frame out and hear what it draws (every other character as
    // wide as the fallback); rasterising ASCII at every size for it took ~15 ms.
    static constexpr ImWchar kDraftRanges[] = {0x20, 0x20, 0x2E, 0x2E, 0x3F, 0x3F, 0};
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    // Body first: ImGui's default font is the atlas's first.
    for (TextStyle style : kStyles) {
        Size& size = m_sizes[static_cast<int>(style)];
        // ImGui truncates a font's size to whole pixels: round up so that the em is
        // never below the scale's.
        const float pixels = std::ceil(emPx(style) * m_scale * m_linePerEm * raster);
        buildRanges(size.chars[kSubset], size.ranges[kSubset]);
        ImFontConfig cfg;
        cfg.FontDataOwnedByAtlas = false;
        cfg.OversampleH = oversample && style != TextStyle::Title ? 2 : 1;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = false;
        ImFormatString(cfg.Name, IM_ARRAYSIZE(cfg.Name), "WenQuanYi Micro Hei (subset) %s", textStyleName(style));
        std::vector<unsigned char>& subset = m_files[kSubset];
        m_fonts[static_cast<int>(style)] = atlas->AddFontFromMemoryTTF(subset.data(), static_cast<int>(subset.size()), pixels, &cfg,
                                                                       draft ? kDraftRanges : size.ranges[kSubset].Data);
        if (draft) continue;
        for (int f : {kCommon, kFull}) {
            if (m_files[f].empty() || size.chars[f].empty()) continue;
            buildRanges(size.chars[f], size.ranges[f]);
            ImFontConfig merge = cfg;
            merge.MergeMode = true;
            merge.FontNo = 0;
            ImFormatString(merge.Name, IM_ARRAYSIZE(merge.Name), "WenQuanYi Micro Hei (%s) %s", f == kCommon ? "GB2312" : "full", textStyleName(style));
            atlas->AddFontFromMemoryTTF(m_files[f].data(), static_cast<int>(m_files[f].size()), pixels, &merge, size.ranges[f].Data);
        }
        if (!m_icons.empty() && !m_iconRanges.empty()) {
            // At the text's em, on its baseline, each icon as wide as the em so that a
            // column of icons lines up.
            ImFontConfig icons;
            icons.FontDataOwnedByAtlas = false;
            icons.MergeMode = true;
            icons.PixelSnapH = true;
            icons.OversampleH = 1; // snapped to whole pixels: sub-pixel copies would never be drawn
            icons.GlyphMinAdvanceX = std::ceil(emPx(style) * m_scale * raster);
            ImFormatString(icons.Name, IM_ARRAYSIZE(icons.Name), "Font Awesome 4.7 %s", textStyleName(style));
            atlas->AddFontFromMemoryTTF(m_icons.data(), static_cast<int>(m_icons.size()), std::ceil(emPx(style) * m_scale * raster), &icons,
                                        m_iconRanges.Data);
        }
    }
    atlas->Build();
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
        // A draft's glyphs lay the frame out; what the frame is drawn with is what the next build holds.
        if (m_draft ? inNextBuild(size, c) : font->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr) continue;
        if (m_unavailable.count(c)) continue;
        if (std::any_of(std::begin(size.pending), std::end(size.pending), [c](const auto& p) { return p.count(c) != 0; })) continue;
        if (m_held.count(c)) size.pending[kSubset].insert(c);
        else if (m_fetch[kCommon] == Fetch::NotAsked || m_fetch[kCommon] == Fetch::Asked || inCommon(c)) size.pending[kCommon].insert(c);
        else if (m_fetch[kFull] == Fetch::Failed || size.chars[kFull].count(c)) m_unavailable.insert(c);
        else size.pending[kFull].insert(c);
    }
}

bool FontSet::holds(char32_t c) const {
    for (const ImFont* font : m_fonts)
        if (!font || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) return false;
    return true;
}

void FontSet::settle() {
    for (TextStyle style : kStyles) {
        const ImFont* font = m_fonts[static_cast<int>(style)];
        if (!font) continue;
        const Size& size = m_sizes[static_cast<int>(style)];
        for (const auto& chars : size.chars)
            for (char32_t c : chars)
                if (!font->FindGlyphNoFallback(static_cast<ImWchar>(c))) m_unavailable.insert(c);
    }
}

} // namespace huicai::ui
