// The window's intake desk (#/window/intake): requests that come in through the talent
// service hotline or the "人才山东" website, recorded by the window specialist (channel,
// the talent concerned if known, what is asked), listed newest first as rows with
// their state and a filter, the selected one beside the list on a desk and a page of
// its own on a phone, and forwarded to a handling agency of the catalogue, whose specialist
// follows them up and records the answer (S6.2.3 (2)); the state and the answer show
// here once synchronised. Below, the inbox of problems and suggestions raised by
// talents, employer specialists and lower windows that reached this window, or heard
// at the window and recorded here, each passed up to the next-higher window
// (S6.2.1 (4), S6.2.4 (4)).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "app/intake_rows.h"
#include "ui/theme.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/intake_view.h"
#include "ui/widgets/record_list.h"
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
    const float width = measureWidth(Measure::Form);
    heading(ui, state.tr("ui.intake.record_title"));
    for (IntakeChannel c : {IntakeChannel::Hotline, IntakeChannel::Website}) {
        if (c != IntakeChannel::Hotline) ImGui::SameLine(0, 4);
        const std::string id = "channel-" + std::string(enumId(c));
        if (choiceButton(ui, channelLabel(state, c) + "##" + id, f.channel == c)) f.channel = c;
    }
    talentPicker(state, ui, "##intake-talent", "ui.intake.talent", f.talent, width);
    searchField(ui, "##intake-content", state.tr("ui.intake.content_hint"), f.content, width);
    ImGui::BeginDisabled(f.content.empty());
    if (button(ui, labelled(state, "workflow.command.RecordHotlineRequest", "record-hotline"))) {
        const std::string id = state.work.newId("HL", state.work.state.hotline.size());
        // Once recorded, the new request is the one shown (on a phone, as its own page).
        ui.request(app::RunCommand{RecordHotlineRequest{id, f.channel, f.talent, f.content}, [&f, id] {
                                       f.content.clear();
                                       f.talent.clear();
                                       f.selected = id;
                                   }});
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
    agencyPicker(state, ui, ("##agency-" + h.id).c_str(), agency, measureWidth(Measure::Form));
    ImGui::BeginDisabled(agency.empty());
    if (button(ui, labelled(state, "workflow.command.ForwardHotlineRequest", "forward-" + h.id)))
        ui.request(app::RunCommand{ForwardHotlineRequest{h.id, agency}});
    ImGui::EndDisabled();
}

RecordRow hotlineRow(const app::AppState& state, const HotlineRequest& h) {
    RecordRow row{h.id, h.content};
    const Tone tone = h.state == HotlineState::Resolved ? Tone::Success : h.state == HotlineState::Recorded ? Tone::Warning
                                                                                                            : Tone::Muted;
    row.chip = {hotlineStateLabel(state, h.state), tone, Icon::None};
    row.facts = h.id + " · " + channelLabel(state, h.channel);
    if (!h.talent.empty()) row.facts += " · " + talentName(state, h.talent);
    row.trailing = h.recordedOn.iso();
    return row;
}

// The requests, newest first, as rows with their state; the selected one beside them
// on a desk, a page of its own on a phone.
void hotlineList(app::AppState& state, Ui& ui, const std::string& window, IntakeForm& f) {
    const auto rows =
        app::windowHotlines(state.work.state, window, f.filter, [&](const HotlineRequest& h) { return describe(state, h); });
    auto find = [&] { return std::find_if(rows.begin(), rows.end(), [&](const HotlineRequest* h) { return h->id == f.selected; }); };
    keepSelection(state, f.selected, find() != rows.end(), rows.empty() ? std::string() : rows.front()->id);
    const bool page = state.narrow && !f.selected.empty();
    if (!page) {
        ImGui::Dummy(ImVec2(0, space::kItem));
        heading(ui, format(state.tr("ui.intake.list_title"), "n", std::to_string(rows.size())));
        searchField(ui, "##intake-filter", state.tr("ui.intake.filter_hint"), f.filter, measureWidth(Measure::Form));
    }
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.intake.empty"));
        return;
    }
    masterDetail(
        state, ui, "##intake-desk", f.selected, "ui.intake.select_hint",
        [&] {
            auto row = [&](int i) { return hotlineRow(state, *rows[static_cast<size_t>(i)]); };
            auto isSelected = [&](int i) { return rows[static_cast<size_t>(i)]->id == f.selected; };
            if (const int hit = recordList(ui, "##intake-hotlines", static_cast<int>(rows.size()), state.narrow ? 6 : 8, row, isSelected);
                hit >= 0)
                f.selected = rows[static_cast<size_t>(hit)]->id;
        },
        [&] {
            if (auto it = find(); it != rows.end()) detail(state, ui, **it, f);
        });
}

} // namespace

void windowIntakeScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = windowScreenHead(state, ui, "ui.intake.title");
    if (!actor) return;
    IntakeForm& f = screenForm<IntakeForm>(state, "window_intake");
    // On a phone an open request is a page of its own.
    const bool page = state.narrow && !f.selected.empty();
    if (!page) recordForm(state, ui, f);
    hotlineList(state, ui, actor->scope, f);
    if (!page) problemInbox(state, ui, actor->scope);
}

} // namespace huicai::ui
