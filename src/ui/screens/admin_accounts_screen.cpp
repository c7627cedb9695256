// The console's accounts (#/admin): the system administrator's staff and
// administrator accounts, an employer administrator's own specialists, or a window's
// corps (the windows of its area, the departments and agencies of its level), as the
// server lists them (GET /api/v1/admin/accounts) with their last sign-in; a new
// account of a unit and role, whose one-time password shows once; a password reset
// and a disable or enable per account. What the acting user may create, and for
// which units, is the core's account policy (core/account_policy.h).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/account_policy.h"
#include "ui/theme.h"
#include "ui/widgets/console_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

std::string roleName(app::AppState& state, Role r) { return state.tr("ui.console.role." + std::string(enumId(r))); }

void issuedPassword(app::AppState& state, Ui& ui, float width) {
    const auto& issued = state.console.issued;
    if (!issued) return;
    wrappedText(ui, format(state.tr("ui.console.issued"), "login", issued->login), width, colour(Tone::Primary));
    text(ui, issued->password);
    wrappedText(ui, state.tr("ui.console.issued_once"), width, colour(Tone::Muted));
    if (button(ui, labelled(state, "ui.console.copy", "issued-copy"))) ImGui::SetClipboardText(issued->password.c_str());
    ImGui::Dummy(ImVec2(0, space::kItem));
}

void newAccountForm(app::AppState& state, Ui& ui, const Actor& actor, float width) {
    auto& c = state.console;
    auto& f = c.newAccount;
    heading(ui, state.tr("ui.console.new_account"));
    const auto roles = creatableRoles(actor);
    if (std::find(roles.begin(), roles.end(), f.role) == roles.end() && !roles.empty()) f.role = roles.front();
    fieldLabel(state, ui, "ui.console.role");
    float x = 0;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const std::string label = roleName(state, roles[i]) + "##role-" + std::string(enumId(roles[i]));
        const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0 && x + w <= width) ImGui::SameLine();
        else x = 0;
        if (choiceButton(ui, label, f.role == roles[i]) && f.role != roles[i]) {
            f.role = roles[i];
            f.scope.clear();
        }
        x += w + ImGui::GetStyle().ItemSpacing.x;
    }
    const auto problems = app::checkNewAccount(f, actor, state.work.state, state.workContext());
    fieldProblem(state, ui, problems, "role", "ui.console.role", width, f.tried);
    if (f.role != Role::SystemAdmin) {
        fieldLabel(state, ui, "ui.console.unit");
        const auto choices = app::unitChoices(actor, f.role, state.work.state, state.workContext(), f.unitFilter);
        if (choices.size() == 1 && actor.role == Role::EmployerAdmin) f.scope = choices.front().id;
        unitPicker(state, ui, "account-unit", f.scope, f.unitFilter, choices, width);
        fieldProblem(state, ui, problems, "scope", "ui.console.unit", width, f.tried);
    }
    fieldLabel(state, ui, "ui.console.name");
    searchField(ui, "##account-name", state.tr("ui.console.name_hint"), f.name, width);
    fieldProblem(state, ui, problems, "name", "ui.console.name", width, f.tried);
    fieldLabel(state, ui, "ui.console.login");
    searchField(ui, "##account-login", state.tr("ui.console.login_hint"), f.login, width);
    textColored(ui, colour(Tone::Muted), state.tr("ui.register.login_rule"));
    fieldProblem(state, ui, problems, "login", "ui.console.login", width, f.tried);
    ImGui::BeginDisabled(c.createCall.busy);
    if (button(ui, labelled(state, "ui.console.create", "account-create"))) ui.request(app::CreateAccount{});
    ImGui::EndDisabled();
    callOutcome(state, ui, c.createCall, width);
}

void accountRow(app::AppState& state, Ui& ui, const Actor& actor, const sync::AccountEntry& a, float width) {
    auto& c = state.console;
    ImGui::Separator();
    text(ui, a.name + " · " + a.login);
    std::string facts = roleName(state, a.role);
    if (!a.scope.empty()) { // the unit by name, as the picker offered it
        const auto units = app::unitChoices(actor, a.role, state.work.state, state.workContext(), a.scope);
        const std::string name = unitName(state, units, a.scope);
        facts += " · " + (name == a.scope ? name : name + " (" + a.scope + ")");
    }
    wrappedText(ui, facts, width, colour(Tone::Muted));
    wrappedText(ui, format(state.tr("ui.console.last_sign_in"), "time", timeText(state, a.lastSignIn)), width, colour(Tone::Muted));
    if (a.disabled) textColored(ui, colour(Tone::Warning), state.tr("ui.console.disabled"));
    else if (a.mustChange) textColored(ui, colour(Tone::Muted), state.tr("ui.console.must_change"));
    if (!mayManageAccount(actor, a.role, a.scope, state.work.state, state.workContext()) || a.id == actor.id) return;
    const bool busy = c.actionCall.busy;
    ImGui::BeginDisabled(busy);
    if (button(ui, labelled(state, "ui.console.reset", "reset-" + a.login))) ui.request(app::ResetAccount{a.id});
    ImGui::SameLine();
    if (button(ui, labelled(state, a.disabled ? "ui.console.enable" : "ui.console.disable", "disable-" + a.login)))
        ui.request(app::DisableAccount{a.id, !a.disabled});
    ImGui::EndDisabled();
    if (busy && c.actionAccount == a.id) callOutcome(state, ui, c.actionCall, width);
}

} // namespace

void adminAccountsScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = state.work.actor();
    if (!consoleGate(state, ui, actor && managesAccounts(*actor))) return;
    auto& c = state.console;
    heading(ui, state.tr("ui.console.accounts"));
    consoleTabs(state, ui);
    const float width = measureWidth(Measure::Form);
    if (!state.work.server()) {
        wrappedText(ui, state.tr("ui.console.server_only"), width, colour(Tone::Muted));
        return;
    }
    if (!c.accountsLoaded && !c.accountsCall.busy && c.accountsCall.error.empty()) ui.request(app::LoadAccounts{});
    issuedPassword(state, ui, width); // first: it is shown this once
    newAccountForm(state, ui, *actor, width);
    ImGui::Dummy(ImVec2(0, space::kItem));
    heading(ui, format(state.tr("ui.console.account_list"), "count", std::to_string(c.accounts.size())));
    if (button(ui, labelled(state, "ui.console.refresh", "accounts-refresh"))) ui.request(app::LoadAccounts{});
    if (!c.actionCall.busy && !c.actionCall.error.empty()) callOutcome(state, ui, c.actionCall, width);
    callOutcome(state, ui, c.accountsCall, width);
    for (const auto& a : c.accounts) accountRow(state, ui, *actor, a, width);
}

} // namespace huicai::ui
