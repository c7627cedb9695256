// A talent's own account (#/register): name, identity document (resident ID or
// passport with nationality), talent category, employer found by typing part of its
// name in the list the server offers, account name and password. After a first try
// every field shows its problem under it in the user's language; the server's
// refusal shows under the button with everything typed kept. Success signs the
// talent in and opens #/talent (App, app_register.cpp).
#include "ui/screens/screens.h"

#include "app/route.h"
#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/console_view.h"
#include "ui/widgets/credential_field.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

// The problem of `field` under it, naming the field. Checked right after the field was
// drawn, so a key typed in this frame shows (or clears) its line in the same frame and
// nothing below moves a frame later.
void problemOf(app::AppState& state, Ui& ui, std::string_view field, const char* labelKey, float width) {
    const auto& f = state.registerForm;
    if (!f.tried) return;
    for (const auto& p : sync::checkRegistration(f.request(0), f.today)) {
        if (p.field != field) continue;
        const std::string message = state.errorText(p.error.key, p.error.detail);
        fieldError(ui, format(format(state.tr("ui.register.field_error"), "field", state.tr(labelKey)), "message", message), width);
        return;
    }
}

void identity(app::AppState& state, Ui& ui, float width) {
    auto& f = state.registerForm;
    fieldLabel(state, ui, "ui.register.id_type");
    if (choiceButton(ui, labelled(state, "ui.register.id_type.resident_id", "idtype-resident"), f.idType == IdType::ResidentId))
        f.idType = IdType::ResidentId;
    ImGui::SameLine();
    if (choiceButton(ui, labelled(state, "ui.register.id_type.passport", "idtype-passport"), f.idType == IdType::Passport))
        f.idType = IdType::Passport;
    fieldLabel(state, ui, "ui.register.id_number");
    const bool resident = f.idType == IdType::ResidentId;
    searchField(ui, "##reg-id-number", state.tr(resident ? "ui.register.id_number_hint" : "ui.register.passport_hint"),
                f.idNumber, width);
    problemOf(state, ui, "id_number", "ui.register.id_number", width);
    if (resident) return;
    fieldLabel(state, ui, "ui.register.nationality");
    searchField(ui, "##reg-nationality", state.tr("ui.register.nationality_hint"), f.nationality, width);
    problemOf(state, ui, "nationality", "ui.register.nationality", width);
}

void category(app::AppState& state, Ui& ui, float width) {
    auto& f = state.registerForm;
    fieldLabel(state, ui, "ui.register.category");
    const auto& categories = state.work.talent.categories();
    float x = 0;
    for (std::size_t i = 0; i < categories.size(); ++i) {
        const auto& c = categories[i];
        const std::string label = (!state.zh() ? c.nameEn : c.nameZh) + "##category-" + c.id;
        const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        if (i > 0 && x + w <= width) ImGui::SameLine();
        else x = 0;
        if (choiceButton(ui, label, f.category == c.id)) f.category = c.id;
        x += w + ImGui::GetStyle().ItemSpacing.x;
    }
    problemOf(state, ui, "category", "ui.register.category", width);
}

void employer(app::AppState& state, Ui& ui, float width) {
    auto& f = state.registerForm;
    fieldLabel(state, ui, "ui.register.employer");
    if (!f.employer.empty()) {
        text(ui, format(state.tr("ui.register.employer_chosen"), "name", f.employerName));
        if (button(ui, labelled(state, "ui.register.employer_change", "employer-change"))) {
            f.employer.clear();
            f.employerName.clear();
        }
        return;
    }
    searchField(ui, "##reg-employer", state.tr("ui.register.employer_hint"), f.employerQuery, width);
    if (!f.employersAskedOnce || f.employerQuery != f.employersAsked) ui.request(app::FindEmployers{f.employerQuery});
    if (!f.employersError.empty()) {
        fieldError(ui, format(state.tr("ui.register.employer_error"), "detail", state.tr(f.employersError)), width);
    } else if (f.employersBusy && f.employers.empty()) {
        textColored(ui, colour(Tone::Muted), state.tr("ui.register.employer_loading"));
    } else if (f.employers.empty()) {
        wrappedText(ui, state.tr("ui.register.employer_none"), width, colour(Tone::Muted));
    }
    for (const auto& e : f.employers) {
        if (button(ui, e.name + "##employer-" + e.id, ImVec2(width, 0))) {
            f.employer = e.id;
            f.employerName = e.name;
        }
    }
    if (f.employersMore) wrappedText(ui, state.tr("ui.register.employer_more"), width, colour(Tone::Muted));
    problemOf(state, ui, "employer", "ui.register.employer", width);
}

} // namespace

void registerScreen(app::AppState& state, Ui& ui) {
    auto& f = state.registerForm;
    heading(ui, state.tr("ui.register.title"));
    const float width = measureWidth(Measure::Narrow);
    wrappedText(ui, state.tr("ui.register.intro"), width, colour(Tone::Muted));
    ImGui::Dummy(ImVec2(0, space::kTight));

    fieldLabel(state, ui, "ui.register.name");
    searchField(ui, "##reg-name", state.tr("ui.register.name_hint"), f.name, width);
    problemOf(state, ui, "name", "ui.register.name", width);
    identity(state, ui, width);
    category(state, ui, width);
    employer(state, ui, width);

    fieldLabel(state, ui, "ui.register.login");
    credentialField(state, ui, "##reg-login", state.tr("ui.register.login_hint"), f.login, width, Credential::Username);
    fieldHelp(ui, state.tr("ui.register.login_rule"), width);
    problemOf(state, ui, "login", "ui.register.login", width);
    fieldLabel(state, ui, "ui.register.password");
    credentialField(state, ui, "##reg-password", state.tr("ui.register.password_hint"), f.password, width, Credential::NewPassword);
    const bool enter = takeCredentialSubmit(state); // Enter in the page's form
    problemOf(state, ui, "password", "ui.register.password", width);

    ImGui::Dummy(ImVec2(0, space::kTight));
    ImGui::BeginDisabled(f.busy);
    const bool clicked = button(ui, labelled(state, f.busy ? "ui.register.submitting" : "ui.register.submit", "register"));
    ImGui::EndDisabled();
    if ((clicked || enter) && !f.busy) ui.request(app::Register{});
    if (!f.error.empty()) {
        const std::string message = state.errorText(f.error, f.errorDetail);
        notice(ui, format(state.tr("ui.register.failed"), "message", message), Tone::Danger, width);
    }
    if (state.serverOut())
        wrappedText(ui, state.tr("ui.register.no_server"), width, colour(Tone::Muted));
    ImGui::Dummy(ImVec2(0, space::kGroup));
    ImGui::Separator();
    if (button(ui, labelled(state, "ui.register.have_account", "to-login")))
        ui.request(app::Navigate{app::Route{app::Screen::Login, {}}});
}

} // namespace huicai::ui
