// A Dear ImGui context for drawing without a renderer: no settings file, ImGui's
// default font with its atlas built (layout needs glyph sizes, not pixels on a GPU).
#pragma once
#include <imgui.h>

namespace screens {

// Creates the context and makes it current; the caller destroys it.
inline ImGuiContext* newHeadlessContext() {
    ImGuiContext* ctx = ImGui::CreateContext();
    ImGui::SetCurrentContext(ctx); // several may live at once: each draws on its own
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.Fonts->AddFontDefault();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    return ctx;
}

} // namespace screens
