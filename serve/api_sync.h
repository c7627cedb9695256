// The sync API routes: POST/DELETE /api/v1/session, POST /api/v1/push,
// POST /api/v1/pull and POST /api/v1/reveal, answered by a SyncService with the
// current Unix time.
#pragma once

namespace huicai::serve {

class ApiRouter;
class SyncService;

void addSyncRoutes(ApiRouter& router, SyncService& sync);

} // namespace huicai::serve
