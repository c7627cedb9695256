// MIME types: the table itself, and what the running server sends for each kind of
// file the web app ships (wasm must be application/wasm for streaming compilation).
#include "mime.h"
#include "serve_support.h"

#include <catch2/catch.hpp>

using namespace serve_test;

namespace {

struct MimeCase {
    int n;
    const char* file;
    const char* type;
};

constexpr MimeCase kMimeCases[] = {
    {1, "page.html", "text/html; charset=utf-8"},
    {2, "app.0123abcd.js", "text/javascript"},
    {3, "worker.mjs", "text/javascript"},
    {4, "style.css", "text/css"},
    {5, "reference.json", "application/json"},
    {6, "huicai.3f9a1c2b.wasm", "application/wasm"},
    {7, "huicai.3f9a1c2b.data", "application/octet-stream"},
    {8, "wqy.ttf", "font/ttf"},
    {9, "font.otf", "font/otf"},
    {10, "font.woff2", "font/woff2"},
    {11, "logo.png", "image/png"},
    {12, "photo.jpg", "image/jpeg"},
    {13, "icon.svg", "image/svg+xml"},
    {14, "favicon.ico", "image/x-icon"},
    {15, "app.webmanifest", "application/manifest+json"},
    {16, "robots.txt", "text/plain; charset=utf-8"},
    {17, "archive.xyz", "application/octet-stream"},
    {18, "LOGO.PNG", "image/png"},
    {19, "no-extension", "application/octet-stream"},
    {20, ".hidden", "application/octet-stream"},
    {21, "wqy-microhei.2420e807.ttc", "font/collection"},
};

} // namespace

TEST_CASE("mime 1. the extension table maps each kind of file of the web app", "[serve][mime]") {
    for (const auto& c : kMimeCases) {
        INFO("case " << c.n << ": " << c.file);
        CHECK(huicai::serve::mimeTypeFor(c.file) == c.type);
        CHECK(huicai::serve::mimeTypeFor(std::string("/sub/dir/") + c.file) == c.type);
    }
}

TEST_CASE("mime 2. the running server sends each file with its MIME type", "[serve][mime]") {
    auto site = makeSite();
    for (const auto& c : kMimeCases) writeFile(site->www / "types" / c.file, std::string("content of ") + c.file);
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    for (const auto& c : kMimeCases) {
        INFO("case " << c.n << ": " << c.file);
        if (c.file[0] == '.') continue; // hidden names are not served (exposure_test.cpp)
        auto res = cli->Get("/types/" + std::string(c.file), {{"Accept-Encoding", "identity"}});
        REQUIRE(res);
        CHECK(res->status == 200);
        CHECK(res->get_header_value("Content-Type") == c.type);
        CHECK(res->get_header_value_count("Content-Type") == 1);
        CHECK(res->body == std::string("content of ") + c.file);
    }
}

TEST_CASE("mime 3. the wasm module and the page are served with their own types", "[serve][mime]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    auto wasm = cli->Get("/app.0123abcd.wasm", {{"Accept-Encoding", "identity"}});
    REQUIRE(wasm);
    CHECK(wasm->status == 200);
    CHECK(wasm->get_header_value("Content-Type") == "application/wasm");
    CHECK(wasm->body == site->wasm);
    auto page = cli->Get("/", {{"Accept-Encoding", "identity"}});
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(page->body == site->index);
}
