// Input from the page that GLFW's browser port gets wrong or never sees: pointer
// events in CSS pixels (mouse, touch, pen), text from the hidden textarea (input
// methods, phone keyboards, paste), the system clipboard, and the caret position for
// the input method's candidate window. Every input wakes the main loop.
#include "platform/platform.h"
#include "platform/web_detail.h"

#include <emscripten.h>
#include <imgui.h>

#include <cfloat>
#include <cstdio>
#include <string>

namespace huicai::platform {

namespace {

constexpr int kFramesPerInput = 3; // the input's frame and two for ImGui to settle

float s_imeX = 0, s_imeY = 0, s_imeLine = 20;
bool s_imeVisible = false;

void setClipboard(void*, const char* text) { copyToClipboard(text ? text : ""); }
// Paste arrives as text from the DOM paste event; ImGui's own Ctrl+V finds nothing.
const char* getClipboard(void*) { return ""; }

void setImeData(ImGuiViewport*, ImGuiPlatformImeData* data) {
    s_imeVisible = data->WantVisible;
    s_imeX = data->InputPos.x;
    s_imeY = data->InputPos.y;
    s_imeLine = data->InputLineHeight;
}

} // namespace

namespace detail {

void installTextHooks() {
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = setClipboard;
    io.GetClipboardTextFn = getClipboard;
    io.ClipboardUserData = nullptr;
    io.SetPlatformImeDataFn = setImeData;
}

} // namespace detail

EM_JS(void, huicai_js_copy, (const char* text), {
    var t = UTF8ToString(text);
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(function() {});
});

EM_JS(void, huicai_js_text_input, (int wanted, double x, double y, double line), {
    HC.textWanted = !!wanted;
    var el = huicaiIme;
    if (wanted) {
        var r = Module['canvas'].getBoundingClientRect();
        el.style.left = (r.left + x) + 'px';
        el.style.top = (r.top + y) + 'px';
        el.style.height = Math.max(16, line) + 'px';
        el.style.fontSize = Math.max(12, Math.round(line * 0.8)) + 'px';
        huicaiFocusText();
    } else if (document.activeElement === el) {
        el.blur();
    }
});

void copyToClipboard(const std::string& text) { huicai_js_copy(text.c_str()); }

namespace detail {

void syncTextInput() {
    static bool s_wanted = false;
    static float s_x = -1, s_y = -1;
    const bool wanted = ImGui::GetIO().WantTextInput;
    const float x = s_imeVisible ? s_imeX : s_x, y = s_imeVisible ? s_imeY : s_y;
    if (wanted == s_wanted && x == s_x && y == s_y) return;
    s_wanted = wanted;
    s_x = x;
    s_y = y;
    huicai_js_text_input(wanted ? 1 : 0, x, y, s_imeLine);
}

} // namespace detail

} // namespace huicai::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void huicai_wake() { huicai::platform::requestFrames(huicai::platform::kFramesPerInput); }

// type: 0 move, 1 down, 2 up, 3 leave. kind: 0 mouse, 1 touch, 2 pen.
EMSCRIPTEN_KEEPALIVE void huicai_pointer(int type, double x, double y, int button, int kind) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(kind == 1 ? ImGuiMouseSource_TouchScreen : kind == 2 ? ImGuiMouseSource_Pen : ImGuiMouseSource_Mouse);
    if (type == 3) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    } else {
        io.AddMousePosEvent(static_cast<float>(x), static_cast<float>(y));
        // DOM buttons: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
        const int b = button == 1 ? 2 : button == 2 ? 1 : button;
        if ((type == 1 || type == 2) && b >= 0 && b < ImGuiMouseButton_COUNT) io.AddMouseButtonEvent(b, type == 1);
        // A finger that lifts leaves no hover behind.
        if (type == 2 && kind == 1) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    }
    huicai::platform::requestFrames(huicai::platform::kFramesPerInput);
}

EMSCRIPTEN_KEEPALIVE void huicai_pinch(double x, double y, double factor, double dx, double dy) {
    char text[128];
    std::snprintf(text, sizeof text, "%.2f %.2f %.6f %.2f %.2f", x, y, factor, dx, dy);
    huicai::platform::detail::pushEvent({huicai::platform::EventKind::Pinch, 0, text});
}

EMSCRIPTEN_KEEPALIVE void huicai_text(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    huicai::platform::requestFrames(huicai::platform::kFramesPerInput);
}

} // extern "C"
