// The page's side of attachments: a hidden <input type=file> opened within the user's
// gesture (an armed pointerup on the canvas, or a button press shortly after one),
// the chosen files read and hashed with WebCrypto and handed to the app as
// PickedFile values; binary request bodies for chunk uploads; and downloads, both of
// bytes the app holds and of a file fetched with the session's bearer token.
#include "platform/platform.h"

#include <emscripten.h>

#include <cstdlib>
#include <string>
#include <utility>

namespace huicai::platform {

namespace {
std::vector<PickedFile> s_picked;
int s_nextFileId = 1'000'000; // above the ids of httpSend
} // namespace

EM_JS(void, huicai_js_files_init, (), {
    if (HC.files) return;
    HC.files = { armed: 0, max: 0, armedOpenedAt: 0 };
    Module['canvas'].addEventListener('pointerup', function () {
        if (!HC.files.armed) return;
        HC.files.armedOpenedAt = Date.now();
        huicaiOpenPicker(HC.files.armed, HC.files.max);
    });
    window.huicaiOpenPicker = function (picker, max, csv) {
        var input = document.createElement('input');
        input.type = 'file';
        input.accept = csv ? '.csv,text/csv' : '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
        input.multiple = !csv;
        input.style.display = 'none';
        document.body.appendChild(input);
        input.addEventListener('change', function () {
            var files = Array.prototype.slice.call(input.files || []);
            input.remove();
            files.forEach(function (f) { huicaiReadPicked(picker, max, f); });
        });
        input.click();
    };
    window.huicaiReadPicked = function (picker, max, f) {
        var deliver = function (bytes, hex, status) {
            if (!HC.live) return;
            var n = bytes ? bytes.length : 0;
            var ptr = _malloc(Math.max(1, n));
            if (n) HEAPU8.set(bytes, ptr);
            Module['ccall']('huicai_on_file', null, ['number', 'string', 'number', 'number', 'number', 'string', 'number'],
                            [picker, f.name, f.size, ptr, n, hex, status]);
            _free(ptr);
        };
        if (f.size > max) { deliver(null, "", 1); return; }
        f.arrayBuffer().then(function (buf) {
            var bytes = new Uint8Array(buf);
            if (!(window.crypto && crypto.subtle)) { deliver(bytes, "", 0); return; }
            return crypto.subtle.digest('SHA-256', buf).then(function (d) {
                var hex = Array.prototype.map.call(new Uint8Array(d), function (x) {
                    return (x < 16 ? "0" : "") + x.toString(16);
                }).join("");
                deliver(bytes, hex, 0);
            });
        }).catch(function () { deliver(null, "", 2); });
    };
});
EM_JS(void, huicai_js_arm_picker, (int picker, double max), {
    HC.files.armed = picker;
    HC.files.max = max;
});
EM_JS(void, huicai_js_open_picker, (int picker, double max, int csv), {
    // The armed pointerup of the same click opened it already; a picker opened any
    // other way does not keep the next one from opening.
    if (Date.now() - HC.files.armedOpenedAt < 1500) return;
    huicaiOpenPicker(picker, max, csv);
});
EM_JS(void, huicai_js_fetch_bytes, (int id, const char* method, const char* path, const char* data, int size, const char* token), {
    var init = { method: UTF8ToString(method), headers: { 'Content-Type': 'application/octet-stream' },
                 cache: 'no-store', credentials: 'same-origin', body: HEAPU8.slice(data, data + size) };
    var t = UTF8ToString(token);
    if (t) init.headers['Authorization'] = 'Bearer ' + t;
    var done = function (status, text) {
        if (HC.live) Module['ccall']('huicai_on_http', null, ['number', 'number', 'string'], [id, status, text]);
    };
    fetch(UTF8ToString(path), init).then(function (r) {
        return r.text().then(function (text) { done(r.status, text); });
    }).catch(function () { done(0, ""); });
});
EM_JS(void, huicai_js_download_file, (int id, const char* path, const char* token, const char* name), {
    var headers = {};
    var t = UTF8ToString(token);
    if (t) headers['Authorization'] = 'Bearer ' + t;
    var fileName = UTF8ToString(name);
    var done = function (status, text) {
        if (HC.live) Module['ccall']('huicai_on_http', null, ['number', 'number', 'string'], [id, status, text]);
    };
    fetch(UTF8ToString(path), { headers: headers, cache: 'no-store', credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) return r.text().then(function (text) { done(r.status, text); });
        return r.blob().then(function (blob) {
            var ext = { "application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png" }[blob.type] || "";
            huicaiSaveBlob(blob, fileName.indexOf('.') < 0 ? fileName + ext : fileName);
            done(r.status, "");
        });
    }).catch(function () { done(0, ""); });
});
EM_JS(void, huicai_js_download_bytes, (const char* name, const char* mime, const char* data, int size), {
    huicaiSaveBlob(new Blob([HEAPU8.slice(data, data + size)], { type: UTF8ToString(mime) }), UTF8ToString(name));
});

void armFilePicker(int picker, std::uint64_t maxBytes) {
    huicai_js_files_init();
    huicai_js_arm_picker(picker, static_cast<double>(maxBytes));
}

void openFilePicker(int picker, std::uint64_t maxBytes, FileKinds kinds) {
    huicai_js_files_init();
    huicai_js_open_picker(picker, static_cast<double>(maxBytes), kinds == FileKinds::Csv ? 1 : 0);
}

std::vector<PickedFile> takePickedFiles() { return std::exchange(s_picked, {}); }

int httpSendBytes(const std::string& method, const std::string& path, const std::string& bytes, const std::string& token) {
    const int id = s_nextFileId++;
    huicai_js_fetch_bytes(id, method.c_str(), path.c_str(), bytes.data(), static_cast<int>(bytes.size()), token.c_str());
    return id;
}

int downloadFile(const std::string& path, const std::string& token, const std::string& fileName) {
    const int id = s_nextFileId++;
    huicai_js_download_file(id, path.c_str(), token.c_str(), fileName.c_str());
    return id;
}

void downloadBytes(const std::string& fileName, const std::string& mime, const std::string& bytes) {
    huicai_js_download_bytes(fileName.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

} // namespace huicai::platform

extern "C" {

void huicai_tick(); // net_web.cpp

EMSCRIPTEN_KEEPALIVE void huicai_on_file(int picker, const char* name, double size, const char* data, int n, const char* hex,
                                         int status) {
    huicai::platform::PickedFile f;
    f.picker = picker;
    f.name = name ? name : "";
    f.size = static_cast<std::uint64_t>(size);
    f.tooLarge = status == 1;
    if (n > 0) f.bytes.assign(data, static_cast<std::size_t>(n));
    f.sha256 = hex ? hex : "";
    huicai::platform::s_picked.push_back(std::move(f));
    huicai::platform::requestFrames(2); // the next frame takes it, also where no tick handler is set
    huicai_tick();
}

} // extern "C"
