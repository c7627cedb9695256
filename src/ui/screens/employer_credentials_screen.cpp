// The employer's city and county credentials (#/employer/credentials, S5.2, S7.2):
// the schemes of the windows over the employer's region, each with its facts and one
// Apply button per talent of the unit the core lets the employer apply for
// (core/green_channel.h), and the unit's talents' credentials with their state, time
// limit, number once issued and the reasons of a refusal.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/green_channel.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/green_channel_view.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <map>

namespace huicai::ui {

namespace {

using TalentsByScheme = std::map<std::string, std::vector<std::string>>;

// The unit's talents the core lets the employer apply for, by scheme.
const TalentsByScheme& choices(app::AppState& state, const Actor& actor) {
    return screenForm<CoreAnswer<TalentsByScheme>>(state, "employer_credentials").get(state, [&] {
        TalentsByScheme out;
        for (const auto& [talent, scheme] : credentialChoices(state.work.state, actor, state.workContext()))
            out[scheme].push_back(talent);
        return out;
    });
}

} // namespace

void employerCredentialsScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.green.employer_title"));
    if (!roleGate(state, ui, Role::EmployerAdmin, "employer_admin")) return;
    const Actor* actor = state.work.actor();
    if (!actor) return;
    if (button(ui, labelled(state, "ui.green.back_employer", "to-employer")))
        ui.request(app::Navigate{app::Route{app::Screen::Employer, {}}});
    const auto& s = state.work.state;
    const TalentsByScheme& byScheme = choices(state, *actor);
    heading(ui, state.tr("ui.green.open_schemes"));
    if (byScheme.empty()) wrappedText(ui, state.tr("ui.green.no_open_schemes"), 0, colour(Tone::Muted));
    for (const auto& [scheme, talents] : byScheme) {
        const auto sc = s.localSchemes.find(scheme);
        if (sc == s.localSchemes.end()) continue;
        ImGui::Separator();
        localSchemeFacts(state, ui, sc->second);
        for (const auto& t : talents) {
            if (button(ui, format(state.tr("ui.green.apply_for"), "name", talentName(state, t)) + "##apply-" + scheme + "-" + t)) {
                const std::string id = state.work.newId("LC", s.localCredentials.size());
                ui.request(app::RunCommand{ApplyLocalCredential{id, scheme, t}});
            }
            if (!state.narrow) ImGui::SameLine();
        }
        if (!talents.empty() && !state.narrow) ImGui::NewLine();
    }
    ImGui::Dummy(ImVec2(0, space::kItem));
    heading(ui, state.tr("ui.green.unit_credentials"));
    bool any = false;
    for (const auto& [id, cred] : s.localCredentials) {
        if (cred.employer != actor->scope) continue;
        const auto sc = s.localSchemes.find(cred.scheme);
        any = true;
        ImGui::Separator();
        cappedText(ui, talentName(state, cred.talent) + " · " + (sc == s.localSchemes.end() ? cred.scheme : sc->second.name), 2);
        textColored(ui, cred.state == LocalCredentialState::Refused ? colour(Tone::Warning) : colour(Tone::Muted), localCredentialLine(state, cred));
    }
    if (!any) emptyState(ui, state.tr("ui.green.unit_none"));
}

} // namespace huicai::ui
