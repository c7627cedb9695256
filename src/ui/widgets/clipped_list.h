// A long list drawn with ImGuiListClipper: only the items in view are drawn, each in
// a block of one fixed height (shorter content is padded, so every block is alike and
// the clipper can skip the rest by arithmetic). For lists that can grow to thousands
// of entries: the talents of an employer, the outbox of a client offline for long.
#pragma once
#include <imgui.h>

namespace huicai::ui {

// The height of a block of `textLines` lines of text and `buttonLines` rows of
// buttons, with a separator above.
inline float blockHeight(int textLines, int buttonLines) {
    const ImGuiStyle& st = ImGui::GetStyle();
    return st.ItemSpacing.y + 1.0f + textLines * ImGui::GetTextLineHeightWithSpacing() +
           buttonLines * ImGui::GetFrameHeightWithSpacing();
}

// Calls draw(i) for the items in view of `count`, each padded to `height`.
template <class Draw>
void clippedList(int count, float height, Draw&& draw) {
    ImGuiListClipper clipper;
    clipper.Begin(count, height);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const float top = ImGui::GetCursorPosY();
            ImGui::PushID(i);
            draw(i);
            ImGui::PopID();
            const float gap = top + height - ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
            if (gap > 0) ImGui::Dummy(ImVec2(0, gap));
        }
    }
}

} // namespace huicai::ui
