// The window's own green channel (#/window/green-channel, S5.2, S7.2, S5.1.3 (4)): a
// city, county or zone window publishes its credential scheme (requirements,
// procedure, time limit in working days, the local services it gives), checked
// before it is sent; the applications employers filed under its schemes, each with
// its time limit and Issue or Refuse with reasons as the core offers; and, for a city
// window, the talents of its green channel it may recommend for the Huicai Card's
// evaluation class (core/green_channel.h), each with a note, and the recommendations
// it made.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/access.h"
#include "core/green_channel.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/green_channel_view.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <map>

namespace huicai::ui {

namespace {

struct GreenChannelForm {
    std::string name, requirements, procedure, days, services;
    std::string hint;                                  // i18n key of the form's own check, or empty
    std::map<std::string, std::string> notes, reasons; // by talent / by credential
    // Whether the window publishes schemes and whom it may recommend.
    struct Answers {
        bool publishes = false;
        std::vector<std::string> recommendable;
    };
    CoreAnswer<Answers> core;
};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    for (size_t at = 0; at <= text.size();) {
        size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(at, end - at);
        if (line.find_first_not_of(" \t\r") != std::string::npos) out.push_back(line);
        at = end + 1;
    }
    return out;
}

void schemeForm(app::AppState& state, Ui& ui, GreenChannelForm& f) {
    heading(ui, state.tr("ui.green.form_title"));
    const float width = measureWidth(Measure::Form);
    searchField(ui, "##scheme-name", state.tr("ui.green.name_hint"), f.name, width);
    multilineField(ui, "##scheme-requirements", state.tr("ui.green.requirements_hint"), f.requirements, width, 60.0f);
    multilineField(ui, "##scheme-procedure", state.tr("ui.green.procedure_hint"), f.procedure, width, 60.0f);
    searchField(ui, "##scheme-days", state.tr("ui.green.days_hint"), f.days, measureWidth(Measure::Field));
    multilineField(ui, "##scheme-services", state.tr("ui.green.services_hint"), f.services, width, 60.0f);
    if (button(ui, labelled(state, "workflow.command.PublishLocalCredentialScheme", "publish-scheme"))) {
        const auto days = positiveNumber(f.days);
        const auto services = lines(f.services);
        if (f.name.empty() || f.requirements.empty() || f.procedure.empty()) {
            f.hint = "ui.green.need_text";
        } else if (!days) {
            f.hint = "ui.green.need_days";
        } else if (services.empty()) {
            f.hint = "ui.green.need_services";
        } else {
            f.hint.clear();
            const std::string id = state.work.newId("LS", state.work.state.localSchemes.size());
            ui.request(app::RunCommand{PublishLocalCredentialScheme{id, f.name, f.requirements, f.procedure, *days, services}, [&f] {
                                           f.name.clear();
                                           f.requirements.clear();
                                           f.procedure.clear();
                                           f.days.clear();
                                           f.services.clear();
                                       }});
        }
    }
    if (!f.hint.empty()) fieldError(ui, state.tr(f.hint), 0);
}

void ownSchemes(app::AppState& state, Ui& ui, const std::string& window) {
    heading(ui, state.tr("ui.green.schemes_title"));
    bool any = false;
    for (const auto& [id, s] : state.work.state.localSchemes) {
        if (s.window != window) continue;
        any = true;
        ImGui::Separator();
        localSchemeFacts(state, ui, s);
    }
    if (!any) emptyState(ui, state.tr("ui.green.schemes_none"));
}

void applications(app::AppState& state, Ui& ui, GreenChannelForm& f, const Actor& actor) {
    heading(ui, state.tr("ui.green.applications_title"));
    bool any = false;
    const float width = measureWidth(Measure::Form);
    for (const auto& [id, c] : state.work.state.localCredentials) {
        const auto s = state.work.state.localSchemes.find(c.scheme);
        if (s == state.work.state.localSchemes.end() || s->second.window != actor.scope) continue;
        any = true;
        ImGui::Separator();
        cappedText(ui, talentName(state, c.talent) + " · " + s->second.name, 2);
        textColored(ui, c.state == LocalCredentialState::Applied ? colour(Tone::Warning) : colour(Tone::Muted), localCredentialLine(state, c));
        const auto& offers = state.offersOn(recordKey("local_credential", id));
        if (offerButton(state, ui, offers, "IssueLocalCredential", "issue-" + id))
            ui.request(app::RunCommand{IssueLocalCredential{id}});
        if (!findOffer(offers, "RefuseLocalCredential")) continue;
        std::string& reason = f.reasons[id];
        searchField(ui, ("##refuse-" + id).c_str(), state.tr("ui.green.reason_hint"), reason, width);
        if (offerButton(state, ui, offers, "RefuseLocalCredential", "refuse-" + id)) {
            if (reason.empty()) f.hint = "ui.green.need_reason";
            else ui.request(app::RunCommand{RefuseLocalCredential{id, {reason}}, [&reason] { reason.clear(); }});
        }
    }
    if (!any) emptyState(ui, state.tr("ui.green.applications_none"));
}

const GreenChannelForm::Answers& askCore(app::AppState& state, GreenChannelForm& f, const Actor& actor) {
    return f.core.get(state, [&] {
        return GreenChannelForm::Answers{publishesSchemes(state.work.state, actor, state.workContext()),
                                         recommendableTalents(state.work.state, actor, state.workContext())};
    });
}

void recommendations(app::AppState& state, Ui& ui, GreenChannelForm& f, const Actor& actor) {
    const auto& recommendable = askCore(state, f, actor).recommendable;
    std::vector<const Recommendation*> made;
    for (const auto& [id, r] : state.work.state.recommendations)
        if (r.window == actor.scope) made.push_back(&r);
    if (recommendable.empty() && made.empty()) return;
    ImGui::Dummy(ImVec2(0, space::kItem));
    heading(ui, state.tr("ui.green.recommend_title"));
    wrappedText(ui, state.tr("ui.green.recommend_about"), 0, colour(Tone::Muted));
    const float width = measureWidth(Measure::Form);
    for (const auto& t : recommendable) {
        ImGui::Separator();
        text(ui, talentName(state, t));
        std::string& note = f.notes[t];
        searchField(ui, ("##recommend-" + t).c_str(), state.tr("ui.green.recommend_hint"), note, width);
        if (button(ui, labelled(state, "workflow.command.RecommendForCard", "recommend-" + t)))
            ui.request(app::RunCommand{RecommendForCard{t, note}, [&note] { note.clear(); }});
    }
    for (const Recommendation* r : made)
        cappedText(ui, r->on.iso() + " · " + talentName(state, r->talent) + " · " + state.tr("ui.green.recommended") + (r->note.empty() ? "" : " · " + r->note), 2, colour(Tone::Muted));
}

} // namespace

void windowGreenChannelScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = windowScreenHead(state, ui, "ui.green.title");
    if (!actor) return;
    GreenChannelForm& f = screenForm<GreenChannelForm>(state, "window_green_channel");
    if (askCore(state, f, *actor).publishes) {
        schemeForm(state, ui, f);
        ImGui::Dummy(ImVec2(0, space::kItem));
        ownSchemes(state, ui, actor->scope);
        ImGui::Dummy(ImVec2(0, space::kItem));
    } else {
        wrappedText(ui, state.tr("ui.green.province_note"), 0, colour(Tone::Muted));
    }
    applications(state, ui, f, *actor);
    recommendations(state, ui, f, *actor);
}

} // namespace huicai::ui
