// What App does for the archive screen's exports: computes the acting window's archive
// for the asked quarter and hands it to the browser as a CSV download or a printable
// page (platform.h). A failure is shown as the workspace's command error.
#pragma once
#include "app/app_state.h"
#include "app/requests.h"

namespace huicai::app {

void exportArchive(AppState& state, const ExportArchive& request);

} // namespace huicai::app
