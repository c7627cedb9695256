// FontSet: the one UI font (the GB2312 subset of WenQuanYi Micro Hei made at build
// time) at one size, rasterised for the device pixel ratio. The atlas starts with the
// characters of the app's own text and grows on demand: text widgets report what they
// draw, characters the atlas lacks are added from the subset font when it has them,
// and otherwise from the full font, which is downloaded only then. Until a glyph
// arrives ImGui draws its fallback glyph.
#pragma once
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
    static constexpr float kFontSize = 16.0f; // CSS pixels

    // `font`: the subset font file; `held`: every character it holds; `start`: the
    // characters to put in the atlas from the start.
    void init(std::vector<unsigned char> font, std::string_view held, std::string_view start);
    // (Re)builds the atlas for `dpr`; the caller uploads it (platform::reloadFontTexture)
    // unless this is the first build.
    void build(float dpr);
    float builtForDpr() const { return m_dpr; }

    // While drawing: records the characters of `utf8` that the atlas lacks.
    void note(std::string_view utf8);
    // After the frame: whether build() should run again, and whether the full font is
    // needed (and not yet asked for: the second call says false).
    bool wantsRebuild() const { return !m_pendingLocal.empty() || m_fullArrived; }
    bool takeFullFontRequest();
    // The full font arrived (or could not be fetched: empty `font`).
    void setFullFont(std::vector<unsigned char> font);
    // After a build: characters still missing will not be asked for again.
    void settle();

    size_t atlasCharCount() const { return m_atlasChars.size() + m_fullChars.size(); }

private:
    std::vector<unsigned char> m_ui, m_full;
    std::unordered_set<char32_t> m_held;
    std::set<char32_t> m_atlasChars, m_fullChars;
    std::set<char32_t> m_pendingLocal, m_pendingFull, m_unavailable;
    ImVector<ImWchar> m_uiRanges, m_fullRanges;
    float m_dpr = 0;
    bool m_fullRequested = false, m_fullArrived = false, m_fullFailed = false;
};

} // namespace huicai::ui
