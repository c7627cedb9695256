// The page's services for the app: URL hash, online and server state, the
// read-only flag from the Web Lock (the data folder is storage_web.cpp's), the full font download, and window.huicai, which
// mirrors the app's state for the page and the browser tests.
#include "platform/platform.h"
#include "platform/web_detail.h"

#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <utility>

namespace huicai::platform {

namespace {

std::vector<Event> s_events;
std::function<std::string(Query)> s_query;
std::string s_queryResult;

void push(Event e) { detail::pushEvent(std::move(e)); }

std::string takeString(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}

} // namespace

EM_JS(char*, huicai_js_string, (int which), {
    var v = "";
    if (which === 0) v = location.hash;
    else if (which === 1) v = navigator.language || "";
    var n = lengthBytesUTF8(v) + 1;
    var p = _malloc(n);
    stringToUTF8(v, p, n);
    return p;
});
// Bit 64, no map: the benchmark's baseline (?map=0), or a WebGL 1 context (the map's
// shaders need WebGL 2).
EM_JS(int, huicai_js_flags, (), {
    var apple = /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent || "");
    return (HC.online ? 1 : 0) | (HC.readOnly ? 2 : 0) | (HC.storageOk ? 4 : 0) | (HC.testMap ? 8 : 0) | (apple ? 16 : 0) |
           (HC.noMirror ? 32 : 0) | (HC.noMap || huicai.webgl < 2 ? 64 : 0);
});
EM_JS(int, huicai_js_bench_queue, (), {
    var p = new URLSearchParams(location.search);
    if (p.get('bench') !== 'queue') return 0;
    var n = parseInt(p.get('n') || '100000', 10);
    return n > 0 ? Math.min(n, 1000000) : 0;
});
EM_JS(void, huicai_js_live, (), {
    if (HC.live) return;
    HC.live = true;
    huicaiStoreFlush();
    if (HC.server >= 0) Module["_huicai_on_network"](HC.online ? 1 : 0, HC.server);
});
EM_JS(void, huicai_js_set_hash, (const char* hash, int push), {
    var h = UTF8ToString(hash);
    if (location.hash === h) return;
    if (push) location.hash = h;
    else history.replaceState(history.state, "", h);
});
EM_JS(void, huicai_js_publish, (const char* route, const char* lang, int readOnly), {
    huicai.route = UTF8ToString(route);
    huicai.lang = UTF8ToString(lang);
    huicai.readOnly = !!readOnly;
});
EM_JS(void, huicai_js_frame, (int n), { huicai.frames = n; });
EM_JS(void, huicai_js_ready, (), {
    if (huicai.ready) return;
    huicai.ready = true;
    huicai.readyAt = performance.now();
    document.body.classList.add('ready');
});
EM_JS(void, huicai_js_mark, (const char* name), { performance.mark('huicai:' + UTF8ToString(name)); });
EM_JS(void, huicai_js_doc_lang, (const char* lang, const char* title), {
    document.documentElement.lang = UTF8ToString(lang);
    document.title = UTF8ToString(title);
    try { localStorage.setItem('huicai.lang', document.documentElement.lang); } catch (e) {} // the next start's tables
});
EM_JS(void, huicai_js_fetch_language, (const char* lang), {
    var l = UTF8ToString(lang);
    huicaiFetchLanguage(l).then(function(bundle) { huicaiWriteLanguage(bundle); return 1; },
                                function() { HC.i18n[l] = null; return 0; }).then(function(ok) {
        if (HC.live) Module['ccall']('huicai_on_language', null, ['number', 'string'], [ok, l]);
    });
});
// file: 0 the rest of GB2312 (common), 1 the full face.
EM_JS(void, huicai_js_fetch_font, (int file), {
    HC.fontFetching = HC.fontFetching || {};
    if (HC.fontFetching[file]) return;
    HC.fontFetching[file] = true;
    var url = file == 0 ? huicaiFiles.commonFont : huicaiFiles.fullFont;
    var name = file == 0 ? 'common' : 'full';
    var path = '/fonts/' + name + (file == 0 ? '.ttf' : '.ttc');
    var done = function(ok) {
        HC.fontFetching[file] = false;
        if (HC.live) Module['ccall']('huicai_on_font', null, ['number', 'string', 'string'], [ok ? 1 : 0, path, name]);
    };
    if (!url) return done(false);
    fetch(url).then(function(r) { return r.ok ? r.arrayBuffer() : Promise.reject(r.status); }).then(function(buf) {
        try { FS.mkdir('/fonts'); } catch (e) {}
        FS.writeFile(path, new Uint8Array(buf));
        done(true);
    }, function() { done(false); });
});

