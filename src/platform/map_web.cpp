// The dashboard's map on WebGL2: the mesh's triangles filled by shaders/map_fill.* and
// its borders as instanced, anti-aliased quads by shaders/map_border.*, drawn from an
// ImGui draw callback in the frame's order (the UI renderer sets its own state again
// after a callback). The mesh is fetched as a file of the web package (huicaiFiles.map)
// into the in-memory file system, then read by App (app_map.cpp).
#include "app/map_draw.h"
#include "app/region_mesh.h"
#include "platform/shaders.h"
#include "platform/web_detail.h"

#include <GLES3/gl3.h>
#include <emscripten.h>

#include <cstdint>
#include <string>
#include <vector>

namespace huicai::platform {

namespace {

struct Program {
    GLuint id = 0;
    GLint projection = -1, affine = -1, value = -1, state = -1, ramp = -1, noData = -1, outside = -1, hoverTint = -1,
          dpr = -1, halfWidth = -1, colour = -1;
};

struct Gpu {
    Program fill, border;
    GLuint fillVao = 0, vertexBuffer = 0, indexBuffer = 0;
    GLuint borderVao = 0, cornerBuffer = 0, segmentBuffer = 0;
    std::vector<app::MeshShape> shapes; // their index ranges
    std::vector<app::MeshGroup> groups; // their segment ranges
    bool ready = false;
} s_gpu;

bool link(Program& p, const char* vertex, const char* fragment, const char* name, std::string& error) {
    p.id = detail::linkProgram(vertex, fragment, name, error);
    if (!p.id) return false;
    const auto at = [&p](const char* uniform) { return glGetUniformLocation(p.id, uniform); };
    p.projection = at("u_projection");
    p.affine = at("u_affine");
    p.value = at("u_value");
    p.state = at("u_state");
    p.ramp = at("u_ramp");
    p.noData = at("u_noData");
    p.outside = at("u_outside");
    p.hoverTint = at("u_hoverTint");
    p.dpr = at("u_dpr");
    p.halfWidth = at("u_halfWidth");
    p.colour = at("u_colour");
    return true;
}

void release() {
    for (GLuint* p : {&s_gpu.fill.id, &s_gpu.border.id})
        if (*p) glDeleteProgram(*p), *p = 0;
    for (GLuint* b : {&s_gpu.vertexBuffer, &s_gpu.indexBuffer, &s_gpu.cornerBuffer, &s_gpu.segmentBuffer})
        if (*b) glDeleteBuffers(1, b), *b = 0;
    for (GLuint* v : {&s_gpu.fillVao, &s_gpu.borderVao})
        if (*v) glDeleteVertexArrays(1, v), *v = 0;
    s_gpu.ready = false;
}

void uniform(GLint at, const app::MapColour& c) { glUniform4f(at, c[0], c[1], c[2], c[3]); }

void draw(const ImDrawList*, const ImDrawCmd* cmd) {
    const auto* call = static_cast<const app::MapDrawCall*>(cmd->UserCallbackData);
    const auto& frame = detail::currentFrame();
    if (!call || !s_gpu.ready || !frame.projection) return;
    const float x0 = (cmd->ClipRect.x - frame.origin[0]) * frame.scale[0], y0 = (cmd->ClipRect.y - frame.origin[1]) * frame.scale[1];
    const float x1 = (cmd->ClipRect.z - frame.origin[0]) * frame.scale[0], y1 = (cmd->ClipRect.w - frame.origin[1]) * frame.scale[1];
    if (x1 <= x0 || y1 <= y0) return;
    glScissor(int(x0), int(frame.fbHeight - y1), int(x1 - x0), int(y1 - y0));

    glUseProgram(s_gpu.fill.id);
    glUniformMatrix4fv(s_gpu.fill.projection, 1, GL_FALSE, frame.projection);
    glUniform4f(s_gpu.fill.affine, call->affine[0], call->affine[1], call->affine[2], call->affine[3]);
    glUniform4fv(s_gpu.fill.ramp, 3, call->ramp[0].data());
    uniform(s_gpu.fill.noData, call->noData);
    uniform(s_gpu.fill.outside, call->outside);
    uniform(s_gpu.fill.hoverTint, call->hoverTint);
    glUniform1f(s_gpu.fill.dpr, frame.scale[0]);
    glBindVertexArray(s_gpu.fillVao);
    for (const app::MapFill& f : call->fills) {
        if (f.shape >= s_gpu.shapes.size()) continue;
        const auto& s = s_gpu.shapes[f.shape];
        glUniform1f(s_gpu.fill.value, f.value);
        glUniform1i(s_gpu.fill.state, int(f.state));
        glDrawElements(GL_TRIANGLES, GLsizei(s.indexCount), GL_UNSIGNED_INT,
                       reinterpret_cast<const void*>(std::uintptr_t(s.firstIndex) * sizeof(std::uint32_t)));
    }

    glUseProgram(s_gpu.border.id);
    glUniformMatrix4fv(s_gpu.border.projection, 1, GL_FALSE, frame.projection);
    glUniform4f(s_gpu.border.affine, call->affine[0], call->affine[1], call->affine[2], call->affine[3]);
    glUniform1f(s_gpu.border.halfWidth, call->borderWidth / 2);
    glUniform1f(s_gpu.border.dpr, frame.scale[0]);
    uniform(s_gpu.border.colour, call->border);
    glBindVertexArray(s_gpu.borderVao);
    glBindBuffer(GL_ARRAY_BUFFER, s_gpu.segmentBuffer);
    for (std::uint32_t g : call->borderGroups) {
        if (g >= s_gpu.groups.size() || s_gpu.groups[g].segmentCount == 0) continue;
        // The instances start at the group's first segment: point the attribute there.
        const std::uintptr_t first = std::uintptr_t(s_gpu.groups[g].firstSegment) * 4 * sizeof(float);
        glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, 4 * sizeof(float), reinterpret_cast<const void*>(first));
        glDrawArraysInstanced(GL_TRIANGLES, 0, 6, GLsizei(s_gpu.groups[g].segmentCount));
    }
    glBindVertexArray(0);
}

} // namespace

