#include "ui/widgets/credential_field.h"

#include "ui/style/palette.h"
#include "ui/theme.h"
#include "ui/widgets/utf8.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <utility>

namespace huicai::ui {

const char* credentialToken(Credential kind) {
    switch (kind) {
    case Credential::CurrentPassword: return "current-password";
    case Credential::NewPassword: return "new-password";
    case Credential::Username: break;
    }
    return "username";
}

namespace {

// What the field shows: the text, or one mask character per character of a password.
std::string shown(const std::string& value, bool secret, const char* mask) {
    if (!secret) return value;
    std::string out;
    for (size_t i = 0; i < value.size();) {
        decodeUtf8(value, i);
        out += mask;
    }
    return out;
}

// The byte offset of the `chars`-th character of `s` (its end when shorter).
size_t byteOffset(const std::string& s, int chars) {
    size_t i = 0;
    for (int n = 0; n < chars && i < s.size(); ++n) decodeUtf8(s, i);
    return i;
}

} // namespace

void credentialField(app::AppState& state, Ui& ui, const char* id, const std::string& hint, std::string& value, float width,
                     Credential kind) {
    const char* token = credentialToken(kind);
    const std::string key = a11yKey(ImGui::GetID(id)); // how the page knows the field
    auto& c = state.credentials;
    if (auto it = c.typed.find(key); it != c.typed.end()) {
        value = it->second;
        c.typed.erase(it);
    }
    const bool secret = kind != Credential::Username;
    const char* mask = ImGui::GetFont()->FindGlyphNoFallback(0x2022) ? "\xe2\x80\xa2" : "*";
    const std::string text = shown(value, secret, mask);
    ui.fonts.note(hint);
    ui.fonts.note(text);

    const ImGuiStyle& st = ImGui::GetStyle();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, ImGui::GetFrameHeight());
    if (ImGui::InvisibleButton(id, size)) ui.request(app::FocusCredential{key});
    const ImGuiID item = ImGui::GetItemID();
    const bool focused = c.focus == key;
    // The page's focus is in this field: so is the keyboard's place, and Tab goes on
    // from here to the next field.
    if (focused && GImGui->NavId != item) ImGui::SetFocusID(item, ImGui::GetCurrentWindow());
    ui.map.annotate(item, hint);
    ui.map.setRole(item, secret ? A11yRole::Password : A11yRole::TextBox);
    if (!secret) ui.map.setValue(item, value);
    ui.map.setAutocomplete(item, token);
    if (!secret && !value.empty()) ui.map.addItemText(value); // drawn text, as a text field's

    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, max, ImGui::GetColorU32(ImGuiCol_FrameBg), st.FrameRounding);
    dl->AddRect(pos, max, focused ? colour(Tone::Focus) : ImGui::GetColorU32(ImGuiCol_Border), st.FrameRounding, 0,
                focused ? 2.0f : std::max(1.0f, st.FrameBorderSize));
    const ImVec2 at(pos.x + st.FramePadding.x, pos.y + st.FramePadding.y);
    const ImVec4 clip(pos.x, pos.y, max.x - st.FramePadding.x, max.y);
    if (text.empty()) {
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_TextDisabled), hint.c_str(), nullptr,
                    0, &clip);
    } else {
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, 0, &clip);
    }
    if (focused) {
        const size_t end = byteOffset(text, c.caret);
        const float x = std::min(at.x + ImGui::CalcTextSize(text.c_str(), text.c_str() + end).x, clip.z);
        dl->AddLine(ImVec2(x, at.y), ImVec2(x, at.y + ImGui::GetFontSize()), ImGui::GetColorU32(ImGuiCol_Text), 1.0f);
    }
}

bool takeCredentialSubmit(app::AppState& state) { return std::exchange(state.credentials.submitted, false); }

} // namespace huicai::ui
