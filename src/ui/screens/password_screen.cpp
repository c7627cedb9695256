// The signed-in user's own password (#/password). An account given a one-time
// password (created by an administrator, or reset) lands here at sign-in and sees
// nothing else until it has set its own; anyone signed in may come here to change
// theirs. Each field shows its problem under it after a first try; the server's
// refusal (a wrong current password, a common password) shows with everything kept.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "ui/theme.h"
#include "ui/widgets/console_view.h"
#include "ui/widgets/credential_field.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

void passwordScreen(app::AppState& state, Ui& ui) {
    auto& c = state.console;
    auto& f = c.password;
    const app::Session& s = state.work.session;
    heading(ui, state.tr("ui.password.title"));
    const float width = measureWidth(Measure::Narrow);
    if (!s.valid()) {
        wrappedText(ui, state.tr("ui.password.signed_out"), width, colour(Tone::Muted));
        if (button(ui, labelled(state, "ui.nav.sign_in", "to-login"))) ui.request(app::Navigate{app::Route{app::Screen::Login, {}}});
        return;
    }
    wrappedText(ui, state.tr(s.mustChangePassword ? "ui.password.intro_first" : "ui.password.intro"), width,
                s.mustChangePassword ? colour(Tone::Warning) : colour(Tone::Muted));
    const auto problems = app::checkPasswordForm(f);
    fieldLabel(state, ui, "ui.password.current");
    credentialField(state, ui, "##pw-current", state.tr("ui.password.current_hint"), f.current, width, Credential::CurrentPassword);
    fieldProblem(state, ui, problems, "current", "ui.password.current", width, f.tried);
    fieldLabel(state, ui, "ui.password.next");
    credentialField(state, ui, "##pw-next", state.tr("ui.password.next_hint"), f.next, width, Credential::NewPassword);
    textColored(ui, colour(Tone::Muted), state.tr("ui.password.rule"));
    fieldProblem(state, ui, problems, "next", "ui.password.next", width, f.tried);
    fieldLabel(state, ui, "ui.password.repeat");
    credentialField(state, ui, "##pw-repeat", state.tr("ui.password.repeat_hint"), f.repeat, width, Credential::NewPassword);
    const bool enter = takeCredentialSubmit(state); // Enter in the page's form
    fieldProblem(state, ui, problems, "repeat", "ui.password.repeat", width, f.tried);
    ImGui::Dummy(ImVec2(0, space::kTight));
    ImGui::BeginDisabled(c.passwordCall.busy);
    const bool clicked = button(ui, labelled(state, "ui.password.submit", "password-submit"));
    ImGui::EndDisabled();
    if ((clicked || enter) && !c.passwordCall.busy) ui.request(app::ChangePassword{});
    callOutcome(state, ui, c.passwordCall, width);
    ImGui::Dummy(ImVec2(0, space::kGroup));
    ImGui::Separator();
    if (button(ui, labelled(state, "ui.login.sign_out", "password-sign-out"), ImVec2(0, 0), Icon::SignOut)) ui.request(app::SignOut{});
}

} // namespace huicai::ui
