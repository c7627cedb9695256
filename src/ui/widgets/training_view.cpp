// Implements the trainings a specialist attended (training_view.h).
#include "ui/widgets/training_view.h"

#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <vector>

namespace huicai::ui {

void trainingsAttended(app::AppState& state, Ui& ui, const std::string& specialist) {
    std::vector<const Training*> rows;
    for (const auto& [id, t] : state.work.state.trainings)
        if (std::find(t.specialists.begin(), t.specialists.end(), specialist) != t.specialists.end()) rows.push_back(&t);
    if (rows.empty()) return;
    std::sort(rows.begin(), rows.end(), [](const Training* a, const Training* b) {
        return a->date != b->date ? a->date > b->date : a->id > b->id;
    });
    ImGui::Dummy(ImVec2(0, space::kItem));
    heading(ui, state.tr("ui.training.attended_title"));
    for (const Training* t : rows)
        cappedText(ui,
                   format(format(format(state.tr("ui.training.attended_line"), "date", t->date.iso()), "title", t->title),
                          "window", regionName(state, t->window)),
                   2);
}

} // namespace huicai::ui
