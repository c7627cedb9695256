// A long list is one stop of the Tab key, as a list box is: its chosen row, or the
// first row in view while the chosen one is not (the last frame tells, since rows are
// drawn one by one). The arrow keys move between the rows; Tab leaves the list. Without
// it, the keyboard would pass every row of a queue of thousands to reach the record
// beside it.
#pragma once
#include <imgui.h>
#include <imgui_internal.h>

namespace huicai::ui {

class ListTabStop {
public:
    explicit ListTabStop(ImGuiID list)
        : m_key(list), m_chosenSeen(ImGui::GetStateStorage()->GetBool(list, false)) {}
    ~ListTabStop() { ImGui::GetStateStorage()->SetBool(m_key, m_chosenNow); }
    ListTabStop(const ListTabStop&) = delete;
    ListTabStop& operator=(const ListTabStop&) = delete;

    // Around each row drawn.
    void beginRow(bool chosen) {
        const bool stop = chosen || (!m_chosenSeen && m_first);
        m_first = false;
        m_chosenNow = m_chosenNow || chosen;
        ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, !stop);
    }
    static void endRow() { ImGui::PopItemFlag(); }

private:
    ImGuiID m_key;
    bool m_chosenSeen;
    bool m_chosenNow = false;
    bool m_first = true;
};

} // namespace huicai::ui
