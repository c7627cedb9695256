// Implements the design system's components.
#include "ui/style/components.h"

#include "ui/style/chart_colours.h"
#include "ui/style/type_scale.h"
#include "ui/style/text_style.h"
#include "ui/widgets/text.h"

#include <imgui_internal.h>

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
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
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

namespace {

// A button filled in `fill`'s colour with text on it, darker while hovered and pressed.
bool filledButton(Ui& ui, const std::string& label, float width, Icon icon, Tone fill) {
    ImGui::PushStyleColor(ImGuiCol_Button, colour(fill));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, mixColours(colour(fill), colour(Tone::Text), 0.2f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, mixColours(colour(fill), colour(Tone::Text), 0.35f));
    ImGui::PushStyleColor(ImGuiCol_Text, colour(Tone::OnPrimary));
    ImGui::PushStyleColor(ImGuiCol_Border, colour(fill));
    const bool pressed = button(ui, label, ImVec2(width, 0), icon);
    ImGui::PopStyleColor(5);
    return pressed;
}

} // namespace

bool primaryButton(Ui& ui, const std::string& label, float width, Icon icon) {
    return filledButton(ui, label, width, icon, Tone::Primary);
}

float measureWidth(Measure measure) { return std::min(ImGui::GetContentRegionAvail().x, measurePx(measure)); }

bool dangerButton(Ui& ui, const std::string& label, float width, Icon icon) {
    return filledButton(ui, label, width, icon, Tone::Danger);
}

void fieldLabel(Ui& ui, std::string_view label) { textColored(ui, colour(Tone::Muted), label); }

void fieldHelp(Ui& ui, std::string_view help, float width) {
    ScopedTextStyle caption(ui.fonts, TextStyle::Caption);
    wrappedText(ui, help, width, colour(Tone::Muted));
}

namespace {

// Lines of `text` drawn at `x` from `y` down in the current font, each an item of the
// widget map; the height they took.
float drawLines(Ui& ui, const std::vector<std::string_view>& lines, float x, float y, float width, bool centred, ImU32 ink) {
    const float lineH = ImGui::GetTextLineHeight(), gap = 3.0f;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const float w = ImGui::CalcTextSize(lines[i].data(), lines[i].data() + lines[i].size()).x;
        ImGui::SetCursorScreenPos(ImVec2(centred ? x + (width - w) / 2 : x, y + i * (lineH + gap)));
        textColored(ui, ink, lines[i]);
    }
    return lines.empty() ? 0 : lines.size() * lineH + (lines.size() - 1) * gap;
}

Icon noticeIcon(Tone tone) {
    switch (tone) {
    case Tone::Success: return Icon::OnTime;
    case Tone::Warning: return Icon::Overdue;
    case Tone::Danger: return Icon::Error;
    default: return Icon::Info;
    }
}

Tone noticeInk(Tone tone) {
    return tone == Tone::Success || tone == Tone::Warning || tone == Tone::Danger ? tone : Tone::Primary;
}

} // namespace

void fieldError(Ui& ui, std::string_view message, float width) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const std::string icon = iconText(Icon::Error);
    ui.fonts.note(icon);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float iconW = ImGui::CalcTextSize(icon.c_str()).x + space::kTight * 1.5f;
    ImGui::GetWindowDrawList()->AddText(at, colour(Tone::Danger), icon.c_str());
    const float h = drawLines(ui, wrapLines(ui, message, width - iconW), at.x + iconW, at.y, width - iconW, false, colour(Tone::Danger));
    ui.map.setProblem(message); // the field above is invalid, and this its description
    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(ImVec2(width, h));
}

namespace {

struct NoticeLayout {
    ImVec2 pad;
    float stripe, iconW, textX, textH;
    std::vector<std::string_view> lines;
};

NoticeLayout noticeLayout(Ui& ui, std::string_view text, const std::string& icon, float width) {
    NoticeLayout l;
    l.pad = ImVec2(space::kGroup - 4, space::kItem + 2);
    l.stripe = 4.0f;
    l.iconW = ImGui::CalcTextSize(icon.c_str()).x + space::kItem;
    l.textX = l.stripe + l.pad.x + l.iconW;
    l.lines = wrapLines(ui, text, width - l.textX - l.pad.x);
    const float lineH = ImGui::GetTextLineHeight();
    l.textH = l.lines.empty() ? lineH : l.lines.size() * lineH + (l.lines.size() - 1) * 3.0f;
    return l;
}

} // namespace

float noticeHeight(Ui& ui, std::string_view text, float width) {
    const NoticeLayout l = noticeLayout(ui, text, iconText(Icon::Info), width);
    return l.textH + l.pad.y * 2;
}

ImU32 noticeBackground(Tone tone) { return mixColours(colour(noticeInk(tone)), colour(Tone::Raised), 0.9f); }

