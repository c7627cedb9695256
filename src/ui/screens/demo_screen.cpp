// The demo's start page (#/demo): what the local demo mode is, its date, where its
// state is kept, a button per role to act as, and starting over from the seed.
#include "ui/screens/screens.h"

#include "ui/theme.h"
#include "ui/widgets/work_view.h"
#include "ui/widgets/text.h"

namespace huicai::ui {

void demoScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    const app::Workspace& d = state.work;
    heading(ui, state.tr("ui.demo.title"));
    wrappedText(ui, state.tr("ui.demo.intro"));
    text(ui, format(state.tr("ui.demo.today"), "date", d.today.iso()));
    wrappedText(ui, state.tr(d.persisted ? "ui.demo.persisted" : "ui.demo.in_memory"), 0, colour(Tone::Muted));
    ImGui::Dummy(ImVec2(0, space::kItem));
    textColored(ui, colour(Tone::Muted), state.tr("ui.demo.pick_role"));
    for (std::string_view alias : demoRoles()) {
        if (choiceButton(ui, roleLabel(state, alias) + "##pick-" + std::string(alias), d.role == alias))
            ui.request(app::SetDemoRole{std::string(alias)});
    }
    ImGui::Dummy(ImVec2(0, space::kItem));
    ImGui::BeginDisabled(state.readOnly);
    if (button(ui, labelled(state, "ui.demo.reset", "demo-reset"))) ui.request(app::ResetDemo{});
    ImGui::EndDisabled();
}

} // namespace huicai::ui
