// The accessibility mirror's side in the page (web/huicai_a11y.js holds the DOM
// work): the frame's nodes go to huicaiMirror(); a press on a mirrored control comes
// back through huicai_a11y_press, and what the sign-in form's real fields hold through
// huicai_credential.
#include "platform/platform.h"
#include "platform/web_detail.h"

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

EM_JS(void, huicai_js_focus_credential, (const char* key), { huicaiCredentialFocus(UTF8ToString(key)); });

void focusCredential(const std::string& key) { huicai_js_focus_credential(key.c_str()); }

} // namespace huicai::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void huicai_a11y_press(double id) {
    if (huicai::platform::s_press) huicai::platform::s_press(static_cast<unsigned>(id));
}

// The sign-in form's fields (kind 0: input, 1: focus, 2: submit), from the page's events.
EMSCRIPTEN_KEEPALIVE void huicai_credential(int kind, const char* key, const char* value, int caret) {
    using huicai::platform::EventKind;
    const EventKind k = kind == 0 ? EventKind::CredentialInput : kind == 1 ? EventKind::CredentialFocus : EventKind::CredentialSubmit;
    huicai::platform::detail::pushEvent({k, caret, key ? key : "", value ? value : ""});
}

} // extern "C"