void notice(Ui& ui, std::string_view text, Tone tone, float width) {
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const ImU32 ink = colour(noticeInk(tone));
    ui.map.addNotice(text, tone == Tone::Danger);
    const std::string icon = iconText(noticeIcon(tone));
    ui.fonts.note(icon);
    const NoticeLayout l = noticeLayout(ui, text, icon, width);
    const ImVec2 pad = l.pad;
    const float stripe = l.stripe, textX = l.textX, textH = l.textH;
    const auto& lines = l.lines;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 end(at.x + width, at.y + textH + pad.y * 2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, end, noticeBackground(tone), 6.0f);
    dl->AddRectFilled(at, ImVec2(at.x + stripe, end.y), ink, 6.0f, ImDrawFlags_RoundCornersLeft);
    dl->AddText(ImVec2(at.x + stripe + pad.x, at.y + pad.y), ink, icon.c_str());
    drawLines(ui, lines, at.x + textX, at.y + pad.y, width - textX - pad.x, false, colour(Tone::Text));
    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(ImVec2(width, end.y - at.y));
    ImGui::Dummy(ImVec2(0, space::kTight));
}

namespace {

float toastButtonWidth(const std::string& dismissLabel) {
    return ImGui::CalcTextSize(dismissLabel.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

} // namespace

float toastHeight(Ui& ui, std::string_view text, const std::string& dismissLabel) {
    if (text.empty()) return 0;
    const float width = std::min(ImGui::GetContentRegionAvail().x - space::kGroup * 2 - toastButtonWidth(dismissLabel) - space::kItem,
                                 measurePx(Measure::Reading));
    return std::max(noticeHeight(ui, text, width), ImGui::GetFrameHeight()) + space::kItem * 2;
}

bool toast(Ui& ui, std::string_view text, Tone tone, const std::string& dismissLabel) {
    if (text.empty()) return false;
    const float buttonW = toastButtonWidth(dismissLabel);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = toastHeight(ui, text, dismissLabel);
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + height), colour(Tone::Raised));
    ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + width, at.y), colour(Tone::Border));
    const float noticeW = std::min(width - space::kGroup * 2 - buttonW - space::kItem, measurePx(Measure::Reading));
    ImGui::SetCursorScreenPos(ImVec2(at.x + space::kGroup, at.y + space::kItem));
    notice(ui, text, tone, noticeW);
    ImGui::SetCursorScreenPos(ImVec2(at.x + space::kGroup + noticeW + space::kItem, at.y + space::kItem));
    const bool dismissed = button(ui, dismissLabel + "##toast-dismiss", ImVec2(buttonW, 0));
    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(ImVec2(width, height));
    return dismissed;
}

void emptyState(Ui& ui, std::string_view text, Icon icon) {
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string glyph = iconText(icon);
    ui.fonts.note(glyph);
    const float pad = space::kSection;
    const auto lines = wrapLines(ui, text, std::min(width - pad * 2, measurePx(Measure::Form)));
    const float lineH = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // The icon in the title's size (every size of the type scale has the icons).
    ImFont* big = ui.fonts.font(TextStyle::Title);
    if (!big || !big->IsLoaded()) big = ImGui::GetFont();
    const float iconH = big->FontSize;
    const float iconW = big->CalcTextSizeA(iconH, FLT_MAX, 0, glyph.c_str()).x;
    dl->AddText(big, iconH, ImVec2(at.x + (width - iconW) / 2, at.y + pad), colour(Tone::Muted), glyph.c_str());
    const float textY = at.y + pad + iconH + space::kItem;
    const float h = drawLines(ui, lines, at.x + pad, textY, width - pad * 2, true, colour(Tone::Muted));
    const ImVec2 end(at.x + width, textY + std::max(h, lineH) + pad);
    dl->AddRect(at, end, colour(Tone::Border), 8.0f);
    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(ImVec2(width, end.y - at.y));
    ImGui::Dummy(ImVec2(0, space::kTight));
}

namespace {

std::string dialogName(const char* id) { return std::string("##dialog-") + id; }

} // namespace

void openDialog(const char* id) { ImGui::OpenPopup(dialogName(id).c_str()); }

bool beginDialog(Ui& ui, const char* id, std::string_view title) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(measurePx(Measure::Narrow), vp->Size.x - space::kSection * 2), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(space::kSection, space::kGroup + 4));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 10.0f);
    const bool open = ImGui::BeginPopupModal(dialogName(id).c_str(), nullptr,
                                             ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove);
    ImGui::PopStyleVar(2);
    if (open) {
        ui.map.beginGroup(ImGui::GetCurrentWindow()->ID, A11yRole::Dialog, title);
        heading(ui, title, TextStyle::Heading, Tone::Text);
    }
    return open;
}

void closeDialog() { ImGui::CloseCurrentPopup(); }

void endDialog(Ui& ui) {
    ui.map.endGroup();
    ImGui::EndPopup();
}

} // namespace huicai::ui
