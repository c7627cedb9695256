// Implements the sync API routes over SyncService.
#include "api_sync.h"

#include "api_router.h"
#include "responses.h"
#include "sync_service.h"

#include <httplib.h>

#include <ctime>

namespace huicai::serve {

namespace {
std::int64_t unixNow() { return static_cast<std::int64_t>(std::time(nullptr)); }
void send(httplib::Response& res, const Reply& r) { setJson(res, r.status, r.body); }
} // namespace

void addSyncRoutes(ApiRouter& router, SyncService& sync) {
    router.add("POST", "/api/v1/session", [&sync](const httplib::Request& req, httplib::Response& res) {
        send(res, sync.login(req.body, unixNow()));
    });
    router.add("DELETE", "/api/v1/session", [&sync](const httplib::Request& req, httplib::Response& res) {
        send(res, sync.logout(req.get_header_value("Authorization")));
    });
    router.add("POST", "/api/v1/push", [&sync](const httplib::Request& req, httplib::Response& res) {
        send(res, sync.push(req.get_header_value("Authorization"), req.body, unixNow()));
    });
    router.add("POST", "/api/v1/reveal", [&sync](const httplib::Request& req, httplib::Response& res) {
        send(res, sync.reveal(req.get_header_value("Authorization"), req.body, unixNow()));
    });
    router.add("POST", "/api/v1/pull", [&sync](const httplib::Request& req, httplib::Response& res) {
        send(res, sync.pull(req.get_header_value("Authorization"), req.body, unixNow()));
    });
}

} // namespace huicai::serve
