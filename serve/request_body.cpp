// Implements the checks of a request's body framing and the bounded body read.
#include "request_body.h"

#include "connection_guard.h"
#include "responses.h"

#include <httplib.h>

#include <cctype>
#include <string>
#include <string_view>

namespace huicai::serve {

namespace {

std::string lowerTrimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool refuse(const httplib::Request& req, httplib::Response& res, int status, std::string_view key,
            std::string_view detail = {}) {
    setError(res, status, key, detail);
    GuardedServer::endAfterAnswer(req);
    return true;
}

} // namespace

bool refuseBeforeBody(const httplib::Request& req, httplib::Response& res, std::size_t maxBody) {
    for (std::size_t i = 0, n = req.get_header_value_count("Content-Encoding"); i < n; ++i) {
        const std::string coding = lowerTrimmed(req.get_header_value("Content-Encoding", i));
        if (!coding.empty() && coding != "identity") return refuse(req, res, 415, "error.http.content_encoding", coding);
    }
    if (lowerTrimmed(req.get_header_value("Content-Type")).rfind("multipart/form-data", 0) == 0)
        return refuse(req, res, 415, "error.http.media_type", "multipart/form-data");
    if (req.get_header_value_count("Transfer-Encoding") > 1 ||
        (req.has_header("Transfer-Encoding") && lowerTrimmed(req.get_header_value("Transfer-Encoding")) != "chunked"))
        return refuse(req, res, 400, "error.http.bad_request", "Transfer-Encoding");
    if (req.has_header("Content-Length")) {
        if (req.get_header_value_count("Content-Length") > 1 || req.has_header("Transfer-Encoding"))
            return refuse(req, res, 400, "error.http.bad_request", "Content-Length");
        const std::string text = lowerTrimmed(req.get_header_value("Content-Length"));
        std::size_t length = 0;
        bool digits = !text.empty() && text.size() <= 19;
        for (char c : text) {
            digits = digits && std::isdigit(static_cast<unsigned char>(c));
            if (digits) length = length * 10 + static_cast<std::size_t>(c - '0');
        }
        if (!digits) return refuse(req, res, 400, "error.http.bad_request", "Content-Length");
        if (length > maxBody) return refuse(req, res, 413, "error.http.payload_too_large");
    }
    return false;
}

bool receiveBody(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader,
                 std::size_t maxBody) {
    std::string body;
    bool tooLarge = false;
    const bool whole = reader([&](const char* data, std::size_t n) {
        if (n > maxBody - body.size()) {
            tooLarge = true;
            return false;
        }
        body.append(data, n);
        return true;
    });
    if (tooLarge) return !refuse(req, res, 413, "error.http.payload_too_large");
    if (!whole) {
        if (GuardedServer::requestTimedOut()) return !refuse(req, res, 408, "error.http.request_timeout");
        return !refuse(req, res, 400, "error.http.bad_request");
    }
    // The Request cpp-httplib hands to handlers is its own non-const object.
    const_cast<httplib::Request&>(req).body = std::move(body);
    return true;
}

} // namespace huicai::serve
