// Implements the app's Dear ImGui style.
#include "ui/theme.h"

namespace huicai::ui::theme {

void apply() {
    ImGui::StyleColorsLight();
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowPadding = ImVec2(12, 10);
    s.FramePadding = ImVec2(10, 6);
    s.ItemSpacing = ImVec2(8, 8);
    s.ItemInnerSpacing = ImVec2(6, 4);
    s.CellPadding = ImVec2(8, 6);
    s.ScrollbarSize = 12;
    s.WindowRounding = 0;
    s.ChildRounding = 4;
    s.FrameRounding = 5;
    s.PopupRounding = 6;
    s.GrabRounding = 4;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    s.FrameBorderSize = 1;
    s.TouchExtraPadding = ImVec2(0, 0);

    ImVec4* c = s.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.957f, 0.965f, 0.976f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_Text] = ImVec4(0.106f, 0.165f, 0.255f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.45f, 0.50f, 0.57f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.96f, 1.0f, 1);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.88f, 0.93f, 1.0f, 1);
    c[ImGuiCol_Border] = ImVec4(0.78f, 0.82f, 0.87f, 1);
    c[ImGuiCol_Button] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.87f, 0.92f, 0.98f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.78f, 0.86f, 0.96f, 1);
    c[ImGuiCol_Header] = ImVec4(0.85f, 0.90f, 0.97f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.90f, 0.94f, 0.99f, 1);
    c[ImGuiCol_HeaderActive] = ImVec4(0.82f, 0.88f, 0.97f, 1);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.92f, 0.95f, 1);
    c[ImGuiCol_TableRowBg] = ImVec4(1, 1, 1, 1);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.975f, 0.98f, 0.99f, 1);
    c[ImGuiCol_TableBorderLight] = ImVec4(0.88f, 0.90f, 0.93f, 1);
    c[ImGuiCol_TableBorderStrong] = ImVec4(0.80f, 0.84f, 0.89f, 1);
    c[ImGuiCol_Separator] = ImVec4(0.84f, 0.87f, 0.91f, 1);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.15f, 0.2f, 0.35f);
}

} // namespace huicai::ui::theme
