// The API routing table: exact paths win over prefix routes, the longest prefix
// wins, a prefix needs a name after it, and unknown paths and methods are JSON
// 404 and 405 answers.
#include "api_router.h"

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

using huicai::serve::ApiRouter;

namespace {

struct Answer {
    int status;
    std::string body;
    std::string allow;
};

Answer call(const ApiRouter& router, const std::string& method, const std::string& path) {
    httplib::Request req;
    req.method = method;
    req.path = path;
    httplib::Response res;
    router.dispatch(req, res);
    std::string body = res.body;
    if (res.content_provider_) { // JSON answers come from a provider
        httplib::DataSink sink;
        sink.write = [&body](const char* data, std::size_t n) {
            body.append(data, n);
            return true;
        };
        res.content_provider_(0, res.content_length_, sink);
    }
    return Answer{res.status, body, res.get_header_value("Allow")};
}

ApiRouter::Handler says(const std::string& what) {
    return [what](const httplib::Request& req, httplib::Response& res) {
        res.status = 200;
        res.set_content(what + " " + req.path, "text/plain");
    };
}

} // namespace

TEST_CASE("router 1. exact paths, prefixes with a name after them, 404 and 405", "[serve][api]") {
    ApiRouter r;
    r.add("POST", "/api/v1/files", says("declare"));
    r.addPrefix("PUT", "/api/v1/files/", says("chunk"));
    r.addPrefix("GET", "/api/v1/files/", says("download"));
    r.addPrefix("GET", "/api/v1/files/special/", says("special"));
    r.add("GET", "/api/v1/files/exact", says("exact"));
    struct Case {
        int n;
        const char* method;
        const char* path;
        int status;
        const char* body; // start of the body
    } cases[] = {
        {1, "POST", "/api/v1/files", 200, "declare /api/v1/files"},
        {2, "PUT", "/api/v1/files/abc", 200, "chunk /api/v1/files/abc"},
        {3, "GET", "/api/v1/files/abc", 200, "download /api/v1/files/abc"},
        {4, "HEAD", "/api/v1/files/abc", 200, "download"},
        {5, "GET", "/api/v1/files/exact", 200, "exact"},
        {6, "GET", "/api/v1/files/special/x", 200, "special"},
        {7, "GET", "/api/v1/files/", 404, "{"}, // a prefix needs a name after it
        {8, "GET", "/api/v1/filesabc", 404, "{"},
        {9, "DELETE", "/api/v1/files/abc", 405, "{"},
        {10, "GET", "/api/v1/other/abc", 404, "{"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto a = call(r, c.method, c.path);
        CHECK(a.status == c.status);
        CHECK(a.body.rfind(c.body, 0) == 0);
    }
    CHECK(call(r, "DELETE", "/api/v1/files/abc").allow == "GET, HEAD, PUT");
    CHECK(nlohmann::json::parse(call(r, "GET", "/api/v1/other").body)["error"]["key"] == "error.http.not_found");
}
