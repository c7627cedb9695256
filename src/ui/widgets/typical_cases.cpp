// Implements the typical cases list.
#include "ui/widgets/typical_cases.h"

#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/clipped_list.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

void typicalCases(app::AppState& state, Ui& ui) {
    heading(ui, state.tr("ui.case.list_title"));
    std::vector<const TypicalCase*> rows;
    for (const auto& [id, c] : state.work.state.typicalCases) rows.push_back(&c);
    std::sort(rows.begin(), rows.end(), [](const TypicalCase* a, const TypicalCase* b) {
        return a->publishedOn != b->publishedOn ? a->publishedOn > b->publishedOn : a->id > b->id;
    });
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.case.none"));
        return;
    }
    clippedList(static_cast<int>(rows.size()), blockHeight(5, 0), [&](int i) {
        const TypicalCase& c = *rows[static_cast<size_t>(i)];
        ImGui::Separator();
        cappedText(ui, c.title, 2);
        cappedText(ui, c.summary, 3);
        textColored(ui, colour(Tone::Muted), c.publishedOn.iso() + " · " + format(state.tr("ui.timeline.window"), "region", regionName(state, c.window)));
    });
}

} // namespace huicai::ui
