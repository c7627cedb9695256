// Draws what follows in a style of the type scale until the scope ends:
//     { ScopedTextStyle title(ui.fonts, TextStyle::Title); text(ui, name); }
// Without the style's font (a test harness with ImGui's default font) it changes nothing.
#pragma once
#include "ui/fonts.h"

#include <imgui.h>

namespace huicai::ui {

class ScopedTextStyle {
public:
    ScopedTextStyle(const FontSet& fonts, TextStyle style) {
        if (ImFont* f = fonts.font(style); f && f->IsLoaded()) {
            ImGui::PushFont(f);
            m_pushed = true;
        }
    }
    ~ScopedTextStyle() {
        if (m_pushed) ImGui::PopFont();
    }
    ScopedTextStyle(const ScopedTextStyle&) = delete;
    ScopedTextStyle& operator=(const ScopedTextStyle&) = delete;

private:
    bool m_pushed = false;
};

} // namespace huicai::ui
