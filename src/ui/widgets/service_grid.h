// A grid of service tiles: each item's icon over its name, a tap opens the item
// (#/catalog/<code>) with how to get it; a last tile opens all of the talent's
// services (#/services), the city's and county's stacked ones too. The widget map
// knows each tile by the item's name.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

#include <string>
#include <vector>

namespace huicai::ui {

// The tiles of `codes` in rows as wide as `width`: three on a phone, five on a desk.
void serviceGrid(app::AppState& state, Ui& ui, const std::vector<std::string>& codes, float width);

} // namespace huicai::ui
