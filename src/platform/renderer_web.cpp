// The user interface's renderer: Dear ImGui's draw lists through the shaders of
// shaders/ui.vert and shaders/ui.frag on WebGL 2, or of shaders/ui100.* on a WebGL 1
// context (an older phone or GPU: no vertex array object, the atlas as an alpha
// texture; the page asks for WebGL 2 first). The app owns its canvas's context, so unlike
// Dear ImGui's OpenGL backend this renderer never reads GL state back to restore it:
// in a browser each such query waits for the GPU to finish the frame before (about 20
// state queries a frame, most of a frame's time on a software GPU). For the same reason
// it asks nothing before the first frame: the program's link is confirmed after it.
#include "platform/shaders.h"
#include "platform/web_detail.h"

#include <GLES3/gl3.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>

namespace huicai::platform::detail {

namespace {

GLuint s_program = 0, s_vao = 0, s_vbo = 0, s_ibo = 0, s_fontTexture = 0;
bool s_webgl2 = true; // else WebGL 1: no vertex array object (s_vao stays 0)
PendingLink s_link;   // the UI program until its link has been asked about
bool s_linkUsed = false; // a frame was drawn with it since
RenderFrame s_frame;
// The vertex attribute locations: the draw lists' position, uv and colour (arrays), and
// the transform from CSS pixels to clip space (one value for all vertices).
constexpr GLuint kTransform = 3;

// The vertex layout of ImDrawVert from `first` (a vertex offset into the buffer).
void pointAttributes(std::size_t first) {
    const auto at = [first](std::size_t member) {
        return reinterpret_cast<const void*>(first * sizeof(ImDrawVert) + member);
    };
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, col)));
}

// The UI's buffers and vertex layout (their vertex array object on WebGL 2; on WebGL 1
// the attributes are global state, pointed again for each draw list).
void bindVertices() {
    if (s_vao) glBindVertexArray(s_vao);
    glBindBuffer(GL_ARRAY_BUFFER, s_vbo);
    if (s_vao) return;
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, s_ibo);
    for (GLuint i = 0; i < 3; ++i) glEnableVertexAttribArray(i);
}

GLuint shader(GLenum type, const char* source) {
    const GLuint s = glCreateShader(type);
    glShaderSource(s, 1, &source, nullptr);
    glCompileShader(s);
    return s;
}

// The words of a shader that did not compile (empty when it did).
std::string compileError(GLuint s, const char* stage) {
    GLint ok = 0;
    glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
    if (ok) return {};
    char log[1024] = {};
    glGetShaderInfoLog(s, sizeof log, nullptr, log);
    return std::string(stage) + ": " + log;
}

} // namespace

PendingLink startLink(const char* vertex, const char* fragment, std::initializer_list<const char*> attributes) {
    PendingLink link;
    link.vertex = shader(GL_VERTEX_SHADER, vertex);
    link.fragment = shader(GL_FRAGMENT_SHADER, fragment);
    link.program = glCreateProgram();
    glAttachShader(link.program, link.vertex);
    glAttachShader(link.program, link.fragment);
    GLuint location = 0;
    for (const char* a : attributes) glBindAttribLocation(link.program, location++, a);
    glLinkProgram(link.program);
    return link;
}

unsigned finishLink(PendingLink& link, const std::string& name, std::string& error) {
    GLuint program = link.program;
    if (!program) return 0;
    GLint linked = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &linked);
    if (!linked) {
        error = compileError(link.vertex, ".vert");
        if (error.empty()) error = compileError(link.fragment, ".frag");
        if (error.empty()) {
            char log[1024] = {};
            glGetProgramInfoLog(program, sizeof log, nullptr, log);
            error = std::string(" link: ") + log;
        }
        error = name + error;
        glDeleteProgram(program);
        program = 0;
    }
    glDeleteShader(link.vertex);
    glDeleteShader(link.fragment);
    link = PendingLink{};
    return program;
}

GLuint linkProgram(const char* vertex, const char* fragment, const std::string& name, std::string& error,
                   std::initializer_list<const char*> attributes) {
    PendingLink link = startLink(vertex, fragment, attributes);
    return finishLink(link, name, error);
}

