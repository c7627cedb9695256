// The window's intake desk (#/window/intake): requests that come in through the talent
// service hotline or the "人才山东" website, recorded by the window specialist (channel,
// the talent concerned if known, what is asked), listed newest first in a clipped list
// with a filter, and forwarded to a handling agency of the catalogue, whose specialist
// follows them up and records the answer (S6.2.3 (2)); the state and the answer show
// here once synchronised. Below, the inbox of problems and suggestions raised by
// talents, employer specialists and lower windows that reached this window, or heard
// at the window and recorded here, each passed up to the next-higher window
// (S6.2.1 (4), S6.2.4 (4)).
#include "ui/screens/screens.h"

#include "app/intake_rows.h"
#include "ui/theme.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/intake_view.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <map>

namespace huicai::ui {

namespace {

struct IntakeForm {
    IntakeChannel channel = IntakeChannel::Hotline;
    std::string talent, content;
    std::string filter, selected;
    std::map<std::string, std::string> agencies; // request id → agency chosen
};

std::string channelLabel(const app::AppState& state, IntakeChannel c) {
    return state.tr("workflow.channel." + std::string(enumId(c)));
}

std::string hotlineStateLabel(const app::AppState& state, HotlineState s) {
    return state.tr("workflow.hotline_state." + std::string(enumId(s)));
}

void recordForm(app::AppState& state, Ui& ui, IntakeForm& f) {
    const float width = std::min(ImGui::GetContentRegionAvail().x, 520.0f);
    heading(ui, state.tr("ui.intake.record_title"));
    for (IntakeChannel c : {IntakeChannel::Hotline, IntakeChannel::Website}) {
        if (c != IntakeChannel::Hotline) ImGui::SameLine(0, 4);
        const std::string id = "channel-" + std::string(enumId(c));
        if (tabButton(ui, channelLabel(state, c) + "##" + id, f.channel == c)) f.channel = c;
    }
    talentPicker(state, ui, "##intake-talent", "ui.intake.talent", f.talent, width);
    searchField(ui, "##intake-content", state.tr("ui.intake.content_hint"), f.content, width);
    ImGui::BeginDisabled(f.content.empty());
    if (button(ui, labelled(state, "workflow.command.RecordHotlineRequest", "record-hotline"))) {
        const std::string id = state.work.newId("HL", state.work.state.hotline.size());
        ui.request(app::RunCommand{RecordHotlineRequest{id, f.channel, f.talent, f.content}, [&f] {
                                       f.content.clear();
                                       f.talent.clear();
                                   }});
        f.selected = id;
        f.filter.clear();
    }
    ImGui::EndDisabled();
}

std::string describe(const app::AppState& state, const HotlineRequest& h) {
    std::string d = h.id + " " + channelLabel(state, h.channel) + " " + hotlineStateLabel(state, h.state) + " " + h.content;
    if (!h.talent.empty()) d += " " + h.talent + " " + talentName(state, h.talent);
    if (!h.agency.empty()) d += " " + agencyName(state, h.agency);
    return d + " " + h.resolution;
}

void detail(app::AppState& state, Ui& ui, const HotlineRequest& h, IntakeForm& f) {
    text(ui, h.id + " · " + channelLabel(state, h.channel) + " · " + hotlineStateLabel(state, h.state));
    textColored(ui, colour(Tone::Muted), format(state.tr("ui.intake.recorded_on"), "date", h.recordedOn.iso()));
    if (!h.talent.empty())
        textColored(ui, colour(Tone::Muted), format(state.tr("ui.intake.talent_line"), "name", talentName(state, h.talent) + " · " + h.talent));
    wrappedText(ui, h.content);
    if (h.forwardedOn)
        wrappedText(ui, format(format(state.tr("ui.intake.forwarded"), "date", h.forwardedOn->iso()), "agency", agencyName(state, h.agency)),
                    0, colour(Tone::Muted));
    if (h.state == HotlineState::Forwarded) wrappedText(ui, state.tr("ui.intake.awaiting"), 0, colour(Tone::Muted));
    if (h.state == HotlineState::Resolved)
        wrappedText(ui, format(format(state.tr("ui.intake.resolved"), "date", h.resolvedOn ? h.resolvedOn->iso() : ""), "text", h.resolution),
                    0, colour(Tone::Success));
    if (!findOffer(state.offersOn(recordKey("hotline", h.id)), "ForwardHotlineRequest")) return;
    std::string& agency = f.agencies[h.id];
    agencyPicker(state, ui, ("##agency-" + h.id).c_str(), agency, std::min(ImGui::GetContentRegionAvail().x, 520.0f));
    ImGui::BeginDisabled(agency.empty());
    if (button(ui, labelled(state, "workflow.command.ForwardHotlineRequest", "forward-" + h.id)))
        ui.request(app::RunCommand{ForwardHotlineRequest{h.id, agency}});
    ImGui::EndDisabled();
}

void hotlineList(app::AppState& state, Ui& ui, const std::string& window, IntakeForm& f) {
    const auto rows =
        app::windowHotlines(state.work.state, window, f.filter, [&](const HotlineRequest& h) { return describe(state, h); });
    ImGui::Dummy(ImVec2(0, 8));
    heading(ui, format(state.tr("ui.intake.list_title"), "n", std::to_string(rows.size())));
    searchField(ui, "##intake-filter", state.tr("ui.intake.filter_hint"), f.filter, std::min(ImGui::GetContentRegionAvail().x, 520.0f));
    if (rows.empty()) {
        wrappedText(ui, state.tr("ui.intake.empty"), 0, colour(Tone::Muted));
        return;
    }
    if (rows.size() == 1) f.selected = rows.front()->id;
    auto label = [&](int i) {
        const HotlineRequest& h = *rows[static_cast<size_t>(i)];
        std::string l = h.recordedOn.iso() + " · " + hotlineStateLabel(state, h.state);
        if (!state.narrow) l += " · " + h.id + " · " + channelLabel(state, h.channel);
        if (!h.talent.empty()) l += " · " + talentName(state, h.talent);
        return l + " · " + h.content + "##hotline-" + h.id;
    };
    auto isSelected = [&](int i) { return rows[static_cast<size_t>(i)]->id == f.selected; };
    if (const int hit = pickList("##intake-hotlines", static_cast<int>(rows.size()), state.narrow ? 6 : 8, label, isSelected, ui);
        hit >= 0)
        f.selected = rows[static_cast<size_t>(hit)]->id;
    auto it = std::find_if(rows.begin(), rows.end(), [&](const HotlineRequest* h) { return h->id == f.selected; });
    if (it == rows.end()) {
        wrappedText(ui, state.tr("ui.intake.select_hint"), 0, colour(Tone::Muted));
        return;
    }
    ImGui::Separator();
    detail(state, ui, **it, f);
}

} // namespace

void windowIntakeScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = windowScreenHead(state, ui, "ui.intake.title");
    if (!actor) return;
    IntakeForm& f = screenForm<IntakeForm>(state, "window_intake");
    recordForm(state, ui, f);
    hotlineList(state, ui, actor->scope, f);
    problemInbox(state, ui, actor->scope);
}

} // namespace huicai::ui
