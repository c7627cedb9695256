// Implements the text and button widgets of text.h.
#include "ui/widgets/text.h"

#include "ui/style/chart_colours.h"
#include "ui/style/text_style.h"
#include "ui/theme.h"
#include "ui/widgets/cjk_wrap.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <cmath>

namespace huicai::ui {

namespace {

void record(Ui& ui, std::string_view s) {
    ui.map.addItemText(s);
}

} // namespace

void text(Ui& ui, std::string_view s) {
    ui.fonts.note(s);
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
    record(ui, s);
}

void textColored(Ui& ui, ImU32 colour, std::string_view s) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    text(ui, s);
    ImGui::PopStyleColor();
}

std::vector<std::string_view> wrapLines(Ui& ui, std::string_view s, float width) {
    ui.fonts.note(s);
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    return breakLines(s, std::max(width, ImGui::GetFontSize()),
                      [&](char32_t c) { return font->GetCharAdvance(static_cast<ImWchar>(c)) * scale; });
}

void wrappedText(Ui& ui, std::string_view s, float width, ImU32 colour) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const auto lines = wrapLines(ui, s, width);
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 3));
    for (auto line : lines) {
        ImGui::TextUnformatted(line.data(), line.data() + line.size());
        record(ui, line);
    }
    ImGui::PopStyleVar();
    if (colour) ImGui::PopStyleColor();
}

void heading(Ui& ui, std::string_view s, TextStyle style, Tone tone) {
    size_t lines = 0;
    {
        ScopedTextStyle scoped(ui.fonts, style);
        // A long heading (large text on a phone) breaks into lines rather than running off.
        const float left = ImGui::GetCursorPosX();
        for (std::string_view line : wrapLines(ui, s, ImGui::GetContentRegionAvail().x)) {
            ImGui::SetCursorPosX(left);
            textColored(ui, colour(tone), line);
            ++lines;
        }
    }
    if (ui.map.enabled()) ui.map.addHeading(s, ImGui::IsItemVisible(), lines);
    ImGui::Dummy(ImVec2(0, space::kTight));
}

std::string withIcon(Icon icon, const std::string& label) {
    return icon == Icon::None ? label : iconText(icon) + " " + label;
}

bool button(Ui& ui, const std::string& label, ImVec2 size, Icon icon) {
    const std::string words = label.substr(0, label.find("##"));
    ui.fonts.note(words);
    bool pressed = false;
    if (icon == Icon::None) {
        pressed = ImGui::Button(label.c_str(), size);
    } else {
        // The id stays that of the label without its icon.
        const std::string id = label.find("##") == std::string::npos ? "##" + label : label.substr(label.find("##"));
        pressed = ImGui::Button((withIcon(icon, words) + id).c_str(), size);
    }
    // Named even when scrolled out of view (Dear ImGui reports a label only for an item
    // it draws): the mirror lists every control, and a screen reader reads them all.
    ui.map.annotate(ImGui::GetItemID(), words);
    if (ui.refusal.at && ImGui::GetItemID() == ui.refusal.at) ui.refusal.seen = true;
    return pressed;
}

bool choiceButton(Ui& ui, const std::string& label, bool selected, Icon icon, A11yRole role) {
    if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colour(Tone::Primary)));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(colour(Tone::Primary)));
        ImGui::PushStyleColor(ImGuiCol_Text, colour(Tone::OnPrimary));
    }
    const bool pressed = button(ui, label, ImVec2(0, 0), icon);
    ui.map.setRole(ImGui::GetItemID(), role, selected);
    if (selected) ImGui::PopStyleColor(3);
    return pressed;
}

bool favouriteToggle(Ui& ui, const std::string& label, const std::string& code, bool on) {
    ui.fonts.note(label);
    const float star = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const std::string id = label + "##fav-" + code;
    const ImVec2 textSize = ImGui::CalcTextSize(label.c_str());
    const ImVec2 size(style.FramePadding.x * 2 + star + style.ItemInnerSpacing.x + textSize.x,
                      textSize.y + style.FramePadding.y * 2);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton(id.c_str(), size);
    const bool hovered = ImGui::IsItemHovered();
    ui.map.annotate(ImGui::GetItemID(), label);
    ui.map.setChecked(ImGui::GetItemID(), on);
    record(ui, label);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    ImU32 bg = on ? colour(Tone::Star) : ImGui::GetColorU32(hovered ? ImGuiCol_ButtonHovered : ImGuiCol_Button);
    if (on && hovered) bg = mixColours(colour(Tone::Star), colour(Tone::Raised), 0.2f);
    dl->AddRectFilled(pos, max, bg, style.FrameRounding);
    dl->AddRect(pos, max, on ? colour(Tone::Star) : ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding);
    const std::string starGlyph = iconText(on ? Icon::Star : Icon::StarEmpty);
    const ImVec2 starAt(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y);
    dl->AddText(starAt, on ? colour(Tone::OnStar) : colour(Tone::Muted), starGlyph.c_str());
    dl->AddText(ImVec2(starAt.x + star + style.ItemInnerSpacing.x, starAt.y),
                on ? colour(Tone::OnStar) : ImGui::GetColorU32(ImGuiCol_Text), label.c_str());
    return pressed;
}

bool searchField(Ui& ui, const char* id, const std::string& hint, std::string& value, float width) {
    ui.fonts.note(hint);
    ui.fonts.note(value);
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputTextWithHint(id, hint.c_str(), &value);
    ui.map.annotate(ImGui::GetItemID(), hint);
    ui.map.setValue(ImGui::GetItemID(), value);
    if (!value.empty()) record(ui, value);
    return changed;
}

void markCombo(Ui& ui, std::string_view name, std::string_view value) {
    const ImGuiID id = ImGui::GetItemID();
    ui.map.annotate(id, name);
    ui.map.setValue(id, value);
    ui.map.setRole(id, A11yRole::ComboBox);
    ui.map.setExpanded(id, ImGui::IsPopupOpen(ImHashStr("##ComboPopup", 0, id), ImGuiPopupFlags_None));
}

bool multilineField(Ui& ui, const char* id, const std::string& hint, std::string& value, float width, float height) {
    ui.fonts.note(hint);
    ui.fonts.note(value);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool changed = ImGui::InputTextMultiline(id, &value, ImVec2(width, height));
    ui.map.annotate(ImGui::GetItemID(), hint);
    ui.map.setValue(ImGui::GetItemID(), value);
    if (!value.empty()) record(ui, value); // the text typed is drawn text, as a single-line field's
    if (value.empty() && !ImGui::IsItemActive()) {
        const ImGuiStyle& style = ImGui::GetStyle();
        ImGui::GetWindowDrawList()->AddText(ImVec2(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y),
                                            ImGui::GetColorU32(ImGuiCol_TextDisabled), hint.c_str());
    }
    return changed;
}

std::string format(std::string_view pattern, std::string_view name, std::string_view value) {
    std::string out(pattern);
    const std::string key = "{" + std::string(name) + "}";
    for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
        out.replace(at, key.size(), value);
    return out;
}

std::string countText(const app::I18n& i18n, std::string_view key, std::string_view name, long long n) {
    return format(i18n.trCount(key, n), name, std::to_string(n));
}

} // namespace huicai::ui
