// Implements the evaluation status line of evaluation_view.h.
#include "ui/widgets/evaluation_view.h"

#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/text.h"

namespace huicai::ui {

namespace {

Tone noticeTone(NoticeState notice) {
    switch (notice) {
    case NoticeState::Sent: return Tone::Warning; // the unit has still to answer
    case NoticeState::None:
    case NoticeState::Corrected: break;
    }
    return Tone::Muted;
}

} // namespace

void evaluationStatus(const app::AppState& state, Ui& ui, const WindowEvaluation& e, bool withRating) {
    std::string status;
    if (withRating)
        status = (e.talentRating > 0 ? format(state.tr("ui.grading.eval_rated"), "n", std::to_string(e.talentRating))
                                     : state.tr("ui.grading.eval_rating_none")) +
                 " · ";
    status += state.tr("workflow.notice_state." + std::string(enumId(e.notice)));
    if (e.conductBreach) status += " · " + format(state.tr("ui.grading.breach"), "standard", e.conductStandard);
    if (e.correctedOn)
        status += " · " + format(format(state.tr("ui.grading.corrected"), "text", e.correction), "date", e.correctedOn->iso());
    cappedText(ui, status, 2, colour(noticeTone(e.notice)));
}

} // namespace huicai::ui
