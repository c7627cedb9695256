// WidgetMap: what the last rendered frame drew: the source of the page's accessibility
// mirror (web/huicai_a11y.js) and, with ?testmap=1, of the browser tests' queries.
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

// What a control is to assistive technology (ARIA's role): most items are buttons;
// ImGui's item flags tell text fields, check boxes and combo boxes; the app's widgets
// say which buttons are toggles (pressed or not), radio buttons (one choice of a set,
// such as the language: the chosen one checked), tabs (one of a console's pages), links
// (to another page: the current one marked), options (a row of a list box) and which
// fields hold a password. The last ones are groups that hold others (beginGroup): the
// top bar's navigation, a list box, a dialog; a run of radio buttons or tabs is put in
// a radio group or a tab list of its own (named by the text just before it).
enum class A11yRole : unsigned char {
    Button,
    TextBox,
    Password,
    CheckBox,
    ComboBox,
    Toggle,
    Radio,
    Tab,
    Link,
    Option,
    // Groups.
    Navigation,
    ListBox,
    Dialog,
    RadioGroup,
    TabList,
};
const char* a11yRoleName(A11yRole role);
inline bool isA11yGroup(A11yRole role) { return role >= A11yRole::Navigation; }
// The key of item `id`'s node in the accessibility mirror (the page finds it by it).
inline std::string a11yKey(ImGuiID id) { return "i" + std::to_string(id); }

struct WidgetRecord {
    ImGuiID id = 0;
    A11yRole role = A11yRole::Button;
    int expanded = -1;     // -1: opens nothing; else 0/1
    bool selected = false; // a toggle that is pressed (the chosen one of its set)
    unsigned seq = 0;      // its place in the frame's drawing order
    std::string label;
    std::string value;             // what a text field holds, or the choice a combo box shows
    const char* autocomplete = ""; // a sign-in form's field: its autocomplete token
    float x = 0, y = 0, w = 0, h = 0;
    bool visible = false;
    int checked = -1;                      // -1: not a toggle; else 0/1
    bool disabled = false;                 // drawn between BeginDisabled() and EndDisabled()
    bool invalid = false;                  // a field whose value has a problem,
    std::string problem;                   // said under it (its description)
    int posInSet = 0, setSize = 0;         // a list box's row: its place (from 1) and the list's length
    ImGuiID parent = 0;                    // the group it is drawn in (0: the page)
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
    void itemInfo(ImGuiID id, const char* label, int statusFlags);
    // The whole rectangle's top and size of the item itemAdd() just recorded (its
    // rectangle is the visible part).
    void setFullRect(float y, float w, float h);
    // From the app's widgets: a label for an item whose own label is hidden (a text
    // field shows its hint), a toggle's state, and plain text drawn.
    void annotate(ImGuiID id, std::string_view label);
    void setChecked(ImGuiID id, bool checked);
    void setRole(ImGuiID id, A11yRole role, bool selected = false);
    void setExpanded(ImGuiID id, bool expanded);
    void setValue(ImGuiID id, std::string_view value);
    // Scrolls the item `id` into view when it is drawn next (a control scrolled out of
    // view that assistive technology pressed); true once for that item, from the hook.
    void reveal(ImGuiID id) { m_revealId = id; }
    bool takeReveal(ImGuiID id) { return id == m_revealId && (m_revealId = 0, true); }
    // The last text field or combo box drawn has this problem: said
    // under it, and its description to assistive technology.
    void setProblem(std::string_view problem);
    // A list box's row `id` is the `pos`-th (from 1) of `size` rows (most not drawn).
    void setSetPosition(ImGuiID id, int pos, int size);
    // What is drawn from beginGroup to endGroup is in the group `id` of `role` (one of
    // the group roles), named `name`; groups nest.
    void beginGroup(ImGuiID id, A11yRole role, std::string_view name);
    void endGroup();
    // A field of the sign-in form (credential_field.h): `token` is a static string.
    void setAutocomplete(ImGuiID id, const char* token);
    // A notice drawn this frame (a command applied or refused, sync, offline): spoken by
    // the mirror's live region; `urgent` ones interrupt.
    void addNotice(std::string_view text, bool urgent);
    void addText(std::string_view text);
    // The plain text of the item just drawn: a visible text when it is in view, and in
    // the laid-out list with its place either way.
    void addItemText(std::string_view text);
    // A screen's heading (drawn just before as text, in `lines` lines): one heading of
    // the mirror, and of window.huicai.headings() when `visible`.
    void addHeading(std::string_view text, bool visible, size_t lines = 1);

    // The accessibility mirror's nodes of the last frame (web/huicai_a11y.js reads them),
    // with the key of the node keyboard navigation is on and the name of the field
    // being edited.
    std::string a11yJson() const;
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
    // The last frame's groups (their rectangle the union of what they hold).
    const std::vector<WidgetRecord>& groups() const { return m_publishedGroups; }

private:
    WidgetRecord* find(ImGuiID id);

    bool m_enabled = false;
    const FontSet* m_fonts = nullptr;
    std::vector<WidgetRecord> m_current, m_published;
    std::vector<WidgetRecord> m_groups, m_publishedGroups;
    struct OpenGroup {
        size_t group, items, texts; // where in m_groups, m_current and m_laidOut it began
    };
    std::vector<OpenGroup> m_open;
    ImGuiID currentParent() const { return m_open.empty() ? 0 : m_groups[m_open.back().group].id; }
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
        bool heading = false;
        bool continued = false; // a further line of the heading above: in its node
        unsigned seq = 0;
        ImGuiID parent = 0;
    };
    struct Notice {
        std::string text;
        bool urgent = false;
    };
    std::vector<Notice> m_notices, m_publishedNotices;
    unsigned m_seq = 0;
    std::vector<LaidOutText> m_laidOut, m_publishedLaidOut;
    // The item keyboard navigation is on (0 when the pointer was used last), and the
    // text field being edited (0 when none).
    ImGuiID m_focusId = 0, m_editId = 0;
    // The control the keyboard moves to because the one it was on is gone (a command's
    // button that did its work): the nearest one where it was, focused when drawn next.
    ImGuiID m_refocusId = 0;
    ImGuiID m_revealId = 0;
    WidgetRecord m_navLast; // the item the keyboard was on, as last drawn
    ImGuiID nearestTo(const WidgetRecord& gone) const;
};

} // namespace huicai::ui
