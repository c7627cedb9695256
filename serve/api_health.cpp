// Implements the health report and its route.
#include "api_health.h"

#include "api_router.h"
#include "responses.h"
#include "sync/protocol.h"

#include "huicai_version.h"

#include <httplib.h>

namespace huicai::serve {

Health checkHealth(const store::Database& db) {
    const bool ok = db.integrityCheck() == "ok";
    return Health{
        {{"status", ok ? "ok" : "degraded"},
         {"version", HUICAI_VERSION},
         {"protocol", sync::kProtocolVersion},
         {"schema", db.schemaVersion()},
         {"database", ok ? "ok" : "error"}},
        ok};
}

void addHealthRoute(ApiRouter& router, SharedDatabase& db, std::string baseUrl) {
    router.add("GET", "/api/v1/health", [&db, baseUrl](const httplib::Request&, httplib::Response& res) {
        Health h = db.with([](const store::Database& d) { return checkHealth(d); });
        h.body["base_url"] = baseUrl;
        setJson(res, h.ok ? 200 : 503, h.body);
    });
}

} // namespace huicai::serve
