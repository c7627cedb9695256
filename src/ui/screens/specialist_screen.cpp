// The employer specialist's workspace (#/specialist, demo mode): the card
// applications of the talents assigned to them, to complete and submit to the window
// of the employer's level, or to resubmit after a return for revision.
#include "ui/screens/screens.h"

#include "ui/theme.h"
#include "ui/widgets/demo_view.h"
#include "ui/widgets/text.h"

namespace huicai::ui {

void specialistScreen(app::AppState& state, Ui& ui) {
    if (!demoReady(state, ui)) return;
    heading(ui, state.tr("ui.specialist.title"));
    if (!demoRole(state, ui, "employer_specialist", "employer_specialist")) return;
    demoNotice(state, ui);
    const app::DemoState& d = state.demo;
    const Actor* actor = d.actor();
    if (!actor) return;
    int shown = 0;
    for (const auto& [id, app] : d.state.cardApplications) {
        auto t = d.state.talents.find(app.talent);
        if (t == d.state.talents.end() || t->second.specialist != actor->id) continue;
        if (app.state == CardState::Issued || app.state == CardState::Rejected) continue;
        ++shown;
        ImGui::Separator();
        text(ui, t->second.name + " · " + app.id + " · " + classLabel(state, app.cardClass) + " " + app.basis);
        timeline(state, ui, app);
        switch (app.state) {
        case CardState::SpecialistAssigned:
            if (button(ui, labelled(state, "workflow.command.CompleteApplication", "complete-" + app.id)))
                ui.request(app::DemoCommand{CompleteApplication{app.id, {"employer_recommendation"}}});
            break;
        case CardState::CompletedByEmployer:
            if (button(ui, labelled(state, "workflow.command.SubmitToWindow", "submit-" + app.id)))
                ui.request(app::DemoCommand{SubmitToWindow{app.id}});
            break;
        case CardState::ReturnedForRevision:
            if (button(ui, labelled(state, "workflow.command.Resubmit", "resubmit-" + app.id)))
                ui.request(app::DemoCommand{Resubmit{app.id, ""}});
            break;
        default: textColored(ui, theme::kMuted, state.tr("ui.specialist.waiting")); break;
        }
    }
    if (shown == 0) wrappedText(ui, state.tr("ui.specialist.empty"), 0, theme::kMuted);
}

} // namespace huicai::ui
