// Requests: what a screen asks the app to do. Screens append them while drawing; App
// applies them after the frame, so no screen writes to the database or the browser.
#pragma once
#include "app/route.h"
#include "core/command.h"

#include <string>
#include <variant>
#include <vector>

namespace huicai::app {

struct Navigate { Route route; };
struct SetLanguage { std::string lang; };
struct ToggleFavourite { std::string code; };
struct ClearLocalData {};
// Demo mode: run a command as the current demo actor; act as another seed actor
// (and open that role's screen unless `stay`); start the demo over from the seed.
struct DemoCommand { Payload payload; };
struct SetDemoRole { std::string alias; bool stay = false; };
struct ResetDemo {};

using Request = std::variant<Navigate, SetLanguage, ToggleFavourite, ClearLocalData, DemoCommand, SetDemoRole, ResetDemo>;
using Requests = std::vector<Request>;

} // namespace huicai::app
