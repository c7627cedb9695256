// The window in the browser: a GLFW canvas (WebGL 2, or 1 where only that exists) whose backing store
// is sized by the page for the device pixel ratio, Dear ImGui's GLFW backend used for
// keys only and the app's own renderer (renderer_web.cpp) (pointer, wheel and text come from the page,
// see input_web.cpp), and the main loop that runs only while frames are requested.
#include "platform/platform.h"
#include "platform/web_detail.h"
#include "ui/draw_fingerprint.h"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <string>

namespace huicai::platform {

// The CPU time of each frame (ms) goes to window.huicai.frameTimes while a page or a
// benchmark has set it to an array.
EM_JS(void, huicai_js_frame_time, (double ms), {
    if (Array.isArray(huicai.frameTimes)) huicai.frameTimes.push(ms);
});

namespace {

GLFWwindow* s_window = nullptr;
std::function<void()> s_frame;
int s_framesLeft = 0;
bool s_paused = false;
std::uint64_t s_drawn = 0; // the fingerprint of what the canvas shows; 0: draw the next frame

void tick() {
    if (s_framesLeft <= 0) {
        emscripten_pause_main_loop();
        s_paused = true;
        return;
    }
    --s_framesLeft;
    const double start = emscripten_get_now();
    s_frame();
    huicai_js_frame_time(emscripten_get_now() - start);
    // Dear ImGui takes a key's down, its text and its up in separate frames: keys typed
    // faster than frames run wait in its queue. Frames go on until the queue is empty,
    // or the last characters typed would show only with the next input.
    if (ImGui::GetCurrentContext() && !ImGui::GetCurrentContext()->InputEventsQueue.empty())
        s_framesLeft = std::max(s_framesLeft, 1);
}

} // namespace

EM_JS(double, huicai_js_css_width, (), { return HC.cssW; });
EM_JS(double, huicai_js_css_height, (), { return HC.cssH; });
EM_JS(double, huicai_js_dpr, (), { return HC.dpr; });
EM_JS(int, huicai_js_max_texture, (), { return GLctx ? GLctx.getParameter(0x0D33) | 0 : 0; }); // GL_MAX_TEXTURE_SIZE
EM_JS(void, huicai_js_measure, (), { huicaiMeasure(); });
EM_JS(int, huicai_js_finish_frames, (), { return HC.finishFrames ? 1 : 0; });

EM_JS(void, huicai_js_start_failed, (), { huicaiProblem('start'); });
EM_JS(void, huicai_js_draw_failed, (), { huicaiProblem('start', true); });

void reportStartFailure() { huicai_js_start_failed(); }

bool initWindow() {
    if (!glfwInit()) {
        std::fprintf(stderr, "huicai: glfwInit failed\n");
        return false;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_SAMPLES, 0);
    const Viewport vp = viewport();
    s_window = glfwCreateWindow(static_cast<int>(vp.cssWidth), static_cast<int>(vp.cssHeight), "Huicai", nullptr, nullptr);
    if (!s_window) {
        std::fprintf(stderr, "huicai: no WebGL context\n");
        return false;
    }
    glfwMakeContextCurrent(s_window);
    huicai_js_measure(); // GLFW sized the canvas in CSS pixels: size it for the DPR again

    // Keys through GLFW; the page feeds pointer and text itself (CSS pixels, input
    // methods). Marking the mouse as inside the window stops the backend from polling
    // GLFW's cursor, which is in backing-store pixels.
    ImGui_ImplGlfw_InitForOpenGL(s_window, false);
    glfwSetKeyCallback(s_window, ImGui_ImplGlfw_KeyCallback);
    glfwSetWindowFocusCallback(s_window, ImGui_ImplGlfw_WindowFocusCallback);
    ImGui_ImplGlfw_CursorEnterCallback(s_window, GLFW_TRUE);
    detail::initRenderer();
    detail::installTextHooks();
    return true;
}

Viewport viewport() {
    Viewport v;
    v.cssWidth = static_cast<float>(huicai_js_css_width());
    v.cssHeight = static_cast<float>(huicai_js_css_height());
    v.dpr = static_cast<float>(huicai_js_dpr());
    if (!(v.dpr > 0)) v.dpr = 1;
    return v;
}

int maxTextureSize() { return huicai_js_max_texture(); }

void beginFrame() {
    std::string error;
    if (!detail::confirmRenderer(error)) { // the first frame drew nothing: the app cannot draw here
        std::fprintf(stderr, "huicai: shader %s\n", error.c_str());
        huicai_js_draw_failed();
    }
    if (!ImGui::GetIO().Fonts->TexID) detail::uploadFontTexture(); // the first build's atlas
    ImGui_ImplGlfw_NewFrame();
    const Viewport vp = viewport();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(vp.cssWidth, vp.cssHeight);
    io.DisplayFramebufferScale = ImVec2(vp.dpr, vp.dpr);
}

void endFrame() {
    ImDrawData* dd = ImGui::GetDrawData();
    const int fbW = static_cast<int>(dd->DisplaySize.x * dd->FramebufferScale.x + 0.5f);
    const int fbH = static_cast<int>(dd->DisplaySize.y * dd->FramebufferScale.y + 0.5f);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    // A frame that would draw what the canvas already shows leaves it alone: WebGL
    // presents a canvas only when it was drawn on, so the browser composites nothing.
    if (const std::uint64_t print = ui::drawFingerprint(*dd, bg); print != s_drawn) {
        s_drawn = print;
        glDisable(GL_SCISSOR_TEST); // the clear covers the whole canvas; renderDrawData sets the viewport
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        detail::renderDrawData(*dd, fbW, fbH);
        if (huicai_js_finish_frames()) glFinish(); // ?finish=1: the frame's time includes the GPU's
    }
    detail::syncTextInput();
}

} // namespace huicai::platform

extern "C" {

// The WebGL context is back after a loss: everything the GPU held is gone. The UI
// renderer makes its shaders and buffers again here; the app rebuilds the font atlas
// and gives the map its mesh (EventKind::GpuRestored).
EMSCRIPTEN_KEEPALIVE void huicai_gl_restored() {
    huicai::platform::detail::forgetGpu();
    huicai::platform::detail::initRenderer();
    huicai::platform::s_drawn = 0;
    huicai::platform::detail::pushEvent({huicai::platform::EventKind::GpuRestored, 0, {}});
}

} // extern "C"

namespace huicai::platform {

void reloadFontTexture() {
    s_drawn = 0; // the same vertices may sample other glyphs now
    detail::uploadFontTexture();
}

void runMainLoop(std::function<void()> frame) {
    s_frame = std::move(frame);
    s_framesLeft = std::max(s_framesLeft, 2);
    emscripten_set_main_loop(tick, 0, false);
}

void requestFrames(int count) {
    s_framesLeft = std::max(s_framesLeft, count);
    if (s_paused && s_frame) {
        s_paused = false;
        emscripten_resume_main_loop();
    }
}

} // namespace huicai::platform
