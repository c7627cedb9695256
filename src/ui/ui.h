// Ui: the services a screen draws with, besides the AppState it is given: the font set
// (to report the characters it draws), the widget map of the browser tests, and the
// request queue that App applies after the frame.
#pragma once
#include "app/requests.h"
#include "ui/fonts.h"
#include "ui/widget_map.h"

namespace huicai::ui {

struct Ui {
    FontSet& fonts;
    WidgetMap& map;
    app::Requests& requests;

    void request(app::Request r) { requests.push_back(std::move(r)); }
};

} // namespace huicai::ui
