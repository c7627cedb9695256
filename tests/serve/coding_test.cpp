// Precompressed siblings: which encoding the server picks for an Accept-Encoding
// header (brotli preferred, q-values honoured), that it says so with
// Content-Encoding and Vary while keeping the original file's MIME type, and that
// the body it sends really decompresses to the original file.
#include "content_coding.h"
#include "serve_support.h"

#include <catch2/catch.hpp>

using namespace serve_test;
using huicai::serve::ContentCoding;

namespace {

struct QualityCase {
    int n;
    const char* header;
    const char* coding;
    double q;
};

constexpr QualityCase kQualityCases[] = {
    {1, "br, gzip", "br", 1.0},
    {2, "gzip;q=0.5, br;q=0.8", "gzip", 0.5},
    {3, "gzip;q=0", "gzip", 0.0},
    {4, "gzip; q=0.000", "gzip", 0.0},
    {5, "deflate", "br", 0.0},
    {6, "*;q=0.3", "br", 0.3},
    {7, "br;q=0, *", "br", 0.0},
    {8, "x-gzip", "gzip", 1.0},
    {9, "BR;Q=0.7", "br", 0.7},
    {10, "br;q=2", "br", 0.0},
    {11, "br;q=abc", "br", 0.0},
    {12, "", "gzip", 0.0},
};

struct NegotiationCase {
    int n;
    const char* acceptEncoding; // nullptr: no header at all
    const char* path;
    const char* encoding; // "" for identity
};

constexpr NegotiationCase kNegotiation[] = {
    {1, "br, gzip", "/app.0123abcd.js", "br"},
    {2, "gzip, deflate, br", "/app.0123abcd.js", "br"},
    {3, "gzip", "/app.0123abcd.js", "gzip"},
    {4, "gzip, deflate", "/app.0123abcd.js", "gzip"},
    {5, "br;q=0, gzip", "/app.0123abcd.js", "gzip"},
    {6, "br;q=0, gzip;q=0", "/app.0123abcd.js", ""},
    {7, "identity", "/app.0123abcd.js", ""},
    {8, "deflate", "/app.0123abcd.js", ""},
    {9, "*", "/app.0123abcd.js", "br"},
    {10, "*;q=0", "/app.0123abcd.js", ""},
    {11, "gzip;q=1.0, br;q=0.5", "/app.0123abcd.js", "gzip"},
    {12, nullptr, "/app.0123abcd.js", ""},
    {13, "br, gzip", "/plain.txt", "gzip"},
    {14, "br", "/plain.txt", ""},
    {15, "br, gzip", "/app.0123abcd.wasm", "br"},
    {16, "gzip", "/app.0123abcd.wasm", "gzip"},
    {17, "br, gzip", "/", "br"},
    {18, "gzip", "/index.html", "gzip"},
};

std::string request(int port, const char* path, const char* acceptEncoding) {
    std::string req = std::string("GET ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (acceptEncoding) req += std::string("Accept-Encoding: ") + acceptEncoding + "\r\n";
    return rawRequest(port, req + "\r\n");
}

// The value of header `name` in a raw answer ("" when absent); headers are
// matched case-insensitively.
std::string header(const std::string& answer, std::string name) {
    std::string head = answer.substr(0, answer.find("\r\n\r\n"));
    auto lower = [](std::string s) {
        for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    std::string l = lower(head);
    auto at = l.find("\r\n" + lower(name) + ":");
    if (at == std::string::npos) return {};
    auto start = at + 2 + name.size() + 1;
    auto end = head.find("\r\n", start);
    std::string v = head.substr(start, end - start);
    while (!v.empty() && v.front() == ' ') v.erase(0, 1);
    return v;
}

} // namespace

TEST_CASE("coding 1. Accept-Encoding q-values are read as RFC 9110 writes them", "[serve][coding]") {
    for (const auto& c : kQualityCases) {
        INFO("case " << c.n << ": '" << c.header << "' for " << c.coding);
        CHECK(huicai::serve::acceptedQuality(c.header, c.coding) == Approx(c.q));
    }
}

TEST_CASE("coding 2. brotli wins a tie, and only siblings that exist are chosen", "[serve][coding]") {
    CHECK(huicai::serve::chooseCoding("gzip, br", true, true) == ContentCoding::Brotli);
    CHECK(huicai::serve::chooseCoding("gzip, br", false, true) == ContentCoding::Gzip);
    CHECK(huicai::serve::chooseCoding("gzip, br", true, false) == ContentCoding::Brotli);
    CHECK(huicai::serve::chooseCoding("gzip, br", false, false) == ContentCoding::Identity);
    CHECK(huicai::serve::chooseCoding("gzip", true, false) == ContentCoding::Identity);
}

TEST_CASE("coding 3. the server picks the sibling the client accepts and it decodes to the file",
          "[serve][coding]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    for (const auto& c : kNegotiation) {
        INFO("case " << c.n << ": Accept-Encoding " << (c.acceptEncoding ? c.acceptEncoding : "(none)") << " for "
                     << c.path);
        std::string answer = request(server.port(), c.path, c.acceptEncoding);
        REQUIRE(rawStatus(answer) == 200);
        std::string p = c.path;
        std::string original = p == "/" || p == "/index.html" ? site->index
                               : p == "/plain.txt"            ? site->plain
                               : p == "/app.0123abcd.wasm"    ? site->wasm
                                                              : site->js;
        std::string type = p == "/plain.txt"           ? "text/plain; charset=utf-8"
                           : p == "/app.0123abcd.wasm" ? "application/wasm"
                           : p == "/app.0123abcd.js"   ? "text/javascript"
                                                       : "text/html; charset=utf-8";
        CHECK(header(answer, "Content-Type") == type);
        CHECK(header(answer, "Content-Encoding") == c.encoding);
        CHECK(header(answer, "Vary") == "Accept-Encoding");
        std::string body = rawBody(answer);
        CHECK(header(answer, "Content-Length") == std::to_string(body.size()));
        std::string encoding = c.encoding;
        if (encoding == "br") {
            CHECK(body != original);
            CHECK(unbrotli(body) == original);
        } else if (encoding == "gzip") {
            CHECK(body != original);
            CHECK(gunzip(body) == original);
        } else {
            CHECK(body == original);
        }
    }
}

TEST_CASE("coding 4. a file without siblings has neither Content-Encoding nor Vary", "[serve][coding]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    auto res = server.client()->Get("/notes.md", {{"Accept-Encoding", "br, gzip"}});
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK_FALSE(res->has_header("Content-Encoding"));
    CHECK_FALSE(res->has_header("Vary"));
    CHECK(res->body == "# notes\n");
}

TEST_CASE("coding 5. JSON answers are never compressed, even when gzip is accepted", "[serve][coding]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    for (const char* accept : {"gzip", "gzip;q=0", "br, gzip"}) {
        INFO(accept);
        auto res = server.client()->Get("/api/v1/health", {{"Accept-Encoding", accept}});
        REQUIRE(res);
        CHECK_FALSE(res->has_header("Content-Encoding"));
        CHECK_FALSE(parseJson(res->body).is_discarded());
    }
}
