// Implements WidgetMap and the four test-engine hook functions Dear ImGui calls when
// IMGUI_ENABLE_TEST_ENGINE is defined (see src/ui/imconfig_huicai.h). The hooks find
// the map through ImGuiContext::TestEngine, so there is no global state.
#include "ui/widget_map.h"

#include "ui/fonts.h"

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <cmath>

namespace huicai::ui {

void WidgetMap::install(ImGuiContext* ctx, bool enabled) {
    m_enabled = enabled;
    ctx->TestEngine = this;
    ctx->TestEngineHookItems = enabled;
}

void WidgetMap::beginFrame() {
    m_current.clear();
    m_texts.clear();
    m_textSizes.clear();
    m_headings.clear();
    m_laidOut.clear();
}

void WidgetMap::endFrame() {
    if (!m_enabled) return;
    m_published.swap(m_current);
    m_publishedTexts.swap(m_texts);
    m_publishedTextSizes.swap(m_textSizes);
    m_publishedHeadings.swap(m_headings);
    m_publishedLaidOut.swap(m_laidOut);
}

WidgetMap::TextSize WidgetMap::currentSize() const {
    const TextStyle style = m_fonts ? m_fonts->currentStyle() : TextStyle::Body;
    return {style, ImGui::GetFontSize() / (m_fonts ? m_fonts->linePerEm() : 1.0f)};
}

WidgetRecord* WidgetMap::find(ImGuiID id) {
    for (auto it = m_current.rbegin(); it != m_current.rend(); ++it)
        if (it->id == id) return &*it;
    return nullptr;
}

void WidgetMap::itemAdd(ImGuiID id, float x0, float y0, float x1, float y1, bool visible, bool disabled) {
    if (!m_enabled) return;
    WidgetRecord r;
    r.id = id;
    r.x = x0;
    r.y = y0;
    r.w = x1 - x0;
    r.h = y1 - y0;
    r.visible = visible;
    r.disabled = disabled;
    const TextSize size = currentSize();
    r.style = size.style;
    r.em = size.em;
    m_current.push_back(std::move(r));
}

void WidgetMap::itemInfo(ImGuiID id, const char* label) {
    if (!m_enabled || !label) return;
    WidgetRecord* r = find(id);
    if (!r) return;
    const char* end = ImGui::FindRenderedTextEnd(label);
    if (end != label) r->label.assign(label, end);
}

void WidgetMap::setFullRect(float y, float w, float h) {
    if (!m_enabled || m_current.empty()) return;
    m_current.back().fullY = y;
    m_current.back().fullW = w;
    m_current.back().fullH = h;
}

void WidgetMap::annotate(ImGuiID id, std::string_view label) {
    if (!m_enabled) return;
    if (WidgetRecord* r = find(id)) r->label = std::string(label);
}

void WidgetMap::setChecked(ImGuiID id, bool checked) {
    if (!m_enabled) return;
    if (WidgetRecord* r = find(id)) r->checked = checked ? 1 : 0;
}

void WidgetMap::addText(std::string_view text) {
    if (!m_enabled || text.empty()) return;
    m_texts.emplace_back(text);
    m_textSizes.push_back(currentSize());
}

void WidgetMap::addItemText(std::string_view text) {
    if (!m_enabled || text.empty()) return;
    const bool visible = ImGui::IsItemVisible();
    if (visible) addText(text);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    m_laidOut.push_back({std::string(text), min.x, min.y, max.x - min.x, max.y - min.y, visible});
}

void WidgetMap::addHeading(std::string_view text) {
    if (!m_enabled || text.empty()) return;
    m_headings.emplace_back(text);
}

std::string WidgetMap::widgetsJson() const {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : m_published) {
        if (!r.visible || r.label.empty()) continue;
        nlohmann::json w = {{"id", r.id}, {"label", r.label}, {"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
        if (r.checked >= 0) w["checked"] = r.checked == 1;
        if (r.disabled) w["disabled"] = true;
        if (r.style != TextStyle::Body) w["style"] = textStyleName(r.style);
        // Partly scrolled out of view: the whole item's size too.
        if (r.fullW > r.w + 0.5f || r.fullH > r.h + 0.5f) w["full"] = {{"w", r.fullW}, {"h", r.fullH}};
        out.push_back(std::move(w));
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string WidgetMap::textsJson() const {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& t : m_publishedTexts) out.push_back(t);
    for (const auto& r : m_published)
        if (r.visible && !r.label.empty()) out.push_back(r.label);
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string WidgetMap::headingsJson() const {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& t : m_publishedHeadings) out.push_back(t);
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string WidgetMap::textStylesJson() const {
    nlohmann::json out = nlohmann::json::array();
    auto em = [](float v) { return std::round(v * 10.0f) / 10.0f; };
    for (size_t i = 0; i < m_publishedTexts.size(); ++i) {
        const TextSize size = i < m_publishedTextSizes.size() ? m_publishedTextSizes[i] : TextSize{};
        out.push_back({m_publishedTexts[i], textStyleName(size.style), em(size.em)});
    }
    for (const auto& r : m_published)
        if (r.visible && !r.label.empty()) out.push_back({r.label, textStyleName(r.style), em(r.em)});
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string WidgetMap::laidOutJson() const {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& t : m_publishedLaidOut) out.push_back({{"text", t.text}, {"x", t.x}, {"y", t.y}, {"w", t.w}, {"h", t.h}, {"visible", t.visible}});
    for (const auto& r : m_published) {
        if (r.label.empty()) continue;
        out.push_back({{"text", r.label}, {"x", r.x}, {"y", r.fullY}, {"w", r.fullW}, {"h", r.fullH}, {"visible", r.visible}, {"item", true}});
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace huicai::ui

using huicai::ui::WidgetMap;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* data) {
    auto* map = static_cast<WidgetMap*>(ctx->TestEngine);
    if (!map || id == 0) return;
    ImGuiWindow* w = ctx->CurrentWindow;
    // Windows register themselves too (even ImGui's hidden "Debug" window): not widgets.
    if (!data && w && id == w->ID) return;
    ImRect r = bb;
    if (w) r.ClipWithFull(w->ClipRect);
    const bool visible = r.GetWidth() > 0.5f && r.GetHeight() > 0.5f;
    const bool disabled = (ctx->CurrentItemFlags & ImGuiItemFlags_Disabled) != 0;
    map->itemAdd(id, r.Min.x, r.Min.y, r.Max.x, r.Max.y, visible, disabled);
    map->setFullRect(bb.Min.y, bb.GetWidth(), bb.GetHeight());
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (auto* map = static_cast<WidgetMap*>(ctx->TestEngine)) map->itemInfo(id, label);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