EM_JS(void, huicai_js_fetch_map, (), {
    if (HC.mapFetching) return;
    HC.mapFetching = true;
    var url = huicaiFiles.map;
    var done = function(ok, text) { HC.mapFetching = false; if (HC.live) Module['ccall']('huicai_on_map', null, ['number', 'string'], [ok ? 1 : 0, text]); };
    if (!url) return done(false, 'no map file in this build');
    fetch(url).then(function(r) { return r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status); }).then(function(buf) {
        try { FS.mkdir('/map'); } catch (e) {}
        FS.writeFile('/map/shandong.hcmap', new Uint8Array(buf));
        done(true, '/map/shandong.hcmap');
    }, function(why) { done(false, String(why)); });
});

void fetchMap() { huicai_js_fetch_map(); }

bool prepareMap(const app::RegionMesh& mesh, std::string& error) {
    release();
    if (!link(s_gpu.fill, shaders::kMapFillVertex, shaders::kMapFillFragment, "map_fill", error) ||
        !link(s_gpu.border, shaders::kMapBorderVertex, shaders::kMapBorderFragment, "map_border", error)) {
        release();
        return false;
    }
    s_gpu.shapes = mesh.shapes;
    s_gpu.groups = mesh.groups;

    glGenVertexArrays(1, &s_gpu.fillVao);
    glBindVertexArray(s_gpu.fillVao);
    glGenBuffers(1, &s_gpu.vertexBuffer);
    glBindBuffer(GL_ARRAY_BUFFER, s_gpu.vertexBuffer);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(mesh.vertices.size() * sizeof mesh.vertices[0]), mesh.vertices.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_UNSIGNED_SHORT, GL_FALSE, 2 * sizeof(std::uint16_t), nullptr);
    glGenBuffers(1, &s_gpu.indexBuffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, s_gpu.indexBuffer);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(mesh.indices.size() * sizeof(std::uint32_t)), mesh.indices.data(), GL_STATIC_DRAW);

    // Borders: a quad's six corners, and each segment's two ends as floats (an instance).
    glGenVertexArrays(1, &s_gpu.borderVao);
    glBindVertexArray(s_gpu.borderVao);
    const float corners[12] = {0, -1, 1, -1, 1, 1, 0, -1, 1, 1, 0, 1};
    glGenBuffers(1, &s_gpu.cornerBuffer);
    glBindBuffer(GL_ARRAY_BUFFER, s_gpu.cornerBuffer);
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
    std::vector<float> ends;
    ends.reserve(mesh.segments.size() * 4);
    for (const auto& s : mesh.segments) {
        const auto a = mesh.vertex(s[0]), b = mesh.vertex(s[1]);
        ends.insert(ends.end(), {float(a.x), float(a.y), float(b.x), float(b.y)});
    }
    glGenBuffers(1, &s_gpu.segmentBuffer);
    glBindBuffer(GL_ARRAY_BUFFER, s_gpu.segmentBuffer);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(ends.size() * sizeof(float)), ends.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, 4 * sizeof(float), nullptr);
    glVertexAttribDivisor(1, 1);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    s_gpu.ready = true;
    return true;
}

ImDrawCallback mapCallback() { return draw; }

} // namespace huicai::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void huicai_on_map(int ok, const char* text) {
    huicai::platform::detail::pushEvent({huicai::platform::EventKind::MapLoaded, ok, text ? text : ""});
}

} // extern "C"