void detail::pushEvent(Event e) {
    s_events.push_back(std::move(e));
    requestFrames(3);
}

std::vector<Event> pollEvents() { return std::exchange(s_events, {}); }

PageInfo pageInfo() {
    PageInfo p;
    p.hash = takeString(huicai_js_string(0));
    p.browserLanguage = takeString(huicai_js_string(1));
    const int f = huicai_js_flags();
    p.online = (f & 1) != 0;
    p.readOnly = (f & 2) != 0;
    p.storageOk = (f & 4) != 0;
    p.testMap = (f & 8) != 0;
    p.apple = (f & 16) != 0;
    p.mirror = (f & 32) == 0;
    p.gpuMap = (f & 64) == 0;
    p.benchQueue = huicai_js_bench_queue();
    return p;
}

// Packed into huicai.data and mounted here by the Emscripten file system.
std::string assetsDir() { return "/assets"; }

void setHash(const std::string& hash, bool push) { huicai_js_set_hash(hash.c_str(), push ? 1 : 0); }

void publishState(const std::string& route, const std::string& lang, bool readOnly) {
    huicai_js_publish(route.c_str(), lang.c_str(), readOnly ? 1 : 0);
}

void publishFrame(int renderedFrames) { huicai_js_frame(renderedFrames); }

void markMoment(const char* name) { huicai_js_mark(name); }

void publishReady() {
    huicai_js_live();
    huicai_js_ready();
}

void setDocumentLanguage(const std::string& lang, const std::string& title) {
    huicai_js_doc_lang(lang.c_str(), title.c_str());
}

void fetchFont(FontFile file) { huicai_js_fetch_font(file == FontFile::Common ? 0 : 1); }

void fetchLanguage(const std::string& lang) { huicai_js_fetch_language(lang.c_str()); }

void setQueryHandler(std::function<std::string(Query)> handler) {
    s_query = std::move(handler);
    huicai_js_live();
}

} // namespace huicai::platform

using huicai::platform::Event;
using huicai::platform::EventKind;

extern "C" {

EMSCRIPTEN_KEEPALIVE void huicai_on_hash(const char* hash) {
    huicai::platform::push(Event{EventKind::HashChanged, 0, hash ? hash : ""});
}

// online: navigator.onLine; server: 1 reachable, 0 unreachable, -1 not known yet.
EMSCRIPTEN_KEEPALIVE void huicai_on_network(int online, int server) {
    huicai::platform::push(Event{EventKind::OnlineChanged, online, {}});
    if (server >= 0) huicai::platform::push(Event{EventKind::ServerChanged, server, {}});
}

EMSCRIPTEN_KEEPALIVE void huicai_on_store(int state) {
    huicai::platform::push(Event{EventKind::StoreChanged, state, {}});
}

EMSCRIPTEN_KEEPALIVE void huicai_on_font(int ok, const char* path, const char* file) {
    huicai::platform::push(Event{EventKind::FontLoaded, ok, path ? path : "", file ? file : ""});
}

EMSCRIPTEN_KEEPALIVE void huicai_on_language(int ok, const char* lang) {
    huicai::platform::push(Event{EventKind::LanguageLoaded, ok, lang ? lang : "", {}});
}

// 0 widgets, 1 visible texts, 2 catalogue rows, 3 headings, 4 routes ({hash, role}),
// 5 text styles ([text, style, em]):
// a JSON array, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* huicai_query(int which) {
    using huicai::platform::Query;
    auto& out = huicai::platform::s_queryResult;
    out = huicai::platform::s_query ? huicai::platform::s_query(static_cast<Query>(which)) : "[]";
    return out.c_str();
}

} // extern "C"
