// Requests: what a screen asks the app to do. Screens append them while drawing; App
// applies them after the frame, so no screen writes to the database or the browser.
#pragma once
#include "app/route.h"

#include <string>
#include <variant>
#include <vector>

namespace huicai::app {

struct Navigate { Route route; };
struct SetLanguage { std::string lang; };
struct ToggleFavourite { std::string code; };
struct ClearLocalData {};

using Request = std::variant<Navigate, SetLanguage, ToggleFavourite, ClearLocalData>;
using Requests = std::vector<Request>;

} // namespace huicai::app
