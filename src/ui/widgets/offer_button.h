// The control of one offer (core/offers.h): a button that can be pressed when the
// offer is ready, and a greyed one with the core's reason under it when it waits on
// a later step (the contract, the expert panel). Screens draw one per offer they get
// from AppState::offersOn and decide nothing themselves.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <string>
#include <string_view>

namespace huicai::ui {

// Draws the offer of `command` in `offers` labelled by the i18n key `labelKey` (by
// default "workflow.command.<command>") with the ImGui id `id`; true when pressed.
// Draws nothing and returns false when `command` is not offered.
bool offerButton(app::AppState& state, Ui& ui, const std::vector<Offer>& offers, std::string_view command,
                 const std::string& id, std::string_view labelKey = {});

} // namespace huicai::ui
