// Implements the step bar of step_progress.h with the window's draw list, in the
// space of one dummy item: its names and the line in words go to the widget map as
// text, so tests and the accessibility mirror read what the dots show.
#include "ui/widgets/step_progress.h"

#include "ui/theme.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

std::string stepName(const app::AppState& state, const ProgressStep& step) {
    switch (step.kind) {
    case ProgressStepKind::Talent: return state.tr("ui.progress.talent");
    case ProgressStepKind::Employer: return state.tr("ui.progress.employer");
    case ProgressStepKind::Window: return regionName(state, step.region);
    case ProgressStepKind::Issued: return state.tr("ui.progress.issued");
    }
    return {};
}

void stepProgress(app::AppState& state, Ui& ui, const std::vector<ProgressStep>& steps, float width) {
    if (steps.empty()) return;
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const float font = ImGui::GetFontSize();
    const float r = std::max(5.0f, font * 0.42f);
    const float slot = width / static_cast<float>(steps.size());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float cy = at.y + r + 2;
    const float labelY = cy + r + 4;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const auto colourOf = [](ProgressStepStatus s) {
        switch (s) {
        case ProgressStepStatus::Done: return colour(Tone::Success);
        case ProgressStepStatus::Current: return colour(Tone::Primary);
        case ProgressStepStatus::Stopped: return colour(Tone::Warning);
        case ProgressStepStatus::Ahead: break;
        }
        return colour(Tone::Muted);
    };
    std::size_t here = steps.size();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const ProgressStep& s = steps[i];
        const float cx = at.x + slot * (static_cast<float>(i) + 0.5f);
        if (i > 0)
            dl->AddLine(ImVec2(cx - slot + r, cy), ImVec2(cx - r, cy),
                        s.status == ProgressStepStatus::Ahead ? colour(Tone::Bar) : colour(Tone::Success), 2.0f);
        const ImU32 c = colourOf(s.status);
        if (s.status == ProgressStepStatus::Ahead) {
            dl->AddCircle(ImVec2(cx, cy), r - 1, c, 0, 2.0f);
        } else {
            dl->AddCircleFilled(ImVec2(cx, cy), r, c);
            if (s.status != ProgressStepStatus::Done) dl->AddCircle(ImVec2(cx, cy), r + 3, c, 0, 1.5f);
        }
        if (s.status == ProgressStepStatus::Current || s.status == ProgressStepStatus::Stopped) here = i;
        const std::string name = stepName(state, s);
        ui.fonts.note(name);
        const float w = ImGui::CalcTextSize(name.c_str()).x;
        const float x = std::max(cx - slot / 2, cx - w / 2);
        dl->PushClipRect(ImVec2(cx - slot / 2, labelY), ImVec2(cx + slot / 2, labelY + font + 2), true);
        dl->AddText(ImVec2(x, labelY), s.status == ProgressStepStatus::Ahead ? colour(Tone::Muted) : colourOf(s.status), name.c_str());
        dl->PopClipRect();
        if (ui.map.enabled()) ui.map.addText(name);
    }
    ImGui::Dummy(ImVec2(width, labelY + font + 4 - at.y));
    const std::string total = std::to_string(steps.size());
    if (here < steps.size()) {
        const bool stopped = steps[here].status == ProgressStepStatus::Stopped;
        std::string line = format(state.tr(stopped ? "ui.progress.stopped_at" : "ui.progress.now"), "n", std::to_string(here + 1));
        line = format(format(line, "total", total), "step", stepName(state, steps[here]));
        wrappedText(ui, line, width, stopped ? colour(Tone::Warning) : colour(Tone::Primary));
    } else if (steps.back().status == ProgressStepStatus::Done) {
        wrappedText(ui, state.tr("ui.progress.all_done"), width, colour(Tone::Success));
    }
}

} // namespace huicai::ui
