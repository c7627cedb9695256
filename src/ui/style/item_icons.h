// The icon of each service item of Annex A, for the talent's grid of services.
#pragma once
#include "ui/style/icons.h"

#include <string_view>

namespace huicai::ui {

// The icon of item `code` ("A1" … "A30"); Icon::More for another code.
Icon itemIcon(std::string_view code);

} // namespace huicai::ui
