// Draws the app's screens natively, one frame at a time and without a renderer: a
// Dear ImGui context with its default font (the widget map records labels, not
// glyphs), the real i18n tables of assets/i18n, and an AppState whose workspace holds
// a state seeded by the test and one acting user. After draw(), the widget map says
// which controls the screen showed, with their labels and whether they were disabled.
#pragma once
#include "app/app_state.h"
#include "app/requests.h"
#include "data/asset_files.h"
#include "imgui_context.h"
#include "ui/fonts.h"
#include "ui/shell.h"
#include "ui/theme.h"
#include "ui/ui.h"
#include "ui/widget_map.h"
#include "ui/widgets/region_map_state.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

namespace screens {

using namespace huicai;

// A desk and a phone, in CSS pixels; tall enough that nothing waits below the fold.
inline constexpr ImVec2 kDesk{1440, 3000};
inline constexpr ImVec2 kPhone{390, 3000};

class ScreenHarness {
public:
    explicit ScreenHarness(const std::string& lang = "zh-CN", ImVec2 size = kDesk) : m_size(size) {
        m_ctx = newHeadlessContext();
        ui::theme::apply();
        m_map.install(m_ctx, true);
        ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard; // as the app (App::init)
        state.lang = lang;
        state.i18n.load(assetsDir() + "/i18n", lang);
        state.db = app::DbState::Saved;
    }
    ~ScreenHarness() { ImGui::DestroyContext(m_ctx); }
    ScreenHarness(const ScreenHarness&) = delete;
    ScreenHarness& operator=(const ScreenHarness&) = delete;

    // The demo workspace on `world` as of `today`, `actor` acting.
    void work(const State& world, const Reference& ref, Date today, const Actor& actor) {
        state.referenceCatalog = state.catalog = ref.catalog;
        auto& w = state.work;
        w.mode = app::WorkMode::Demo;
        w.active = w.loaded = true;
        w.state = world;
        w.calendar = ref.calendar;
        w.regions = ref.regions;
        w.talent = ref.talent;
        w.today = today;
        w.actors = {DemoActor{"acting", actor}};
        w.role = "acting";
        ++w.version;
    }

    // Draws the shell with `screen` for two frames (the first lays out, the second
    // draws as a user sees it); the requests of the last frame are kept.
    void draw(app::Screen screen) {
        state.route.screen = screen;
        for (int i = 0; i < 2; ++i) frame();
    }
    void frame() {
        ImGui::SetCurrentContext(m_ctx);
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = m_size;
        io.DeltaTime = 1.0f / 60.0f;
        requests.clear();
        m_map.beginFrame();
        ImGui::NewFrame();
        ui::Ui ui{m_fonts, m_map, requests, m_regionMap};
        ui::drawShell(state, ui);
        ImGui::Render();
        m_map.endFrame();
    }

    // Presses the visible, enabled control labelled `label` on `screen` with ImGui's own
    // input events and draws until the press is taken; `requests` then holds what the
    // screen asked for in those frames. False when there is no such control.
    bool click(app::Screen screen, const std::string& label) {
        const ui::WidgetRecord* r = control(label);
        if (!r || r->disabled) return false;
        ImGui::SetCurrentContext(m_ctx);
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(r->x + r->w / 2, r->y + r->h / 2);
        io.AddMouseButtonEvent(0, true);
        io.AddMouseButtonEvent(0, false);
        state.route.screen = screen;
        app::Requests all;
        for (int i = 0; i < 4; ++i) {
            frame();
            for (auto& q : requests) all.push_back(std::move(q));
        }
        requests = std::move(all);
        return true;
    }

    // A queue's record on a phone is a page of its own, opened from its row: taps the
    // row titled `title` there; on a desk the record already shows beside the list.
    // False when a phone's row is not there.
    bool openRow(app::Screen screen, const std::string& title) { return !state.narrow || click(screen, title); }

    // Clicks the text field whose hint is `hint` and types `text` into it through
    // ImGui's input events; false when there is no such field.
    bool type(app::Screen screen, const std::string& hint, const std::string& text) {
        if (!click(screen, hint)) return false;
        ImGui::SetCurrentContext(m_ctx);
        ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
        for (int i = 0; i < 2; ++i) frame();
        return true;
    }

    // Presses and releases `key` (with Shift when `shift`) and draws until it is taken.
    void key(ImGuiKey k, bool shift = false) {
        ImGui::SetCurrentContext(m_ctx);
        ImGuiIO& io = ImGui::GetIO();
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
        io.AddKeyEvent(k, true);
        io.AddKeyEvent(k, false);
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
        for (int i = 0; i < 4; ++i) frame();
    }
    // The accessibility mirror's JSON of the last frame (web/huicai_a11y.js reads it).
    std::string a11y() const { return m_map.a11yJson(); }

    // The record of the visible control labelled `label` (the text before "##"), or null.
    const ui::WidgetRecord* control(const std::string& label) const {
        for (const auto& r : m_map.records())
            if (r.visible && r.label == label) return &r;
        return nullptr;
    }
    const std::vector<ui::WidgetRecord>& records() const { return m_map.records(); }
    // window.huicai.laidOut(): every text and labelled item, in view or not.
    std::string laidOut() const { return m_map.laidOutJson(); }
    bool shows(const std::string& label) const { return control(label) != nullptr; }
    bool enabled(const std::string& label) const {
        const auto* r = control(label);
        return r && !r->disabled;
    }
    bool showsText(const std::string& text) const {
        const auto& t = m_map.texts();
        return std::any_of(t.begin(), t.end(), [&](const std::string& s) { return s.find(text) != std::string::npos; });
    }
    // Whether `text` is drawn, perhaps wrapped over several lines (compared without spaces).
    bool showsWrappedText(const std::string& text) const {
        const auto squeeze = [](std::string s) {
            s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
            return s;
        };
        std::string all;
        for (const auto& t : m_map.texts()) all += t;
        return squeeze(all).find(squeeze(text)) != std::string::npos;
    }
    // The label of a command's control as the screens draw it.
    std::string commandLabel(std::string_view command) const {
        return state.tr("workflow.command." + std::string(command));
    }

    app::AppState state;
    app::Requests requests;

private:
    ImGuiContext* m_ctx = nullptr;
    ImVec2 m_size;
    ui::FontSet m_fonts;
    ui::WidgetMap m_map;
    ui::RegionMapState m_regionMap;
};

} // namespace screens
