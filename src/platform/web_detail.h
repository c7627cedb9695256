// Declarations shared between the *_web.cpp files of this folder only.
#pragma once

struct ImDrawData;

#include "platform/platform.h"

#include <initializer_list>
#include <string>

namespace huicai::platform::detail {

// Queues a page event for the next frame's pollEvents() and asks for frames.
void pushEvent(Event e);

// Clipboard and input-method callbacks of Dear ImGui (input_web.cpp); called once the
// GLFW backend is set up, since that backend installs its own clipboard functions.
void installTextHooks();
// After each frame: focus the text element while ImGui wants text, at the caret.
void syncTextInput();

// The UI renderer (renderer_web.cpp): the shaders, buffers and vertex layout once the
// context exists; the font atlas to a texture (again after each rebuild); a frame's
// draw lists onto the canvas's framebuffer of `fbWidth` × `fbHeight` pixels.
void initRenderer();
// A program handed to the GPU to link, not yet asked how that went.
struct PendingLink {
    unsigned program = 0, vertex = 0, fragment = 0;
};
// Compiles and links a program from two shaders without waiting for the GPU (any
// question about the outcome waits for it to finish all it was given, which in a
// browser may take a frame of the page's compositor). `attributes` are bound to
// locations 0, 1, … before the link (GLSL ES 1.00 has no layout qualifiers).
PendingLink startLink(const char* vertex, const char* fragment, std::initializer_list<const char*> attributes = {});
// Asks once whether the link worked: the program's id, or 0 (the program deleted) with
// `name`, the stage that failed and the compiler's or linker's words in `error`; the
// shaders' own status is read only when the link failed.
unsigned finishLink(PendingLink& link, const std::string& name, std::string& error);
// Both at once, for a program that is used as soon as it is made (the map's).
unsigned linkProgram(const char* vertex, const char* fragment, const std::string& name, std::string& error,
                     std::initializer_list<const char*> attributes = {});
// Once the first frame since initRenderer was drawn: whether the UI program linked
// (false, with the reason, when it did not: the renderer draws nothing from then on).
// Until then, and after the answer, true without asking.
bool confirmRenderer(std::string& error);
void uploadFontTexture();
void renderDrawData(const ImDrawData& dd, int fbWidth, int fbHeight);
// The frame being rendered, for draw callbacks (the map): the projection from CSS
// pixels to clip space (null outside renderDrawData), the display's origin, the
// framebuffer's pixels per CSS pixel and its height.
struct RenderFrame {
    const float* projection = nullptr;
    float origin[2] = {0, 0}, scale[2] = {1, 1};
    int fbHeight = 0;
};
const RenderFrame& currentFrame();
// After a lost context: the renderer's GL objects are gone (initRenderer makes new ones).
void forgetGpu();

} // namespace huicai::platform::detail
