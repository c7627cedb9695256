// The sync API routes: POST/DELETE /api/v1/session, POST /api/v1/push,
// POST /api/v1/pull and POST /api/v1/reveal, answered by a SyncService at its clock
// (SyncService::now) and the client's address.
#pragma once

namespace httplib {
struct Response;
}

namespace huicai::serve {

class ApiRouter;
class SyncService;
struct Reply;

void addSyncRoutes(ApiRouter& router, SyncService& sync);

// Sends a Reply: its JSON, and Retry-After when it has one.
void sendReply(httplib::Response& res, const Reply& r);

} // namespace huicai::serve
