// The page's network, timers, clock, randomness and downloads for the app: fetch()
// on the page's origin with the bearer token, setTimeout wake-ups and a 30-second
// background tick (web/huicai_pre.js), all of which call the app's tick handler
// outside the frame loop, so a sync that changes nothing draws nothing.
#include "platform/platform.h"

#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <utility>

namespace huicai::platform {

namespace {

std::vector<HttpReply> s_replies;
std::function<void()> s_tick;
int s_nextRequestId = 1;

} // namespace

EM_JS(void, huicai_js_fetch, (int id, const char* method, const char* path, const char* body, const char* token), {
    var init = { method: UTF8ToString(method), headers: { 'Content-Type': 'application/json' },
                 cache: 'no-store', credentials: 'same-origin' };
    var t = UTF8ToString(token);
    if (t) init.headers['Authorization'] = 'Bearer ' + t;
    var b = UTF8ToString(body);
    if (b && init.method !== 'GET' && init.method !== 'HEAD') init.body = b;
    // A request that never answers (a stalled mobile network, a proxy) is given up
    // after 45 s and reported like an unreachable server, so the sync pump backs off
    // and retries instead of showing 正在同步… for ever.
    var abort = typeof AbortController === 'function' ? new AbortController() : null;
    if (abort) init.signal = abort.signal;
    var timer = abort ? setTimeout(function () { abort.abort(); }, 45000) : 0;
    var answered = false;
    var done = function (status, text) {
        if (answered) return;
        answered = true;
        if (timer) clearTimeout(timer);
        if (HC.live) Module['ccall']('huicai_on_http', null, ['number', 'number', 'string'], [id, status, text]);
    };
    fetch(UTF8ToString(path), init).then(function (r) {
        return r.text().then(function (text) { done(r.status, text); });
    }).catch(function () { done(0, ""); });
});
EM_JS(void, huicai_js_wake_after, (int ms), {
    if (HC.wakeTimer) clearTimeout(HC.wakeTimer);
    HC.wakeTimer = setTimeout(function () { HC.wakeTimer = 0; if (HC.live) Module['_huicai_tick'](); }, ms);
});
EM_JS(double, huicai_js_now, (), { return Date.now(); });
EM_JS(char*, huicai_js_today, (), {
    var d = new Date();
    var p = function (n) { return (n < 10 ? "0" : "") + n; };
    var v = d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate());
    var n = lengthBytesUTF8(v) + 1, ptr = _malloc(n);
    stringToUTF8(v, ptr, n);
    return ptr;
});
EM_JS(char*, huicai_js_random_hex, (int bytes), {
    var a = new Uint8Array(bytes);
    crypto.getRandomValues(a);
    var v = Array.prototype.map.call(a, function (x) { return (x < 16 ? "0" : "") + x.toString(16); }).join("");
    var n = lengthBytesUTF8(v) + 1, ptr = _malloc(n);
    stringToUTF8(v, ptr, n);
    return ptr;
});
// The bytes as they are: decoding them as a string would drop a leading BOM.
EM_JS(void, huicai_js_download, (const char* name, const char* mime, const char* data, int size), {
    huicaiSaveBlob(new Blob([HEAPU8.slice(data, data + size)], { type: UTF8ToString(mime) }), UTF8ToString(name));
});

namespace {
std::string take(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}
} // namespace

int httpSend(const std::string& method, const std::string& path, const std::string& body, const std::string& token) {
    const int id = s_nextRequestId++;
    huicai_js_fetch(id, method.c_str(), path.c_str(), body.c_str(), token.c_str());
    return id;
}

std::vector<HttpReply> takeHttpReplies() { return std::exchange(s_replies, {}); }

void setTickHandler(std::function<void()> tick) { s_tick = std::move(tick); }

void wakeAfter(int ms) { huicai_js_wake_after(ms < 0 ? 0 : ms); }

std::int64_t nowMs() { return static_cast<std::int64_t>(huicai_js_now()); }

std::string localDateIso() { return take(huicai_js_today()); }

std::string randomHex(int bytes) { return take(huicai_js_random_hex(bytes)); }

void downloadText(const std::string& fileName, const std::string& mime, const std::string& text) {
    huicai_js_download(fileName.c_str(), mime.c_str(), text.data(), int(text.size()));
}

} // namespace huicai::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void huicai_on_http(int id, int status, const char* body) {
    huicai::platform::s_replies.push_back({id, status, body ? body : ""});
    if (huicai::platform::s_tick) huicai::platform::s_tick();
}

EMSCRIPTEN_KEEPALIVE void huicai_tick() {
    if (huicai::platform::s_tick) huicai::platform::s_tick();
}

} // extern "C"
