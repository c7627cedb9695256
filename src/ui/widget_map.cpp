// Implements WidgetMap and the four test-engine hook functions Dear ImGui calls when
// IMGUI_ENABLE_TEST_ENGINE is defined (see src/ui/imconfig_huicai.h). The hooks find
// the map through ImGuiContext::TestEngine, so there is no global state.
#include "ui/widget_map.h"

#include "ui/fonts.h"

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace huicai::ui {

void WidgetMap::install(ImGuiContext* ctx, bool enabled) {
    m_enabled = enabled;
    ctx->TestEngine = this;
    ctx->TestEngineHookItems = enabled;
}

const char* a11yRoleName(A11yRole role) {
    switch (role) {
    case A11yRole::TextBox: return "textbox";
    case A11yRole::Password: return "password";
    case A11yRole::CheckBox: return "checkbox";
    case A11yRole::ComboBox: return "combobox";
    case A11yRole::Toggle: return "toggle";
    case A11yRole::Button: break;
    }
    return "button";
}

void WidgetMap::beginFrame() {
    m_seq = 0;
    m_notices.clear();
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
    m_publishedNotices.swap(m_notices);
    ImGuiContext& g = *GImGui;
    // Dear ImGui's Tab finds nothing after an item that is no longer drawn: the keyboard
    // would be stuck. It goes to the control nearest to where that one was last drawn,
    // when the next frame draws it (and never later).
    m_refocusId = 0;
    if (g.NavId != 0 && g.NavIdIsAlive) {
        for (const auto& r : m_published)
            if (r.id == g.NavId) m_navLast = r;
    } else if (g.NavId != 0 && g.NavId == m_navLast.id && !g.NavDisableHighlight && g.ActiveId == 0) {
        m_refocusId = nearestTo(m_navLast);
    }
    m_focusId = g.NavId != 0 && !g.NavDisableHighlight ? g.NavId : 0;
    m_editId = g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId ? g.ActiveId : 0;
}

ImGuiID WidgetMap::nearestTo(const WidgetRecord& gone) const {
    // In this frame's records: a control in view, enabled and named, nearest to the gone
    // one's place, one below it preferred to one above (the reading goes on downwards).
    ImGuiID best = 0;
    float bestScore = 0;
    for (const auto& r : m_published) {
        if (!r.visible || r.disabled || r.label.empty()) continue;
        const float dy = r.y - gone.y, dx = r.x - gone.x;
        const float score = (dy < -1.0f ? -3.0f * dy : dy) + 0.25f * std::fabs(dx);
        if (best == 0 || score < bestScore) {
            best = r.id;
            bestScore = score;
        }
    }
    return best;
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
    r.seq = m_seq++;
    m_current.push_back(std::move(r));
    if (id == m_refocusId) { // drawn again: the keyboard is on it now
        m_refocusId = 0;
        ImGuiContext& g = *GImGui;
        ImGui::SetFocusID(id, g.CurrentWindow);
        g.NavDisableHighlight = false;
        g.NavDisableMouseHover = true;
    }
}

void WidgetMap::itemInfo(ImGuiID id, const char* label, int flags) {
    if (!m_enabled || !label) return;
    WidgetRecord* r = find(id);
    if (!r) return;
    if (flags & ImGuiItemStatusFlags_Inputable) r->role = A11yRole::TextBox;
    if (flags & ImGuiItemStatusFlags_Checkable) {
        r->role = A11yRole::CheckBox;
        r->checked = (flags & ImGuiItemStatusFlags_Checked) ? 1 : 0;
    }
    if (flags & ImGuiItemStatusFlags_Openable) {
        r->role = A11yRole::ComboBox;
        r->expanded = (flags & ImGuiItemStatusFlags_Opened) ? 1 : 0;
    }
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

void WidgetMap::setRole(ImGuiID id, A11yRole role, bool selected) {
    if (!m_enabled) return;
    if (WidgetRecord* r = find(id)) {
        r->role = role;
        r->selected = selected;
    }
}

void WidgetMap::setExpanded(ImGuiID id, bool expanded) {
    if (!m_enabled) return;
    if (WidgetRecord* r = find(id)) r->expanded = expanded ? 1 : 0;
}

void WidgetMap::setValue(ImGuiID id, std::string_view value) {
    if (!m_enabled) return;
    if (WidgetRecord* r = find(id)) r->value = std::string(value);
}

void WidgetMap::setAutocomplete(ImGuiID id, const char* token) {
    if (!m_enabled) return;
    if (WidgetRecord* r = find(id)) r->autocomplete = token;
}

void WidgetMap::addNotice(std::string_view text, bool urgent) {
    if (!m_enabled || text.empty()) return;
    m_notices.push_back({std::string(text), urgent});
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
    m_laidOut.push_back({std::string(text), min.x, min.y, max.x - min.x, max.y - min.y, visible, false, false, m_seq++});
}

void WidgetMap::addHeading(std::string_view text, bool visible, size_t lines) {
    if (!m_enabled || text.empty()) return;
    if (lines > 1 && m_laidOut.size() >= lines) {
        // Its lines are the last ones laid out: the first becomes the whole heading.
        LaidOutText& first = m_laidOut[m_laidOut.size() - lines];
        for (size_t i = m_laidOut.size() - lines + 1; i < m_laidOut.size(); ++i) {
            const LaidOutText& l = m_laidOut[i];
            first.w = std::max(first.x + first.w, l.x + l.w) - first.x;
            first.h = l.y + l.h - first.y;
            first.visible = first.visible || l.visible;
            m_laidOut[i].continued = true;
        }
        first.text = std::string(text);
        first.heading = true;
    } else if (!m_laidOut.empty() && m_laidOut.back().text == text) {
        m_laidOut.back().heading = true;
    }
    if (!visible) return;
    m_headings.emplace_back(text);
}

std::string WidgetMap::a11yJson() const {
    // Items and texts merged back into the order they were drawn in.
    struct Entry {
        unsigned seq;
        const WidgetRecord* item;
        const LaidOutText* text;
    };
    std::vector<Entry> order;
    order.reserve(m_published.size() + m_publishedLaidOut.size());
    for (const auto& r : m_published)
        if (!r.label.empty()) order.push_back({r.seq, &r, nullptr});
    for (const auto& t : m_publishedLaidOut) order.push_back({t.seq, nullptr, &t});
    std::sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) { return a.seq < b.seq; });

    nlohmann::json nodes = nlohmann::json::array();
    std::unordered_map<std::string, int> seen; // keys drawn twice get a count
    const auto key = [&](std::string k) {
        const int n = seen[k]++;
        return n == 0 ? k : k + "~" + std::to_string(n);
    };
    const auto px = [](float v) { return static_cast<int>(std::lround(v)); };
    const WidgetRecord* lastItem = nullptr;
    std::string focus, edit;
    for (const Entry& e : order) {
        if (const WidgetRecord* r = e.item) {
            std::string flags;
            if (r->disabled) flags += 'd';
            if (r->checked >= 0) flags += r->checked ? 'c' : 'u';
            if (r->expanded >= 0) flags += r->expanded ? 'e' : 'f';
            if (r->selected) flags += 's';
            if (!r->visible) flags += 'o';
            std::string k = key(a11yKey(r->id));
            if (r->id == m_focusId && focus.empty()) focus = k;
            if (r->id == m_editId && edit.empty()) edit = r->label;
            nodes.push_back({std::move(k), a11yRoleName(r->role), r->label, px(r->x), px(r->fullY), px(r->fullW), px(r->fullH),
                             flags, r->value, r->autocomplete});
            lastItem = r;
            continue;
        }
        const LaidOutText& t = *e.text;
        if (t.continued) continue;
        // A control's own words or a field's value, reported as text as well: once.
        if (lastItem && lastItem->seq + 1 == t.seq && (lastItem->label == t.text || lastItem->value == t.text)) continue;
        nodes.push_back({key("t" + std::to_string(std::hash<std::string>{}(t.text))), t.heading ? "heading" : "text", t.text,
                         px(t.x), px(t.y), px(t.w), px(t.h), t.visible ? "" : "o"});
    }
    nlohmann::json live = nlohmann::json::array();
    for (const auto& n : m_publishedNotices) live.push_back({n.text, n.urgent});
    const nlohmann::json out = {{"nodes", std::move(nodes)}, {"live", std::move(live)}, {"focus", focus}, {"edit", edit}};
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string WidgetMap::widgetsJson() const {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : m_published) {
        if (!r.visible || r.label.empty()) continue;
        nlohmann::json w = {{"id", r.id}, {"label", r.label}, {"role", a11yRoleName(r.role)}, {"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}};
        if (r.expanded >= 0) w["expanded"] = r.expanded == 1;
        if (r.selected) w["selected"] = true;
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
    for (const auto& t : m_publishedLaidOut)
        if (!t.continued) out.push_back({{"text", t.text}, {"x", t.x}, {"y", t.y}, {"w", t.w}, {"h", t.h}, {"visible", t.visible}});
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
    if (w && map->takeReveal(id)) ImGui::ScrollToRect(w, bb, ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_AlwaysCenterY);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    if (auto* map = static_cast<WidgetMap*>(ctx->TestEngine)) map->itemInfo(id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
