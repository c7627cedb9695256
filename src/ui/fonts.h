// FontSet: the one UI face (the GB2312 subset of WenQuanYi Micro Hei made at build
// time) at each size of the type scale (style/type_scale.h), each rasterised for the
// device pixel ratio. The body and caption fonts start with the characters of the
// app's own text, the heading and title fonts with ASCII only (few characters are
// ever drawn that large); every font grows on demand: text widgets report what they
// draw, characters a font lacks are added from the subset font when it has them, and
// otherwise from the full font, which is downloaded only then. Until a glyph arrives
// ImGui draws its fallback glyph.
#pragma once
#include "ui/style/type_scale.h"

#include <imgui.h>

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace huicai::ui {

class FontSet {
public:
    // `font`: the subset font file; `held`: every character it holds; `start`: the
    // characters to put in the atlas from the start.
    void init(std::vector<unsigned char> font, std::string_view held, std::string_view start);
    // The icon font (style/icons.h), merged into every size from the next build on;
    // without it an icon draws as ImGui's fallback glyph.
    void setIcons(std::vector<unsigned char> font) { m_icons = std::move(font); }
    // Whether every size of the last build holds the glyph of `c`.
    bool holds(char32_t c) const;
    // (Re)builds the atlas for `dpr`; the caller uploads it (platform::reloadFontTexture)
    // unless this is the first build.
    void build(float dpr);
    float builtForDpr() const { return m_dpr; }
    // The text size (1 = the type scale's sizes; the settings offer up to 2): every
    // style is rasterised at its em times this from the next build on.
    void setScale(float scale) { m_scale = scale; }
    float scale() const { return m_scale; }
    // The font of a style (null before the first build), and the style of ImGui's
    // current font (Body when it is none of ours).
    ImFont* font(TextStyle style) const { return m_fonts[static_cast<int>(style)]; }
    TextStyle currentStyle() const;
    // The face's line height per em: ImGui sizes a font by its line, the type scale by its em.
    float linePerEm() const { return m_linePerEm; }

    // While drawing: records the characters of `utf8` that the atlas lacks.
    void note(std::string_view utf8);
    // After the frame: whether build() should run again, and whether the full font is
    // needed (and not yet asked for: the second call says false).
    bool wantsRebuild() const { return anyPending(false) || m_fullArrived; }
    bool takeFullFontRequest();
    // The full font arrived (or could not be fetched: empty `font`).
    void setFullFont(std::vector<unsigned char> font);
    // After a build: characters still missing will not be asked for again.
    void settle();

    // The body font's characters.
    size_t atlasCharCount() const { return m_sizes[0].chars.size() + m_sizes[0].fullChars.size(); }

private:
    // What one size of the scale holds and still wants.
    struct Size {
        std::set<char32_t> chars, fullChars;          // in the atlas, from the subset and the full font
        std::set<char32_t> pendingLocal, pendingFull; // noted while drawing, for the next build
        ImVector<ImWchar> ranges, fullRanges;
    };
    bool anyPending(bool full) const;

    std::vector<unsigned char> m_ui, m_full, m_icons;
    std::unordered_set<char32_t> m_held;
    Size m_sizes[kTextStyleCount];
    std::set<char32_t> m_unavailable;
    ImFont* m_fonts[kTextStyleCount] = {};
    float m_linePerEm = 1.0f;
    float m_dpr = 0;
    float m_scale = 1.0f;
    bool m_fullRequested = false, m_fullArrived = false, m_fullFailed = false;
};

} // namespace huicai::ui
