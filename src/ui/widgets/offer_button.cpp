// Implements offerButton: ready, waiting (greyed, with the reason) or absent.
#include "ui/widgets/offer_button.h"

#include "ui/theme.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

namespace huicai::ui {

bool offerButton(app::AppState& state, Ui& ui, const std::vector<Offer>& offers, std::string_view command,
                 const std::string& id, std::string_view labelKey) {
    const Offer* offer = findOffer(offers, command);
    if (!offer) return false;
    const std::string key = labelKey.empty() ? "workflow.command." + std::string(command) : std::string(labelKey);
    if (offer->ready()) return button(ui, labelled(state, key, id));
    ImGui::BeginDisabled();
    button(ui, labelled(state, key, id));
    ImGui::EndDisabled();
    wrappedText(ui, state.errorText(offer->waitingOn, offer->waitingDetail), 0, colour(Tone::Muted));
    return false;
}

} // namespace huicai::ui
