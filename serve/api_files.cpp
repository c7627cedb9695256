// Implements the attachment routes over FileService; a download streams the file
// from disk with its type's Content-Type.
#include "api_files.h"

#include "api_sync.h"

#include "api_router.h"
#include "file_service.h"
#include "responses.h"

#include <httplib.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <memory>

namespace huicai::serve {

namespace {

constexpr const char* kPrefix = "/api/v1/files/";
constexpr std::size_t kStreamBuffer = 64 * 1024;

std::int64_t unixNow() { return static_cast<std::int64_t>(std::time(nullptr)); }
std::string nameOf(const httplib::Request& req) { return req.path.substr(std::string_view(kPrefix).size()); }

void sendFile(httplib::Response& res, const FileDownload& file) {
    auto in = std::make_shared<std::ifstream>(file.path, std::ios::binary);
    if (!*in) return setError(res, 500, "error.files.storage", file.path.filename().string());
    res.status = 200;
    res.set_header("Cache-Control", "private, no-store");
    res.set_header("Content-Disposition", "attachment");
    res.set_content_provider(
        static_cast<std::size_t>(file.size), file.mime,
        [in](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
            std::string buffer(std::min(length, kStreamBuffer), '\0');
            in->seekg(static_cast<std::streamoff>(offset));
            in->read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            const auto n = static_cast<std::size_t>(in->gcount());
            if (n == 0) return false;
            return sink.write(buffer.data(), n);
        });
}

} // namespace

void addFileRoutes(ApiRouter& router, FileService& files) {
    router.add("POST", "/api/v1/files", [&files](const httplib::Request& req, httplib::Response& res) {
        sendReply(res, files.declare(req.get_header_value("Authorization"), req.body, unixNow()));
    });
    router.addPrefix("PUT", kPrefix, [&files](const httplib::Request& req, httplib::Response& res) {
        std::optional<std::string> offset;
        if (req.has_param("offset")) offset = req.get_param_value("offset");
        sendReply(res, files.chunk(req.get_header_value("Authorization"), nameOf(req), offset, req.body, unixNow()));
    });
    router.addPrefix("GET", kPrefix, [&files](const httplib::Request& req, httplib::Response& res) {
        auto answer = files.download(req.get_header_value("Authorization"), nameOf(req), unixNow());
        if (!answer.file) return sendReply(res, answer.reply);
        sendFile(res, *answer.file);
    });
}

} // namespace huicai::serve
