// A browser page without a browser: App on the headless platform layer (see
// src/platform/headless.h) over the source tree's assets and the built UI font, driven
// through the widget map with Dear ImGui's own input events.
#pragma once
#include "app/app.h"
#include "platform/headless.h"
#include "ui/shell.h"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>

namespace screens {

namespace fs = std::filesystem;
namespace headless = huicai::platform::headless;
using nlohmann::json;
using namespace huicai;

// A page: the source tree's assets with the built UI font, and a data folder that
// outlives the app, so that a second App on it is the same browser after a reload.
class Browser {
public:
    explicit Browser(platform::Viewport viewport) : m_viewport(viewport) {
        static int count = 0;
        m_dir = fs::temp_directory_path() / ("huicai-frames-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "assets");
        for (const auto& e : fs::directory_iterator(HUICAI_ASSETS_DIR))
            fs::create_symlink(e.path(), m_dir / "assets" / e.path().filename());
        fs::create_directory_symlink(HUICAI_UI_FONT_DIR, m_dir / "assets" / "fonts");
    }
    ~Browser() {
        close();
        fs::remove_all(m_dir);
    }
    Browser(const Browser&) = delete;
    Browser& operator=(const Browser&) = delete;

    // Opens the app at `hash` (a reload when one was open) and draws `frameCount` frames
    // (it is ready after the first).
    void open(const std::string& hash, const std::string& browserLanguage = "zh-CN", int frameCount = 4) {
        close();
        headless::reset();
        auto& p = headless::page();
        p.assetsDir = (m_dir / "assets").string();
        p.dataDir = (m_dir / "data").string();
        p.viewport = m_viewport;
        p.info.hash = hash;
        p.info.browserLanguage = browserLanguage;
        p.info.testMap = true;
        p.info.storageOk = m_storageOk;
        p.commonFont = m_commonFont.empty() ? (m_dir / "assets" / "fonts" / "common.ttf").string() : m_commonFont;
        p.fullFont = m_fullFont;
        p.mapMesh = m_mapMesh;
        p.mapGpu = m_mapGpu;
        p.maxTextureSize = m_maxTextureSize;
        p.i18nSource = m_i18nSource;
        m_app = std::make_unique<app::App>(ui::drawShell);
        REQUIRE(m_app->init());
        frames(frameCount);
        REQUIRE(p.ready);
    }
    void close() {
        if (!m_app) return;
        m_app.reset();
        ImGui::DestroyContext(ImGui::GetCurrentContext());
    }

    void frames(int n) {
        for (int i = 0; i < n; ++i) m_app->frame();
    }
    json widgets() const { return json::parse(headless::query(platform::Query::Widgets)); }
    json headings() const { return json::parse(headless::query(platform::Query::Headings)); }
    json texts() const { return json::parse(headless::query(platform::Query::VisibleTexts)); }
    // Whether some text drawn on screen contains `text`.
    bool showsText(const std::string& text) const {
        for (const auto& t : texts())
            if (t.get<std::string>().find(text) != std::string::npos) return true;
        return false;
    }
    bool showsHeading(const std::string& text) const {
        for (const auto& h : headings())
            if (h.get<std::string>() == text) return true;
        return false;
    }
    json widget(const std::string& label) const {
        for (const auto& w : widgets())
            if (w.at("label") == label) return w;
        return json();
    }
    // Moves the pointer onto the control labelled `label`, presses and releases it, and
    // draws until the app has taken the click (ImGui trickles one input event a frame).
    void click(const std::string& label) {
        const json w = widget(label);
        INFO("control: " << label << "\n on screen: " << widgets().dump());
        REQUIRE(w.is_object());
        REQUIRE_FALSE(w.value("disabled", false));
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(w.at("x").get<float>() + w.at("w").get<float>() / 2, w.at("y").get<float>() + w.at("h").get<float>() / 2);
        io.AddMouseButtonEvent(0, true);
        io.AddMouseButtonEvent(0, false);
        frames(6);
    }
    // Turns the mouse wheel over the page (at `x`, by default its middle) until the
    // control labelled `label` is on screen (a phone shows less at once); false when it
    // never comes.
    bool scrollTo(const std::string& label, float x = -1) {
        ImGuiIO& io = ImGui::GetIO();
        for (int i = 0; i < 30; ++i) {
            if (widget(label).is_object()) return true;
            io.AddMousePosEvent(x < 0 ? m_viewport.cssWidth / 2 : x, m_viewport.cssHeight / 2);
            io.AddMouseWheelEvent(0, -1);
            frames(3);
        }
        return false;
    }

    // The next open()s find the browser's storage unusable (no IndexedDB, or unreadable).
    void withoutStorage() { m_storageOk = false; }
    // As the web page does: the page holds only `lang`'s tables (the other language's are
    // "downloaded" from the source tree's, or from `source` when given).
    void packOnlyLanguage(const std::string& lang, const std::string& source = HUICAI_ASSETS_DIR "/i18n") {
        const fs::path dir = m_dir / "assets" / "i18n";
        fs::remove_all(dir);
        fs::create_directory(dir);
        for (const auto& e : fs::directory_iterator(HUICAI_ASSETS_DIR "/i18n")) {
            const std::string name = e.path().filename().string();
            if (name.ends_with("." + lang + ".json")) fs::copy_file(e.path(), dir / name);
        }
        m_i18nSource = source;
    }
    std::string m_i18nSource;
    bool m_storageOk = true;
    // What fetchMap() and prepareMap() do at the next open(): the built mesh and a GPU
    // that takes it, unless a test says otherwise.
    std::string m_mapMesh = HUICAI_MAP_MESH_FILE;
    bool m_mapGpu = true;
    // The GPU's largest texture side at the next open().
    int m_maxTextureSize = 8192;
    // What fetchFont(Common) and fetchFont(Full) "download" at the next open(): the built
    // GB2312 file (empty: the font folder's), and none for the full face unless set.
    std::string m_commonFont, m_fullFont;

private:
    platform::Viewport m_viewport;
    fs::path m_dir;
    std::unique_ptr<app::App> m_app;
};

} // namespace screens
