// Implements FontSet: the atlas's character set, its rebuilds and the full-font fallback.
#include "ui/fonts.h"

#include "ui/widgets/utf8.h"

#include <imgui_internal.h>

#include <algorithm>

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

} // namespace

void FontSet::init(std::vector<unsigned char> font, std::string_view held, std::string_view start) {
    m_ui = std::move(font);
    std::set<char32_t> h;
    addChars(h, held);
    m_held.insert(h.begin(), h.end());
    for (char32_t c = 0x20; c < 0x7F; ++c) m_atlasChars.insert(c);
    m_atlasChars.insert(0xFFFD);
    std::set<char32_t> s;
    addChars(s, start);
    for (char32_t c : s)
        if (m_held.count(c)) m_atlasChars.insert(c);
}

void FontSet::build(float dpr) {
    m_dpr = dpr;
    // Rasterise at the device's resolution (capped: phones at 3x gain little and the
    // atlas grows with the square), then draw scaled back to CSS pixels.
    const float raster = std::clamp(dpr, 1.0f, 2.0f);
    m_atlasChars.insert(m_pendingLocal.begin(), m_pendingLocal.end());
    m_pendingLocal.clear();
    if (m_fullArrived) {
        if (m_full.empty()) {
            m_unavailable.insert(m_pendingFull.begin(), m_pendingFull.end());
        } else {
            m_fullChars.insert(m_pendingFull.begin(), m_pendingFull.end());
        }
        m_pendingFull.clear();
        m_fullArrived = false;
    }

    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas* atlas = io.Fonts;
    atlas->Clear();
    atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    buildRanges(m_atlasChars, m_uiRanges);

    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;
    cfg.OversampleH = raster < 1.5f ? 2 : 1;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    ImFormatString(cfg.Name, IM_ARRAYSIZE(cfg.Name), "WenQuanYi Micro Hei (subset)");
    atlas->AddFontFromMemoryTTF(m_ui.data(), static_cast<int>(m_ui.size()), kFontSize * raster, &cfg, m_uiRanges.Data);
    if (!m_full.empty() && !m_fullChars.empty()) {
        buildRanges(m_fullChars, m_fullRanges);
        ImFontConfig merge = cfg;
        merge.MergeMode = true;
        merge.FontNo = 0;
        ImFormatString(merge.Name, IM_ARRAYSIZE(merge.Name), "WenQuanYi Micro Hei");
        atlas->AddFontFromMemoryTTF(m_full.data(), static_cast<int>(m_full.size()), kFontSize * raster, &merge, m_fullRanges.Data);
    }
    atlas->Build();
    io.FontGlobalScale = 1.0f / raster;
}

void FontSet::note(std::string_view utf8) {
    ImFont* font = ImGui::GetFont();
    if (!font) return;
    for (size_t i = 0; i < utf8.size();) {
        const char32_t c = decodeUtf8(utf8, i);
        if (c < 0x20 || c == 0x7F) continue;
        if (font->FindGlyphNoFallback(static_cast<ImWchar>(c))) continue;
        if (m_unavailable.count(c) || m_pendingLocal.count(c) || m_pendingFull.count(c)) continue;
        if (m_held.count(c)) m_pendingLocal.insert(c);
        else if (m_fullFailed || m_fullChars.count(c)) m_unavailable.insert(c);
        else m_pendingFull.insert(c);
    }
    // With the full font at hand, its characters are added like the subset's.
    if (!m_full.empty() && !m_pendingFull.empty()) m_fullArrived = true;
}

bool FontSet::takeFullFontRequest() {
    if (m_pendingFull.empty() || m_fullRequested) return false;
    m_fullRequested = true;
    return true;
}

void FontSet::setFullFont(std::vector<unsigned char> font) {
    m_full = std::move(font);
    m_fullFailed = m_full.empty();
    m_fullArrived = true;
}

void FontSet::settle() {
    ImFont* font = ImGui::GetIO().Fonts->Fonts.empty() ? nullptr : ImGui::GetIO().Fonts->Fonts[0];
    if (!font) return;
    for (char32_t c : m_fullChars)
        if (!font->FindGlyphNoFallback(static_cast<ImWchar>(c))) m_unavailable.insert(c);
    for (char32_t c : m_atlasChars)
        if (!font->FindGlyphNoFallback(static_cast<ImWchar>(c))) m_unavailable.insert(c);
}

} // namespace huicai::ui
