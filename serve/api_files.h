// The attachment routes: POST /api/v1/files (declare an upload), PUT
// /api/v1/files/<sha256>?offset=N (a chunk) and GET /api/v1/files/<sha256>
// (download), answered by a FileService with the current Unix time.
#pragma once

namespace huicai::serve {

class ApiRouter;
class FileService;

void addFileRoutes(ApiRouter& router, FileService& files);

} // namespace huicai::serve
