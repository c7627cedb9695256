// The printable page of platform.h: an HTML document opened in a new tab from a blob
// URL (the tab's own print command prints it); when the browser blocks the new tab,
// the page is offered as a download instead.
#include "platform/platform.h"

#include <emscripten/emscripten.h>

EM_JS(void, huicai_js_open_printable, (const char* name, const char* html), {
    var url = URL.createObjectURL(new Blob([UTF8ToString(html)], { type: 'text/html;charset=utf-8' }));
    var tab = window.open(url, '_blank');
    if (!tab) {
        var a = document.createElement('a');
        a.href = url;
        a.download = UTF8ToString(name);
        document.body.appendChild(a);
        a.click();
        a.remove();
    }
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
});

namespace huicai::platform {

void openPrintable(const std::string& fileName, const std::string& html) {
    huicai_js_open_printable(fileName.c_str(), html.c_str());
}

} // namespace huicai::platform