void initRenderer() {
    EmscriptenWebGLContextAttributes context;
    s_webgl2 = emscripten_webgl_get_context_attributes(emscripten_webgl_get_current_context(), &context) != EMSCRIPTEN_RESULT_SUCCESS ||
               context.majorVersion >= 2;
    // The program is used at once; whether it linked is asked after the first frame
    // (confirmRenderer). Nothing else is asked: the transform is a constant attribute
    // and the atlas is on texture unit 0, a sampler's default, so no uniform is looked up.
    const auto attributes = {"a_position", "a_uv", "a_colour", "a_transform"}; // 0, 1, 2, kTransform
    s_link = s_webgl2 ? startLink(shaders::kUiVertex, shaders::kUiFragment, attributes)
                      : startLink(shaders::kUi100Vertex, shaders::kUi100Fragment, attributes);
    s_program = s_link.program;
    s_linkUsed = false;
    if (s_webgl2) {
        glGenVertexArrays(1, &s_vao);
        glBindVertexArray(s_vao);
    }
    glGenBuffers(1, &s_vbo);
    glGenBuffers(1, &s_ibo);
    glBindBuffer(GL_ARRAY_BUFFER, s_vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, s_ibo);
    for (GLuint i = 0; i < 3; ++i) glEnableVertexAttribArray(i);
    pointAttributes(0);
    glFlush(); // the GPU process compiles and links while the first frame is laid out

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "huicai_webgl";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset; // lists over 64k vertices
}

bool confirmRenderer(std::string& error) {
    if (!s_link.program || !s_linkUsed) return true;
    if (emscripten_is_webgl_context_lost(emscripten_webgl_get_current_context())) return true; // asked again once it is back
    s_program = finishLink(s_link, s_webgl2 ? "ui" : "ui100", error);
    return s_program != 0;
}

void uploadFontTexture() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h); // coverage only: the fragment shader makes it white
    if (!s_fontTexture) glGenTextures(1, &s_fontTexture);
    glBindTexture(GL_TEXTURE_2D, s_fontTexture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    if (s_webgl2) glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    else glTexImage2D(GL_TEXTURE_2D, 0, GL_ALPHA, w, h, 0, GL_ALPHA, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(s_fontTexture)));
    io.Fonts->ClearTexData(); // the atlas keeps its glyph table; the pixels live on the GPU
}

void renderDrawData(const ImDrawData& dd, int fbWidth, int fbHeight) {
    if (fbWidth <= 0 || fbHeight <= 0 || !s_program) return;
    s_linkUsed = true;
    glViewport(0, 0, fbWidth, fbHeight);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(s_program);
    glActiveTexture(GL_TEXTURE0);
    const float l = dd.DisplayPos.x, r = dd.DisplayPos.x + dd.DisplaySize.x;
    const float t = dd.DisplayPos.y, b = dd.DisplayPos.y + dd.DisplaySize.y;
    const float projection[16] = {
        2.0f / (r - l),
        0,
        0,
        0,
        0,
        2.0f / (t - b),
        0,
        0,
        0,
        0,
        -1,
        0,
        (r + l) / (l - r),
        (t + b) / (b - t),
        0,
        1,
    };
    // The same transform as the projection's, for the UI's shader: scale, then offset.
    const float transform[4] = {projection[0], projection[5], projection[12], projection[13]};
    glVertexAttrib4fv(kTransform, transform);
    bindVertices();
    s_frame = RenderFrame{projection, {dd.DisplayPos.x, dd.DisplayPos.y}, {dd.FramebufferScale.x, dd.FramebufferScale.y}, fbHeight};
    // After a draw callback (the map), which uses its own program, buffers and vertex arrays.
    const auto restore = [&] {
        glUseProgram(s_program);
        glVertexAttrib4fv(kTransform, transform); // a constant attribute is the context's, not the program's
        bindVertices();
        glActiveTexture(GL_TEXTURE0);
    };

    const ImVec2 origin = dd.DisplayPos, scale = dd.FramebufferScale;
    for (int n = 0; n < dd.CmdListsCount; ++n) {
        const ImDrawList* list = dd.CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert), list->VtxBuffer.Data,
                     GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * sizeof(ImDrawIdx),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        unsigned first = 0;
        pointAttributes(first);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                restore();
                continue;
            }
            const float x0 = (cmd.ClipRect.x - origin.x) * scale.x, y0 = (cmd.ClipRect.y - origin.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - origin.x) * scale.x, y1 = (cmd.ClipRect.w - origin.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(static_cast<int>(x0), static_cast<int>(fbHeight - y1), static_cast<int>(x1 - x0), static_cast<int>(y1 - y0));
            if (cmd.VtxOffset != first) {
                first = cmd.VtxOffset;
                pointAttributes(first);
            }
            glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(cmd.GetTexID())));
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>(static_cast<std::intptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
    glDisable(GL_SCISSOR_TEST);
    s_frame = RenderFrame{};
}

const RenderFrame& currentFrame() { return s_frame; }

void forgetGpu() {
    s_program = s_vao = s_vbo = s_ibo = s_fontTexture = 0; // they went with the lost context
    s_link = PendingLink{};
    ImGui::GetIO().Fonts->SetTexID(nullptr);
}

} // namespace huicai::platform::detail
