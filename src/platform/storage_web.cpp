// The data folder's databases in the browser: in memory (Emscripten's MEMFS at /data),
// opened through the page VFS (store/page_vfs.h), which records the blocks each
// transaction writes; web/huicai_storage.js loads them from IndexedDB before the app
// starts and, after each commit, writes only the blocks written since in one
// IndexedDB transaction, telling the app when it is durable (StoreChanged).
#include "platform/platform.h"
#include "platform/web_detail.h"
#include "store/page_vfs.h"

#include <emscripten.h>

#include <string>

namespace huicai::platform {

EM_JS(void, huicai_js_persist, (), { huicaiPersist(); });
EM_JS(void, huicai_js_reload_storage, (), { huicaiStorageReload(); });
EM_JS(void, huicai_js_storage_use, (int ask), { huicaiStorageUse(ask !== 0); });

// Every database is opened under the data folder: the VFS is the default before the first.
std::string dataDir() {
    static const int registered = huicai_page_vfs_register(nullptr, 1);
    (void)registered;
    return "/data";
}

void persistStorage() { huicai_js_persist(); }

void reloadStorage() { huicai_js_reload_storage(); }

void queryStorageUse() { huicai_js_storage_use(0); }

void requestPersistence() { huicai_js_storage_use(1); }

} // namespace huicai::platform

extern "C" {

// For web/huicai_storage.js: the blocks of `path` written since the last call (-1: take
// it whole), listed in huicai_storage_blocks(); a file brought in whole; a file deleted.
EMSCRIPTEN_KEEPALIVE int huicai_storage_take(const char* path) { return huicai_page_vfs_take(path); }
EMSCRIPTEN_KEEPALIVE const unsigned* huicai_storage_blocks() { return huicai_page_vfs_blocks(); }
EMSCRIPTEN_KEEPALIVE void huicai_storage_forget(const char* path) { huicai_page_vfs_forget(path); }

// What navigator.storage said: the bytes used and allowed, and whether kept for good.
EMSCRIPTEN_KEEPALIVE void huicai_on_storage_use(double used, double quota, int persisted) {
    huicai::platform::detail::pushEvent({huicai::platform::EventKind::StorageUse, persisted, std::to_string(used), std::to_string(quota)});
}

// The page's side of a take-over (web/huicai_pre.js, huicai_storage.js).
EMSCRIPTEN_KEEPALIVE void huicai_on_take_over(int phase) {
    huicai::platform::detail::pushEvent({huicai::platform::EventKind::TakeOver, phase, {}, {}});
}

} // extern "C"
