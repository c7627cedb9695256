// How a catalogue item's facts read in the current language: its name, the way it is
// obtained, its departments and agencies, and its promised time limit.
#pragma once
#include "app/app_state.h"

#include <string>

namespace huicai::ui {

const std::string& itemName(const app::AppState& s, const ServiceItem& item);
const std::string& itemOtherName(const app::AppState& s, const ServiceItem& item);
const std::string& itemDescription(const app::AppState& s, const ServiceItem& item);
std::string modeText(const app::AppState& s, ObtainMode mode);
std::string departmentsText(const app::AppState& s, const ServiceItem& item);
std::string agenciesText(const app::AppState& s, const ServiceItem& item);
std::string timeLimitText(const app::AppState& s, const ServiceItem& item);

} // namespace huicai::ui
