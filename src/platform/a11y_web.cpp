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

// A fault in the mirror must not stop the frame that called it (the app would stop
// taking input): it is thrown again outside the frame, where the page reports it.
EM_JS(void, huicai_js_a11y, (const char* json), {
    try {
        huicaiMirror(UTF8ToString(json));
    } catch (e) {
        setTimeout(function() { throw e; });
    }
});

void publishA11y(const std::string& json) { huicai_js_a11y(json.c_str()); }

void setA11yPressHandler(std::function<void(unsigned)> handler) { s_press = std::move(handler); }

} // namespace huicai::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void huicai_a11y_press(double id) {
    if (huicai::platform::s_press) huicai::platform::s_press(static_cast<unsigned>(id));
}

} // extern "C"
