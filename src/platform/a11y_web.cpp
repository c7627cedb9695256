// The accessibility mirror's side in the page (web/huicai_a11y.js holds the DOM
// work): the frame's nodes go to huicaiMirror(); a press on a mirrored control comes
// back through huicai_a11y_press.
#include "platform/platform.h"

#include <emscripten.h>

#include <functional>
#include <string>

namespace huicai::platform {

namespace {

std::function<void(unsigned)> s_press;

} // namespace

EM_JS(void, huicai_js_a11y, (const char* json), { huicaiMirror(UTF8ToString(json)); });

void publishA11y(const std::string& json) { huicai_js_a11y(json.c_str()); }

void setA11yPressHandler(std::function<void(unsigned)> handler) { s_press = std::move(handler); }

} // namespace huicai::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void huicai_a11y_press(double id) {
    if (huicai::platform::s_press) huicai::platform::s_press(static_cast<unsigned>(id));
}

} // extern "C"
