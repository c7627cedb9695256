// GET /api/v1/health: whether the server and its database are sound, for monitors
// and for the web app before it syncs. 200 with
//   {"status":"ok","version":"0.1.0","protocol":1,"schema":N,"database":"ok","base_url":"…"}
// (base_url the --base-url the server was started with, "" when none)
// or 503 with status "degraded" and database "error" when SQLite's
// integrity_check finds damage.
#pragma once
#include "shared_database.h"

#include <nlohmann/json.hpp>

#include <string>

namespace huicai::serve {

class ApiRouter;

// The health report and whether everything is sound.
struct Health {
    nlohmann::json body;
    bool ok = false;
};

Health checkHealth(const store::Database& db);

void addHealthRoute(ApiRouter& router, SharedDatabase& db, std::string baseUrl);

} // namespace huicai::serve
