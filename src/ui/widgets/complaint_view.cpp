// Implements the complaint items of complaint_view.h.
#include "ui/widgets/complaint_view.h"

#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/item_facts.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

void agencyResponses(app::AppState& state, Ui& ui, const ComplaintItem& c) {
    for (const auto& r : c.agencyResponses)
        cappedText(ui, format(format(state.tr("ui.complaint.agency_line"), "agency", agencyName(state, r.agency)), "text", r.text), 2,
                   colour(Tone::Success));
}

void complaintsToAnswer(app::AppState& state, Ui& ui, const std::function<bool(const ComplaintItem&)>& concerns,
                        const char* titleKey) {
    bool any = false;
    for (const auto& [id, c] : state.work.state.complaints) {
        if (!concerns(c)) continue;
        if (!any) {
            ImGui::Dummy(ImVec2(0, space::kItem));
            heading(ui, state.tr(titleKey));
            any = true;
        }
        ImGui::Separator();
        text(ui, c.flaggedOn.iso() + " · " + itemName(state, c.item) + " · " + regionName(state, c.window));
        wrappedText(ui, format(countText(state.i18n, "ui.complaint.summary_line", "count", c.complaints), "text", c.summary));
        textColored(ui, c.state == ComplaintState::Flagged ? colour(Tone::Warning) : colour(Tone::Muted),
                    state.tr("workflow.complaint_state." + std::string(enumId(c.state))));
        if (!c.response.empty()) wrappedText(ui, format(state.tr("ui.complaint.response_line"), "text", c.response), 0, colour(Tone::Success));
        agencyResponses(state, ui, c);
        const auto& offers = state.offersOn(recordKey("complaint", id));
        if (!findOffer(offers, "RespondToComplaint")) continue;
        std::string& response = serviceField(state, "complaint-" + id);
        searchField(ui, ("##complaint-response-" + id).c_str(), state.tr("ui.complaint.response_hint"), response,
                    measureWidth(Measure::Form));
        if (offerButton(state, ui, offers, "RespondToComplaint", "respond-" + id))
            ui.request(app::RunCommand{RespondToComplaint{id, response}, [&response] { response.clear(); }});
    }
}

} // namespace huicai::ui
