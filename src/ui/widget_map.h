// WidgetMap: what the last rendered frame drew, for the browser tests (?testmap=1).
// Dear ImGui's test-engine item hooks (IMGUI_ENABLE_TEST_ENGINE) report every item
// with an id, its rectangle and its label; the text widgets of src/ui/widgets report
// the plain text they draw. Rectangles are the visible part of each item in canvas
// CSS pixels. When the map is off, ImGui does not call the hooks at all.
#pragma once
#include "ui/style/type_scale.h"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

struct ImGuiContext;

namespace huicai::ui {

class FontSet;

struct WidgetRecord {
    ImGuiID id = 0;
    std::string label;
    float x = 0, y = 0, w = 0, h = 0;
    bool visible = false;
    int checked = -1;                      // -1: not a toggle; else 0/1
    bool disabled = false;                 // drawn between BeginDisabled() and EndDisabled()
    TextStyle style = TextStyle::Body;     // the size its label is drawn at
    float em = 0;                          // and that size's em in CSS pixels
    float fullY = 0, fullW = 0, fullH = 0; // the whole item's top and size, visible or not
};

class WidgetMap {
public:
    // Hooks `ctx` up to this map; `enabled` turns the hooks on.
    void install(ImGuiContext* ctx, bool enabled);
    // The font set whose current style each item and text is recorded with.
    void setFonts(const FontSet* fonts) { m_fonts = fonts; }
    bool enabled() const { return m_enabled; }

    void beginFrame();
    void endFrame(); // the frame's records become the published ones

    // From the hooks.
    void itemAdd(ImGuiID id, float x0, float y0, float x1, float y1, bool visible, bool disabled);
    void itemInfo(ImGuiID id, const char* label);
    // The whole rectangle's top and size of the item itemAdd() just recorded (its
    // rectangle is the visible part).
    void setFullRect(float y, float w, float h);
    // From the app's widgets: a label for an item whose own label is hidden (a text
    // field shows its hint), a toggle's state, and plain text drawn.
    void annotate(ImGuiID id, std::string_view label);
    void setChecked(ImGuiID id, bool checked);
    void addText(std::string_view text);
    // The plain text of the item just drawn: a visible text when it is in view, and in
    // the laid-out list with its place either way.
    void addItemText(std::string_view text);
    // A screen's heading (drawn as text too), for window.huicai.headings().
    void addHeading(std::string_view text);

    // JSON arrays for window.huicai.widgets() and visibleTexts().
    std::string widgetsJson() const;
    std::string textsJson() const;
    std::string headingsJson() const;
    // [[text, style, em px], …] of every text and visible label, for the type scale's check.
    std::string textStylesJson() const;
    // [{text, x, y, w, h, visible}, …] of every text and labelled item laid out in the last
    // frame, scrolled out of view or not: a test finds what it looks for and scrolls
    // straight to it.
    std::string laidOutJson() const;
    // The last frame's items (visible or not) and plain texts, for the native screen tests.
    const std::vector<WidgetRecord>& records() const { return m_published; }
    const std::vector<std::string>& texts() const { return m_publishedTexts; }

private:
    WidgetRecord* find(ImGuiID id);

    bool m_enabled = false;
    const FontSet* m_fonts = nullptr;
    std::vector<WidgetRecord> m_current, m_published;
    std::vector<std::string> m_texts, m_publishedTexts;
    struct TextSize {
        TextStyle style = TextStyle::Body;
        float em = 0;
    };
    TextSize currentSize() const;
    std::vector<TextSize> m_textSizes, m_publishedTextSizes;
    std::vector<std::string> m_headings, m_publishedHeadings;
    struct LaidOutText {
        std::string text;
        float x = 0, y = 0, w = 0, h = 0;
        bool visible = false;
    };
    std::vector<LaidOutText> m_laidOut, m_publishedLaidOut;
};

} // namespace huicai::ui
