// Implements text capped to a number of wrapped lines with an ellipsis.
#include "ui/widgets/capped_text.h"

#include "ui/widgets/cjk_wrap.h"
#include "ui/widgets/text.h"
#include "ui/widgets/utf8.h"

#include <algorithm>
#include <string>

namespace huicai::ui {

int cappedText(Ui& ui, std::string_view s, int maxLines, ImU32 colour) {
    const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize());
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    auto advance = [&](char32_t c) { return font->GetCharAdvance(static_cast<ImWchar>(c)) * scale; };
    auto lines = breakLines(s, width, advance);
    const int shown = std::min(static_cast<int>(lines.size()), std::max(maxLines, 1));
    for (int i = 0; i < shown; ++i) {
        std::string line(lines[static_cast<size_t>(i)]);
        if (i == shown - 1 && shown < static_cast<int>(lines.size())) {
            // Drop code points from the end until the line and "…" fit.
            const float dots = advance(U'…');
            std::vector<size_t> starts;
            float used = 0;
            for (size_t j = 0; j < line.size();) {
                starts.push_back(j);
                used += advance(decodeUtf8(line, j));
            }
            while (!starts.empty() && used + dots > width) {
                size_t j = starts.back();
                used -= advance(decodeUtf8(line, j));
                line.resize(starts.back());
                starts.pop_back();
            }
            line += "…";
        }
        if (colour)
            textColored(ui, colour, line);
        else
            text(ui, line);
    }
    return shown;
}

} // namespace huicai::ui
