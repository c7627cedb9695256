// Pieces the green-channel screens share (S5.2): a local credential scheme's facts
// and one line of a credential application's state.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <string>

namespace huicai::ui {

// The scheme's name and window, requirements, procedure, time limit and services.
void localSchemeFacts(app::AppState& state, Ui& ui, const LocalScheme& scheme);
// "Applied 2026-11-02 · due 2026-11-16", "Issued 2026-11-05 · No. 370102-000001",
// "Refused 2026-11-05 · <reasons>".
std::string localCredentialLine(app::AppState& state, const LocalCredential& credential);

} // namespace huicai::ui
