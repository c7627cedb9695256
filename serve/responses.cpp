// Implements the JSON response helpers.
#include "responses.h"

#include "messages.h"

#include "sync/answers.h"

#include <httplib.h>

#include <memory>
#include <string>

namespace huicai::serve {

nlohmann::json errorJson(std::string_view key, std::string_view detail) {
    return sync::errorAnswerJson(
        {sync::WireError{std::string(key), std::string(englishMessage(key)), std::string(detail)}, std::nullopt});
}

void setJson(httplib::Response& res, int status, const nlohmann::json& body) {
    res.status = status;
    res.headers.erase("Content-Type");
    res.headers.erase("Cache-Control");
    res.set_header("Cache-Control", "no-store");
    // Replacement of invalid UTF-8 keeps dump() from throwing on odd request paths.
    auto text = std::make_shared<const std::string>(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    res.body.clear();
    // A fixed-length provider rather than res.body: cpp-httplib would otherwise gzip
    // JSON for any Accept-Encoding naming gzip, even with q=0, and without Vary.
    res.set_content_provider(text->size(), "application/json",
                             [text](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                 return sink.write(text->data() + offset, length);
                             });
}

void setError(httplib::Response& res, int status, std::string_view key, std::string_view detail) {
    for (const char* h : {"Content-Encoding", "Content-Range", "ETag", "Vary", "Allow"}) res.headers.erase(h);
    res.content_length_ = 0;
    res.content_provider_ = nullptr;
    res.is_chunked_content_provider_ = false;
    setJson(res, status, errorJson(key, detail));
}

void ignoreRanges(const httplib::Request& req) {
    // The Request cpp-httplib hands to handlers is its own non-const object.
    const_cast<httplib::Request&>(req).ranges.clear();
}

int versionStatus(const Error& e) { return e.key == "error.sync.protocol_version" ? 426 : 409; }

} // namespace huicai::serve
