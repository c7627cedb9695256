// Implements the sync API routes over SyncService.
#include "api_sync.h"

#include "api_router.h"
#include "responses.h"
#include "sync_service.h"

#include <httplib.h>

namespace huicai::serve {

void sendReply(httplib::Response& res, const Reply& r) {
    setJson(res, r.status, r.body);
    if (r.retryAfter > 0) res.set_header("Retry-After", std::to_string(r.retryAfter));
}

void addSyncRoutes(ApiRouter& router, SyncService& sync) {
    router.add("POST", "/api/v1/session", [&sync](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, sync.login(req.body, req.remote_addr, sync.now()));
    });
    router.add("DELETE", "/api/v1/session", [&sync](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, sync.logout(req.get_header_value("Authorization")));
    });
    router.add("POST", "/api/v1/push", [&sync](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, sync.push(req.get_header_value("Authorization"), req.body, sync.now()));
    });
    router.add("POST", "/api/v1/reveal", [&sync](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, sync.reveal(req.get_header_value("Authorization"), req.body, sync.now()));
    });
    router.add("POST", "/api/v1/pull", [&sync](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, sync.pull(req.get_header_value("Authorization"), req.body, sync.now()));
    });
}

} // namespace huicai::serve
