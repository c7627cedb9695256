// Implements the design system's components.
#include "ui/style/components.h"

#include "ui/style/chart_colours.h"
#include "ui/style/type_scale.h"
#include "ui/widgets/text.h"

#include <algorithm>

namespace huicai::ui {

void pageTitle(Ui& ui, std::string_view title) { heading(ui, title, TextStyle::Title, Tone::Text); }

void beginCard(const char* id, float width) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colour(Tone::Raised));
    ImGui::PushStyleColor(ImGuiCol_Border, colour(Tone::Border));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 8.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(space::kGroup, space::kGroup - 4));
    ImGui::BeginChild(id, ImVec2(width > 0 ? width : 0, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
}

void endCard() {
    ImGui::EndChild();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(2);
    ImGui::Dummy(ImVec2(0, space::kTight));
}

void keyValue(Ui& ui, std::string_view label, std::string_view value, Tone valueRole) {
    const float labelW = ImGui::CalcTextSize(label.data(), label.data() + label.size()).x;
    const float avail = ImGui::GetContentRegionAvail().x;
    textColored(ui, colour(Tone::Muted), label);
    const float valueW = ImGui::CalcTextSize(value.data(), value.data() + value.size()).x;
    if (labelW + space::kGroup + valueW <= avail) {
        ImGui::SameLine(0, space::kGroup);
        textColored(ui, colour(valueRole), value);
    } else {
        wrappedText(ui, value, avail, colour(valueRole));
    }
}

namespace {

constexpr ImVec2 kChipPad(space::kItem, 2);

// The chip's icon and words as drawn.
std::string chipFace(std::string_view text, Icon icon) {
    const std::string words(text);
    return icon == Icon::None ? words : iconText(icon) + " " + words;
}

} // namespace

float chipWidth(std::string_view text, Icon icon) {
    const std::string face = chipFace(text, icon);
    return ImGui::CalcTextSize(face.c_str()).x + kChipPad.x * 2;
}

void chip(Ui& ui, std::string_view text, Tone role, Icon icon) {
    ui.fonts.note(text);
    const std::string face = chipFace(text, icon);
    const ImVec2 size = ImGui::CalcTextSize(face.c_str());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 box(size.x + kChipPad.x * 2, size.y + kChipPad.y * 2);
    ImGui::Dummy(box);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = colour(role);
    dl->AddRectFilled(at, ImVec2(at.x + box.x, at.y + box.y), mixColours(ink, colour(Tone::Raised), 0.88f), box.y / 2);
    dl->AddText(ImVec2(at.x + kChipPad.x, at.y + kChipPad.y), ink, face.c_str());
    ui.map.addItemText(text);
}

bool primaryButton(Ui& ui, const std::string& label, float width, Icon icon) {
    ImGui::PushStyleColor(ImGuiCol_Button, colour(Tone::Primary));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, mixColours(colour(Tone::Primary), colour(Tone::Text), 0.2f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, mixColours(colour(Tone::Primary), colour(Tone::Text), 0.35f));
    ImGui::PushStyleColor(ImGuiCol_Text, colour(Tone::OnPrimary));
    ImGui::PushStyleColor(ImGuiCol_Border, colour(Tone::Primary));
    const bool pressed = button(ui, label, ImVec2(width, 0), icon);
    ImGui::PopStyleColor(5);
    return pressed;
}

} // namespace huicai::ui
