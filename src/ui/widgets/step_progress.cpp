// Implements the step bar of step_progress.h with the window's draw list, in the
// space of one dummy item: its names and the line in words go to the widget map as
// text, so tests and the accessibility mirror read what the dots show.
#include "ui/widgets/step_progress.h"

#include "ui/style/text_style.h"
#include "ui/theme.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

// `name` in lines no wider than `width`: broken at spaces (English), or between any
// two characters where a word alone is wider (Chinese, or a long word).
std::vector<std::string> stepNameLines(const std::string& name, float width) {
    std::vector<std::string> lines;
    std::string line;
    auto fits = [&](const std::string& s) { return ImGui::CalcTextSize(s.c_str()).x <= width; };
    std::size_t i = 0;
    while (i < name.size()) {
        std::size_t end = name.find(' ', i);
        if (end == std::string::npos) end = name.size();
        const std::string word = name.substr(i, end - i);
        const std::string joined = line.empty() ? word : line + " " + word;
        if (fits(joined)) {
            line = joined;
        } else {
            if (!line.empty()) lines.push_back(line);
            line.clear();
            // A word wider than the slot: as many characters as fit on each line.
            for (std::size_t c = 0; c < word.size();) {
                std::size_t n = 1;
                while (c + n < word.size() && (static_cast<unsigned char>(word[c + n]) & 0xC0) == 0x80) ++n;
                const std::string ch = word.substr(c, n);
                if (!line.empty() && !fits(line + ch)) {
                    lines.push_back(line);
                    line.clear();
                }
                line += ch;
                c += n;
            }
        }
        i = end + 1;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

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
    const float r = std::max(5.0f, ImGui::GetFontSize() * 0.42f);
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
    float labelsBottom = labelY;
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
    }
    // The names under their dots in the caption style. Where a word of one is wider
    // than its slot (English on a phone), the names alternate between two rows and
    // each may use two slots, so that words are broken only at spaces.
    {
        ScopedTextStyle caption(ui.fonts, TextStyle::Caption);
        const float lineH = ImGui::GetTextLineHeight();
        std::vector<std::string> names;
        bool stagger = false;
        for (const ProgressStep& s : steps) {
            names.push_back(stepName(state, s));
            ui.fonts.note(names.back());
            for (std::size_t i = 0; i <= names.back().size();) {
                const std::size_t end = std::min(names.back().find(' ', i), names.back().size());
                const std::string word = names.back().substr(i, end - i);
                if (ImGui::CalcTextSize(word.c_str()).x > slot - 2) stagger = true;
                i = end + 1;
            }
        }
        const float labelW = stagger ? slot * 2 - 2 : slot - 2;
        std::vector<std::vector<std::string>> lines;
        float firstRow = 0;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            lines.push_back(stepNameLines(names[i], labelW));
            if (i % 2 == 0) firstRow = std::max(firstRow, lineH * static_cast<float>(lines.back().size()));
        }
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const ProgressStep& s = steps[i];
            const float cx = at.x + slot * (static_cast<float>(i) + 0.5f);
            const ImU32 ink = s.status == ProgressStepStatus::Ahead ? colour(Tone::Muted) : colourOf(s.status);
            float y = labelY + (stagger && i % 2 == 1 ? firstRow + 2 : 0);
            if (stagger && i % 2 == 1) dl->AddLine(ImVec2(cx, labelY - 2), ImVec2(cx, y - 1), colour(Tone::Bar), 1.0f);
            for (const std::string& line : lines[i]) {
                const float w = ImGui::CalcTextSize(line.c_str()).x;
                const float x = std::clamp(cx - w / 2, at.x, std::max(at.x, at.x + width - w));
                dl->PushClipRect(ImVec2(std::max(at.x, cx - labelW / 2 - 1), y),
                                 ImVec2(std::min(at.x + width, cx + labelW / 2 + 1), y + lineH + 2), true);
                dl->AddText(ImVec2(x, y), ink, line.c_str());
                dl->PopClipRect();
                y += lineH;
            }
            labelsBottom = std::max(labelsBottom, y);
            if (ui.map.enabled()) ui.map.addText(names[i]);
        }
    }
    ImGui::Dummy(ImVec2(width, labelsBottom + 4 - at.y));
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
