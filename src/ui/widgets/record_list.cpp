#include "ui/widgets/record_list.h"

#include "app/deadline_chip.h"
#include "ui/style/components.h"
#include "ui/style/type_scale.h"
#include "ui/widgets/list_tab_stop.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <imgui.h>

#include <algorithm>

namespace huicai::ui {

RecordChip deadlineChip(const app::AppState& state, const Clock& clock, std::string* error) {
    auto c = app::deadlineChip(clock, state.work.today, state.work.dueCalendar());
    if (!c) {
        if (error) *error = c.error().key;
        return {};
    }
    switch (*c) {
    case app::DeadlineChip::Overdue: return {state.tr(app::chipKey(*c)), Tone::Danger, Icon::Overdue};
    case app::DeadlineChip::DueSoon: return {state.tr(app::chipKey(*c)), Tone::Warning, Icon::DueSoon};
    case app::DeadlineChip::OnTime: return {state.tr(app::chipKey(*c)), Tone::Success, Icon::OnTime};
    case app::DeadlineChip::None: break;
    }
    return {};
}

std::string dueTrailing(const app::AppState& state, const Clock& clock) {
    const WorkCalendar& cal = state.work.dueCalendar();
    auto due = dueDate(clock, cal);
    if (!due || !due->has_value()) return {};
    std::string out = (*due)->iso();
    if (app::provisionalDue(clock, cal)) out += " " + std::string(state.tr("ui.chip.provisional"));
    return out;
}

float recordRowHeight() { return std::max(ImGui::GetTextLineHeight() * 2 + space::kItem * 2, kTouchTarget); }

bool recordRow(Ui& ui, const RecordRow& row, bool selected, int pos, int size) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = recordRowHeight();
    const float line = ImGui::GetTextLineHeight();
    const float inset = space::kItem;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked =
        ImGui::Selectable(("##row-" + row.id).c_str(), selected, 0, ImVec2(width, height));
    ui.map.annotate(ImGui::GetItemID(), row.title);
    ui.map.setRole(ImGui::GetItemID(), A11yRole::Option, selected);
    if (size > 0) ui.map.setSetPosition(ImGui::GetItemID(), pos, size);
    const ImVec2 end = ImGui::GetCursorScreenPos();

    const float chipW = row.chip.text.empty() ? 0 : chipWidth(row.chip.text, row.chip.icon);
    ImGui::SetCursorScreenPos(ImVec2(at.x + inset, at.y + space::kItem - 2));
    ImGui::PushClipRect(at, ImVec2(at.x + width - chipW - inset * 2, at.y + height), true);
    text(ui, row.title);
    ImGui::PopClipRect();
    if (!row.chip.text.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(at.x + width - chipW - inset, at.y + space::kItem - 4));
        chip(ui, row.chip.text, row.chip.tone, row.chip.icon);
    }

    const float trailW = row.trailing.empty() ? 0 : ImGui::CalcTextSize(row.trailing.c_str()).x;
    ImGui::SetCursorScreenPos(ImVec2(at.x + inset, at.y + space::kItem + line));
    ImGui::PushClipRect(at, ImVec2(at.x + width - trailW - inset * 3, at.y + height), true);
    textColored(ui, colour(Tone::Muted), row.facts);
    ImGui::PopClipRect();
    if (!row.trailing.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(at.x + width - trailW - inset, at.y + space::kItem + line));
        textColored(ui, colour(Tone::Muted), row.trailing);
    }
    ImGui::SetCursorScreenPos(end);
    return clicked;
}

int recordList(Ui& ui, const char* id, int count, int maxShown, const std::function<RecordRow(int)>& row,
               const std::function<bool(int)>& selected) {
    const float pitch = recordRowHeight() + ImGui::GetStyle().ItemSpacing.y;
    const int shown = std::min(count, maxShown);
    const float height = shown * pitch + ImGui::GetStyle().WindowPadding.y * 2;
    const bool fits = count <= shown;
    int hit = -1;
    const ImGuiWindowFlags flags =
        ImGuiWindowFlags_NavFlattened | (fits ? ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar : 0);
    if (ImGui::BeginChild(id, ImVec2(0, height), true, flags)) {
        ui.map.beginGroup(ImGui::GetCurrentWindow()->ID, A11yRole::ListBox, {});
        ListTabStop tabStop(ImGui::GetID("##tab-stop"));
        ImGuiListClipper clipper;
        clipper.Begin(count, pitch);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const bool chosen = selected(i);
                tabStop.beginRow(chosen);
                if (recordRow(ui, row(i), chosen, i + 1, count)) hit = i;
                ListTabStop::endRow();
            }
        }
        ui.map.endGroup();
    }
    ImGui::EndChild();
    return hit;
}

void keepSelection(const app::AppState& state, std::string& selected, bool valid, const std::string& first) {
    if (valid) return;
    selected = state.narrow ? std::string() : first;
}

void masterDetail(app::AppState& state, Ui& ui, const char* id, std::string& selected, std::string_view hintKey,
                  const std::function<void()>& list, const std::function<void()>& detail) {
    if (!state.narrow) {
        if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp)) return;
        ImGui::TableSetupColumn("##list", ImGuiTableColumnFlags_WidthStretch, 0.42f);
        ImGui::TableSetupColumn("##detail", ImGuiTableColumnFlags_WidthStretch, 0.58f);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        list();
        ImGui::TableSetColumnIndex(1);
        if (selected.empty()) {
            wrappedText(ui, state.tr(hintKey), 0, colour(Tone::Muted));
        } else {
            detail();
            refusalNotice(ui);
        }
        ImGui::EndTable();
        return;
    }
    // A phone: one at a time. The list's scroll is kept while a record is open and
    // given back when the reader returns to it; a record opens at its top.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID open = ImGui::GetID((std::string(id) + "##open").c_str());
    const ImGuiID listScroll = ImGui::GetID((std::string(id) + "##list-scroll").c_str());
    const bool wasOpen = storage->GetBool(open, false);
    if (selected.empty()) {
        if (wasOpen) {
            ImGui::SetScrollY(storage->GetFloat(listScroll, 0));
            storage->SetBool(open, false);
        }
        list();
        return;
    }
    if (!wasOpen) {
        storage->SetFloat(listScroll, ImGui::GetScrollY());
        ImGui::SetScrollY(0);
        storage->SetBool(open, true);
    }
    if (button(ui, labelled(state, "ui.list.back", std::string("back-") + id), ImVec2(0, 0), Icon::Back)) {
        selected.clear();
        return;
    }
    detail();
    refusalNotice(ui);
}

} // namespace huicai::ui
