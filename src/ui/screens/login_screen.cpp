// Signing in (#/login): the account and password fields (a real form of the page as
// well, for password managers: credential_field.h), the reason a sign-in failed
// in the user's language, and, when signed in, who the user is with the buttons to
// open their workspace and to sign out (with a warning when changes wait to be sent).
// Without a server (a static host, or offline) the demo is one button away.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "app/route.h"
#include "ui/theme.h"
#include "ui/widgets/credential_field.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

namespace huicai::ui {

namespace {

void signedIn(app::AppState& state, Ui& ui) {
    const app::Session& s = state.work.session;
    text(ui, format(format(state.tr("ui.login.signed_in_as"), "name", s.name), "login", s.login));
    text(ui, roleLabel(state, state.work.roleAlias()));
    if (state.pendingChanges > 0)
        wrappedText(ui, countText(state.i18n, "ui.login.pending_warning", "n", state.pendingChanges), 0,
                    colour(Tone::Warning));
    ImGui::Dummy(ImVec2(0, space::kItem));
    if (button(ui, labelled(state, "ui.login.open_workspace", "open-workspace")))
        ui.request(app::Navigate{app::Route{app::homeScreenOf(state.work.actor()), {}}});
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.login.sign_out", "sign-out"), ImVec2(0, 0), Icon::SignOut)) ui.request(app::SignOut{});
}

} // namespace

void loginScreen(app::AppState& state, Ui& ui) {
    heading(ui, state.tr("ui.login.title"));
    largerTextSwitch(state, ui);
    if (state.work.session.valid() && state.work.sync.phase != app::SyncPhase::SignedOut) {
        signedIn(state, ui);
        return;
    }
    auto& f = state.loginForm;
    if (state.work.session.valid()) {
        wrappedText(ui, state.tr("ui.login.expired"), 0, colour(Tone::Warning));
        if (f.login.empty()) f.login = state.work.session.login;
    }
    const float width = measureWidth(Measure::Narrow);
    textColored(ui, colour(Tone::Muted), state.tr("ui.login.account"));
    credentialField(state, ui, "##login-account", state.tr("ui.login.account_hint"), f.login, width, Credential::Username);
    textColored(ui, colour(Tone::Muted), state.tr("ui.login.password"));
    credentialField(state, ui, "##login-password", state.tr("ui.login.password_hint"), f.password, width,
                    Credential::CurrentPassword);
    const bool enter = takeCredentialSubmit(state); // Enter in a field submits the page's form
    ImGui::Dummy(ImVec2(0, space::kTight));
    ImGui::BeginDisabled(f.busy || f.login.empty() || f.password.empty());
    const bool clicked = button(ui, labelled(state, f.busy ? "ui.login.signing_in" : "ui.login.sign_in", "sign-in"));
    ImGui::EndDisabled();
    if ((clicked || enter) && !f.busy && !f.login.empty() && !f.password.empty())
        ui.request(app::SignIn{f.login, f.password});
    if (!f.error.empty())
        wrappedText(ui, state.errorText(f.error, f.errorDetail), width, colour(Tone::Warning));
    if (state.serverOut())
        wrappedText(ui, state.tr("ui.login.no_server"), width, colour(Tone::Muted));
    if (button(ui, labelled(state, "ui.register.link", "to-register")))
        ui.request(app::Navigate{app::Route{app::Screen::Register, {}}});
    ImGui::Dummy(ImVec2(0, space::kGroup));
    ImGui::Separator();
    wrappedText(ui, state.tr("ui.login.demo_hint"), width, colour(Tone::Muted));
    if (button(ui, labelled(state, "ui.login.try_demo", "try-demo")))
        ui.request(app::Navigate{app::Route{app::Screen::Demo, {}}});
}

} // namespace huicai::ui
