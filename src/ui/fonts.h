// FontSet: the one UI face (WenQuanYi Micro Hei, cut down at build time) at each size
// of the type scale (style/type_scale.h), each rasterised for the device pixel ratio.
// The face comes in three files: the characters of the screens a visitor lands on (the
// shell, the catalogue, sign-in and registration), packed with the app; the rest of the
// app's own text and of GB2312 (most names, addresses and titles), fetched right after
// the first frame; and the full face, downloaded only when a character is in neither.
// Every font starts small (ASCII; in the app, only the first frame's own characters)
// and grows on demand: text widgets report what they
// draw, and characters a font lacks are added from the first file that holds them (the
// app draws a frame again at once when they are at hand, so the first frame costs only
// its own characters; it is laid out first on a draft atlas of ImGui's own glyphs, then
// drawn on the real one). Icons join the atlas once a screen asks for them (iconText). After the first frame the body and caption fonts take every
// packed character (holdAll), so that those screens seldom need a rebuild. Until a glyph arrives ImGui draws its fallback glyph.
#pragma once
#include "ui/style/type_scale.h"

#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace huicai::ui {

class FontSet {
public:
    // The three files of the face, in the order a character is looked for.
    enum class File {
        Subset,
        Common,
        Full
    };
    static constexpr int kFileCount = 3;

    // `font`: the subset font file; `held`: every character it holds.
    void init(std::vector<unsigned char> font, std::string_view held);
    // The body and caption fonts want every character of the subset from the next build
    // on, and every size wants ASCII again (the first frame's atlas holds its own only).
    void holdAll();
    // The icon font (style/icons.h): the icons asked for (iconsAskedFor) are merged
    // into every size from the next build on, and an icon asked for since asks for a
    // build; without the font an icon draws as ImGui's fallback glyph.
    void setIcons(std::vector<unsigned char> font) { m_icons = std::move(font); }
    // Whether every size of the last build holds the glyph of `c`.
    bool holds(char32_t c) const;
    // (Re)builds the atlas for `dpr`; the caller uploads it (platform::reloadFontTexture)
    // unless this is the first build.
    void build(float dpr);
    // Before the first frame: a draft atlas of ImGui's own glyphs (space, dot, fallback),
    // without icons, to lay that frame out once and learn its characters; the frame is
    // then drawn on build()'s atlas, which holds those characters only.
    void buildDraft(float dpr);
    // Whether the atlas is a draft (build() has not run since buildDraft()).
    bool draft() const { return m_draft; }
    float builtForDpr() const { return m_dpr; }
    // The text size (1 = the type scale's sizes; the settings offer up to 2): every
    // style is rasterised at its em times this from the next build on.
    void setScale(float scale) {
        if (scale != m_scale) m_raster = 0;
        m_scale = scale;
    }
    float scale() const { return m_scale; }
    // The GPU's largest texture side (GL_MAX_TEXTURE_SIZE): from the next build on the
    // atlas stays within it and within kMaxAtlasSide, rasterising every size smaller
    // when its characters would not fit (each still drawn at its size on screen).
    void setMaxTextureSize(int side) { m_maxSide = side > 0 ? std::min(side, kMaxAtlasSide) : kMaxAtlasSide; }
    // 16 MB of coverage: a phone's GPU shares the phone's memory.
    static constexpr int kMaxAtlasSide = 4096;
    // The font of a style (null before the first build), and the style of ImGui's
    // current font (Body when it is none of ours).
    ImFont* font(TextStyle style) const { return m_fonts[static_cast<int>(style)]; }
    TextStyle currentStyle() const;
    // The face's line height per em: ImGui sizes a font by its line, the type scale by its em.
    float linePerEm() const { return m_linePerEm; }

    // While drawing: records the characters of `utf8` that the atlas lacks.
    void note(std::string_view utf8);
    // After the frame: whether build() should run again.
    bool wantsRebuild() const;
    // After a frame: a file to fetch, once each: the common file after the first build,
    // the full face when a character is in neither of the others.
    std::optional<File> takeFontRequest();
    // A fetched file arrived (or could not be fetched: empty `font`).
    void setFont(File file, std::vector<unsigned char> font);
    // After a build: characters still missing will not be asked for again.
    void settle();

    // The body font's characters.
    size_t atlasCharCount() const;
    // Whether the character is in the atlas as one of `file`'s (Body size).
    bool fromFile(char32_t c, File file) const { return m_sizes[0].chars[static_cast<int>(file)].count(c) != 0; }

private:
    // What one size of the scale holds and still wants.
    struct Size {
        std::set<char32_t> chars[kFileCount];   // in the atlas, by the file they come from
        std::set<char32_t> pending[kFileCount]; // noted while drawing, for the next build or fetch
        ImVector<ImWchar> ranges[kFileCount];
    };
    // Where a fetched file stands.
    enum class Fetch {
        NotAsked,
        Asked,
        Arrived,
        Failed
    };
    void buildAtlas(float dpr, bool draft);
    // Clears the atlas and builds every size rasterised `raster` device pixels per CSS pixel.
    void addFonts(float raster, bool draft, bool oversample);
    // Whether `c` is among the characters the next build rasterises at `size`.
    static bool inNextBuild(const Size& size, char32_t c);
    bool pendingAny(File file) const;
    bool inCommon(char32_t c) const;
    // The common file came (or not): what waited for it and is not in it goes to the full face.
    void passOnFromCommon();

    std::vector<unsigned char> m_files[kFileCount], m_icons;
    Fetch m_fetch[kFileCount] = {Fetch::Arrived, Fetch::NotAsked, Fetch::NotAsked};
    std::unordered_set<char32_t> m_held; // the subset file's characters
    size_t m_commonCmap = 0;             // the common file's character map (offset of its subtable)
    unsigned m_commonCmapFormat = 0;     // 4 or 12; 0: none could be read
    Size m_sizes[kTextStyleCount];
    std::set<char32_t> m_unavailable;
    ImFont* m_fonts[kTextStyleCount] = {};
    float m_linePerEm = 1.0f;
    float m_dpr = 0;
    float m_scale = 1.0f;
    int m_maxSide = kMaxAtlasSide;
    float m_raster = 0; // the last build's device pixels per CSS pixel; 0 after a draft or a new text size
    bool m_draft = false;
    ImVector<ImWchar> m_iconRanges; // the icons of the last build
    size_t m_iconsBuilt = 0;        // how many of iconsAskedFor() it held
};

} // namespace huicai::ui
