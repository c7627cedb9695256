// Implements the app's Dear ImGui style from the colour roles.
#include "ui/theme.h"

#include "ui/style/chart_colours.h"

#include <algorithm>

namespace huicai::ui::theme {

namespace {

ImVec4 mix(Tone a, Tone b, float t) { return ImGui::ColorConvertU32ToFloat4(mixColours(colour(a), colour(b), t)); }

} // namespace

ImVec2 framePadding(bool narrow) {
    if (!narrow) return ImVec2(12, 7);
    const float line = ImGui::GetFontSize();
    return ImVec2(std::max(12.0f, (kTouchTarget - line) / 2), std::max(7.0f, (kTouchTarget - line) / 2));
}

void apply() {
    ImGui::StyleColorsLight();
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowPadding = ImVec2(12, 10);
    s.FramePadding = framePadding(false);
    s.ItemSpacing = ImVec2(space::kItem, space::kItem);
    s.ItemInnerSpacing = ImVec2(6, 4);
    s.CellPadding = ImVec2(8, 6);
    s.ScrollbarSize = 12;
    s.WindowRounding = 0;
    s.ChildRounding = 6;
    s.FrameRounding = 6;
    s.PopupRounding = 6;
    s.GrabRounding = 4;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    s.FrameBorderSize = 1;
    s.TouchExtraPadding = ImVec2(0, 0);

    const bool high = contrast() == Contrast::High;
    ImVec4* c = s.Colors;
    c[ImGuiCol_WindowBg] = colourVec(Tone::Surface);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = colourVec(Tone::Raised);
    c[ImGuiCol_Text] = colourVec(Tone::Text);
    c[ImGuiCol_TextDisabled] = colourVec(Tone::Muted);
    c[ImGuiCol_FrameBg] = colourVec(Tone::Raised);
    c[ImGuiCol_FrameBgHovered] = mix(Tone::Raised, Tone::Selected, 0.5f);
    c[ImGuiCol_FrameBgActive] = colourVec(Tone::Selected);
    c[ImGuiCol_Border] = colourVec(Tone::Border);
    c[ImGuiCol_Button] = colourVec(Tone::Raised);
    c[ImGuiCol_ButtonHovered] = mix(Tone::Raised, Tone::Selected, 0.6f);
    c[ImGuiCol_ButtonActive] = colourVec(Tone::Selected);
    c[ImGuiCol_Header] = colourVec(Tone::Selected);
    c[ImGuiCol_HeaderHovered] = mix(Tone::Raised, Tone::Selected, 0.6f);
    c[ImGuiCol_HeaderActive] = colourVec(Tone::Selected);
    c[ImGuiCol_CheckMark] = colourVec(Tone::Primary);
    c[ImGuiCol_SliderGrab] = colourVec(Tone::Primary);
    c[ImGuiCol_SliderGrabActive] = colourVec(Tone::Primary);
    c[ImGuiCol_TableHeaderBg] = colourVec(Tone::Bar);
    c[ImGuiCol_TableRowBg] = colourVec(Tone::Raised);
    c[ImGuiCol_TableRowBgAlt] = high ? colourVec(Tone::Raised) : mix(Tone::Raised, Tone::Surface, 0.6f);
    c[ImGuiCol_TableBorderLight] = mix(Tone::Border, Tone::Raised, 0.4f);
    c[ImGuiCol_TableBorderStrong] = colourVec(Tone::Border);
    c[ImGuiCol_Separator] = mix(Tone::Border, Tone::Surface, 0.3f);
    c[ImGuiCol_NavHighlight] = colourVec(Tone::Focus);
    c[ImGuiCol_TextSelectedBg] = colourVec(Tone::Selected);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.15f, 0.2f, 0.35f);
}

} // namespace huicai::ui::theme
