// Implements the wrapping row of choice buttons and the toggle button.
#include "ui/widgets/choice_row.h"

#include "ui/widgets/text.h"

#include <imgui.h>

namespace huicai::ui {

namespace {
bool s_first = true;

// Places the next control of the row after the previous one when `label` fits.
void place(const std::string& label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 size = ImGui::CalcTextSize(label.c_str(), nullptr, true);
    const float width = size.x + style.FramePadding.x * 2;
    if (!s_first) {
        ImGui::SameLine(0, 4);
        if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
    }
    s_first = false;
}

} // namespace

void startChoices() { s_first = true; }

bool choice(Ui& ui, const std::string& label, bool selected) {
    place(label);
    return choiceButton(ui, label, selected);
}

bool rowButton(Ui& ui, const std::string& label) {
    place(label);
    return button(ui, label);
}

bool toggle(Ui& ui, const std::string& label, bool& on) {
    place(label);
    const bool pressed = choiceButton(ui, label, on, Icon::None, A11yRole::Toggle);
    if (pressed) on = !on;
    return pressed;
}

} // namespace huicai::ui
