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
    case A11yRole::Radio: return "radio";
    case A11yRole::Tab: return "tab";
    case A11yRole::Link: return "link";
    case A11yRole::Option: return "option";
    case A11yRole::Navigation: return "navigation";
    case A11yRole::ListBox: return "listbox";
    case A11yRole::Dialog: return "dialog";
    case A11yRole::RadioGroup: return "radiogroup";
    case A11yRole::TabList: return "tablist";
    case A11yRole::Button: break;
    }
    return "button";
}

void WidgetMap::beginFrame() {
    m_seq = 0;
    m_notices.clear();
    m_current.clear();
    m_groups.clear();
    m_open.clear();
    m_texts.clear();
    m_textSizes.clear();
    m_headings.clear();
    m_laidOut.clear();
}

void WidgetMap::endFrame() {
    if (!m_enabled) return;
    m_published.swap(m_current);
    m_publishedGroups.swap(m_groups);
    m_open.clear(); // a group left open (a screen that returned early) ends with the frame
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
    r.parent = currentParent();
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

void WidgetMap::setProblem(std::string_view problem) {
    if (!m_enabled) return;
    for (auto it = m_current.rbegin(); it != m_current.rend(); ++it) {
        if (it->role != A11yRole::TextBox && it->role != A11yRole::Password && it->role != A11yRole::ComboBox) continue;
        it->invalid = true;
        it->problem = std::string(problem);
        return;
    }
}

void WidgetMap::setSetPosition(ImGuiID id, int pos, int size) {
    if (!m_enabled) return;
    if (WidgetRecord* r = find(id)) {
        r->posInSet = pos;
        r->setSize = size;
    }
}

void WidgetMap::beginGroup(ImGuiID id, A11yRole role, std::string_view name) {
    if (!m_enabled) return;
    WidgetRecord g;
    g.id = id;
    g.role = role;
    g.label = std::string(name);
    g.seq = m_seq++;
    g.parent = currentParent();
    m_groups.push_back(std::move(g));
    m_open.push_back({m_groups.size() - 1, m_current.size(), m_laidOut.size()});
}

void WidgetMap::endGroup() {
    if (!m_enabled || m_open.empty()) return;
    const OpenGroup open = m_open.back();
    m_open.pop_back();
    // Its rectangle: the union of what it holds that is in view.
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool any = false;
    const auto add = [&](float x, float y, float w, float h) {
        if (w <= 0 || h <= 0) return;
        x0 = any ? std::min(x0, x) : x;
        y0 = any ? std::min(y0, y) : y;
        x1 = any ? std::max(x1, x + w) : x + w;
        y1 = any ? std::max(y1, y + h) : y + h;
        any = true;
    };
    for (size_t i = open.items; i < m_current.size(); ++i)
        if (m_current[i].visible) add(m_current[i].x, m_current[i].y, m_current[i].w, m_current[i].h);
    for (size_t i = open.texts; i < m_laidOut.size(); ++i)
        if (m_laidOut[i].visible) add(m_laidOut[i].x, m_laidOut[i].y, m_laidOut[i].w, m_laidOut[i].h);
    WidgetRecord& g = m_groups[open.group];
    g.visible = any;
    g.x = x0;
    g.y = g.fullY = y0;
    g.w = g.fullW = x1 - x0;
    g.h = g.fullH = y1 - y0;
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
    m_laidOut.push_back({std::string(text), min.x, min.y, max.x - min.x, max.y - min.y, visible, false, false, m_seq++, currentParent()});
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
    // Items, groups and texts merged back into the order they were drawn in.
    struct Entry {
        unsigned seq;
        const WidgetRecord* item; // an item or a group
        const LaidOutText* text;
    };
    std::vector<Entry> order;
    order.reserve(m_published.size() + m_publishedGroups.size() + m_publishedLaidOut.size());
    for (const auto& r : m_published)
        if (!r.label.empty()) order.push_back({r.seq, &r, nullptr});
    for (const auto& g : m_publishedGroups) order.push_back({g.seq, &g, nullptr});
    for (const auto& t : m_publishedLaidOut)
        if (!t.continued) order.push_back({t.seq, nullptr, &t});
    std::sort(order.begin(), order.end(), [](const Entry& a, const Entry& b) { return a.seq < b.seq; });

    std::unordered_map<ImGuiID, A11yRole> groupRoles;
    for (const auto& g : m_publishedGroups) groupRoles[g.id] = g.role;
    const auto roleOf = [&](ImGuiID group) {
        const auto it = groupRoles.find(group);
        return it == groupRoles.end() ? A11yRole::Button : it->second;
    };
    // A control's own words or a field's value, reported as text as well, are said once;
    // what a list box's row shows under its title is the row's description.
    std::vector<Entry> shown;
    shown.reserve(order.size());
    std::unordered_map<const WidgetRecord*, std::string> described;
    const WidgetRecord* lastItem = nullptr;
    for (const Entry& e : order) {
        if (e.text && lastItem && lastItem->seq + 1 == e.text->seq &&
            (lastItem->label == e.text->text || lastItem->value == e.text->text))
            continue;
        if (e.text && lastItem && lastItem->role == A11yRole::Option && e.text->parent == lastItem->parent &&
            roleOf(e.text->parent) == A11yRole::ListBox) {
            std::string& d = described[lastItem];
            d += (d.empty() ? "" : " · ") + e.text->text;
            continue;
        }
        if (e.item && !isA11yGroup(e.item->role)) lastItem = e.item;
        shown.push_back(e);
    }

    nlohmann::json nodes = nlohmann::json::array();
    std::unordered_map<std::string, int> seen; // keys drawn twice get a count
    const auto key = [&](std::string k) {
        const int n = seen[k]++;
        return n == 0 ? k : k + "~" + std::to_string(n);
    };
    const auto px = [](float v) { return static_cast<int>(std::lround(v)); };
    std::unordered_map<ImGuiID, std::string> groupKeys; // a group's id → its node's key
    const auto parentKey = [&](ImGuiID parent) {
        const auto it = groupKeys.find(parent);
        return it == groupKeys.end() ? std::string() : it->second;
    };
    const auto isRun = [](const Entry& e, A11yRole role, ImGuiID parent) {
        return e.item && e.item->role == role && e.item->parent == parent;
    };
    std::string focus, edit;
    std::string runKey; // the key of the radio group or tab list of the run under way
    for (size_t i = 0; i < shown.size(); ++i) {
        const Entry& e = shown[i];
        if (e.text) {
            const LaidOutText& t = *e.text;
            nodes.push_back({key("t" + std::to_string(std::hash<std::string>{}(t.text))), t.heading ? "heading" : "text", t.text,
                             px(t.x), px(t.y), px(t.w), px(t.h), t.visible ? "" : "o", "", "", parentKey(t.parent)});
            continue;
        }
        const WidgetRecord* r = e.item;
        if (isA11yGroup(r->role)) {
            std::string k = key("g" + std::to_string(r->id));
            groupKeys[r->id] = k;
            std::string name = r->label; // unnamed: by the text just before it (a list's title), past a filter field
            for (size_t j = i; name.empty() && j > 0 && j + 5 > i; --j)
                if (const LaidOutText* t = shown[j - 1].text; t && t->parent == r->parent) name = t->text;
            nodes.push_back({std::move(k), a11yRoleName(r->role), std::move(name), px(r->x), px(r->y), px(r->w), px(r->h),
                             r->visible ? "" : "o", "", "", parentKey(r->parent)});
            continue;
        }
        std::string parent = parentKey(r->parent);
        // A run of radio buttons (tabs) is a radio group (tab list) of its own, named by
        // the text just before it (the choice's label).
        const bool inRun = (r->role == A11yRole::Radio || r->role == A11yRole::Tab) && roleOf(r->parent) != A11yRole::RadioGroup &&
                           roleOf(r->parent) != A11yRole::TabList;
        if (inRun && !(i > 0 && isRun(shown[i - 1], r->role, r->parent))) {
            std::string name;
            if (i > 0 && shown[i - 1].text && shown[i - 1].text->parent == r->parent) name = shown[i - 1].text->text;
            runKey = key("r" + std::to_string(r->id));
            nodes.push_back({runKey, r->role == A11yRole::Radio ? "radiogroup" : "tablist", name, px(r->x), px(r->fullY), 0, 0, "", "",
                             "", parent});
        }
        if (inRun) parent = runKey; // the run's group, opened at its first member
        std::string flags;
        if (r->disabled) flags += 'd';
        if (r->checked >= 0) flags += r->checked ? 'c' : 'u';
        if (r->expanded >= 0) flags += r->expanded ? 'e' : 'f';
        if (r->selected) flags += 's';
        if (r->invalid) flags += 'i';
        if (!r->visible) flags += 'o';
        std::string k = key(a11yKey(r->id));
        if (r->id == m_focusId && focus.empty()) focus = k;
        if (r->id == m_editId && edit.empty()) edit = r->label;
        nlohmann::json n = {std::move(k), a11yRoleName(r->role), r->label, px(r->x), px(r->fullY), px(r->fullW), px(r->fullH),
                            flags, r->value, r->autocomplete, std::move(parent)};
        const auto d = described.find(r);
        const std::string& description = !r->problem.empty() || d == described.end() ? r->problem : d->second;
        if (r->setSize > 0 || !description.empty()) {
            n.push_back(r->setSize > 0 ? nlohmann::json::array({r->posInSet, r->setSize}) : nlohmann::json(0));
            n.push_back(description);
        }
        nodes.push_back(std::move(n));
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
        if (r.invalid) w["invalid"] = true;
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
