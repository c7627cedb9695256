// The empty web app the load benchmark measures the real one against: Dear ImGui on
// GLFW + WebGL2, one in-memory SQLite database, one window with a button. After its
// first rendered frame it sets window.huicai = {ready: true}, the same signal the
// app gives, so both are timed to the same point; like the app, it adds each frame's
// CPU time (ms) to window.huicai.frameTimes while a benchmark has set it to an array,
// and the part before the GL calls (input, ImGui's frame) to window.huicai.uiTimes
// (the stock OpenGL3 backend reads GL state back, which a browser answers slowly).
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <sqlite3.h>

#include <cassert>
#include <cstdio>

namespace {

struct Shell {
    GLFWwindow* m_window = nullptr;
    sqlite3* m_db = nullptr;
    int m_clicks = 0;
    bool m_announced = false;
};

Shell g_shell;

void frame() {
    Shell& s = g_shell;
    const double start = emscripten_get_now();
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();

    ImGui::Begin("Empty shell");
    if (ImGui::Button("Button")) ++s.m_clicks;
    ImGui::Text("SQLite %s, clicks %d", sqlite3_libversion(), s.m_clicks);
    ImGui::End();

    ImGui::Render();
    const double ui = emscripten_get_now() - start;
    int width = 0, height = 0;
    glfwGetFramebufferSize(s.m_window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.125f, 0.125f, 0.125f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    EM_ASM(
        {
            if (window.huicai && Array.isArray(window.huicai.frameTimes)) window.huicai.frameTimes.push($0);
            if (window.huicai && Array.isArray(window.huicai.uiTimes)) window.huicai.uiTimes.push($1);
        },
        emscripten_get_now() - start, ui);
    if (!s.m_announced) {
        s.m_announced = true;
        EM_ASM({ window.huicai = {ready : true}; });
    }
}

} // namespace

int main() {
    EM_ASM({ performance.mark('huicai:main'); }); // as the app marks its start, for the benchmark
    Shell& s = g_shell;
    const int opened = sqlite3_open(":memory:", &s.m_db);
    assert(opened == SQLITE_OK && "an in-memory SQLite database always opens");
    (void)opened;

    if (!glfwInit()) {
        std::fprintf(stderr, "empty shell: glfwInit failed\n");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    double cssWidth = 0, cssHeight = 0;
    emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
    s.m_window = glfwCreateWindow(cssWidth > 0 ? int(cssWidth) : 1280, cssHeight > 0 ? int(cssHeight) : 800,
                                  "Empty shell", nullptr, nullptr);
    if (!s.m_window) {
        std::fprintf(stderr, "empty shell: no WebGL2 context\n");
        return 1;
    }
    glfwMakeContextCurrent(s.m_window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(s.m_window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    EM_ASM({ performance.mark('huicai:init'); });
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
