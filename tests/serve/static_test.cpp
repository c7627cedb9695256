// Static files: cache rules for content-hashed names and everything else, ETag
// revalidation, HEAD, directories, byte ranges, and the confinement of every path
// to the root (plain and encoded `..`, absolute paths, symlinks out of the root).
#include "serve_support.h"
#include "static_paths.h"

#include <catch2/catch.hpp>

using namespace serve_test;

namespace {

constexpr const char* kImmutable = "public, max-age=31536000, immutable";

struct HashCase {
    int n;
    const char* name;
    bool hashed;
};

constexpr HashCase kHashCases[] = {
    {1, "app.0123abcd.js", true},
    {2, "huicai.3f9a1c2b.wasm", true},
    {3, "huicai.3F9A1C2B.data", true},
    {4, "/assets/font.0123456789abcdef.woff2", true},
    {5, "index.html", false},
    {6, "app.0123abc.js", false},
    {7, "app.0123abcg.js", false},
    {8, "0123abcd.js", false},
    {9, "app.js.0123abcd", false},
    {10, "app.min.js", false},
    {11, "vendor.0123abcd.min.js", true},
};

} // namespace

TEST_CASE("static 1. content-hashed names are recognised by an 8+ hex digit segment", "[serve][static]") {
    for (const auto& c : kHashCases) {
        INFO("case " << c.n << ": " << c.name);
        CHECK(huicai::serve::isContentHashedName(c.name) == c.hashed);
    }
}

TEST_CASE("static 2. hashed files are cached forever, index.html and the rest revalidate",
          "[serve][static]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    struct {
        int n;
        const char* path;
        const char* cache;
    } cases[] = {
        {1, "/app.0123abcd.js", kImmutable},
        {2, "/app.0123abcd.wasm", kImmutable},
        {3, "/", "no-cache"},
        {4, "/index.html", "no-cache"},
        {5, "/plain.txt", "no-cache"},
        {6, "/sub/page.html", "no-cache"},
    };
    for (const auto& c : cases) {
        for (const char* accept : {"identity", "br, gzip"}) {
            INFO("case " << c.n << ": " << c.path << " with " << accept);
            auto res = cli->Get(c.path, {{"Accept-Encoding", accept}});
            REQUIRE(res);
            CHECK(res->status == 200);
            CHECK(res->get_header_value("Cache-Control") == c.cache);
            CHECK(res->get_header_value_count("Cache-Control") == 1);
        }
    }
}

TEST_CASE("static 3. an ETag revalidates with 304 and changes with the file and the encoding", "[serve][static]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    auto first = cli->Get("/index.html", {{"Accept-Encoding", "identity"}});
    REQUIRE(first);
    std::string etag = first->get_header_value("ETag");
    REQUIRE(etag.size() > 2);
    CHECK(etag.front() == '"');

    auto again = cli->Get("/index.html", {{"Accept-Encoding", "identity"}, {"If-None-Match", etag}});
    REQUIRE(again);
    CHECK(again->status == 304);
    CHECK(again->body.empty());
    CHECK(again->get_header_value("ETag") == etag);
    CHECK(again->get_header_value("X-Content-Type-Options") == "nosniff");

    auto listed = cli->Get("/index.html", {{"Accept-Encoding", "identity"}, {"If-None-Match", "\"other\", " + etag}});
    REQUIRE(listed);
    CHECK(listed->status == 304);

    auto other = cli->Get("/index.html", {{"Accept-Encoding", "identity"}, {"If-None-Match", "\"other\""}});
    REQUIRE(other);
    CHECK(other->status == 200);
    CHECK(other->body == site->index);

    auto brotli = cli->Get("/index.html", {{"Accept-Encoding", "br"}});
    REQUIRE(brotli);
    CHECK(brotli->get_header_value("Content-Encoding") == "br");
    CHECK(brotli->get_header_value("ETag") != etag);

    writeFile(site->www / "index.html", site->index + "<!-- changed -->\n");
    auto changed = cli->Get("/index.html", {{"Accept-Encoding", "identity"}, {"If-None-Match", etag}});
    REQUIRE(changed);
    CHECK(changed->status == 200);
    CHECK(changed->get_header_value("ETag") != etag);
}

TEST_CASE("static 4. HEAD answers the headers of GET without a body", "[serve][static]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    auto head = cli->Head("/app.0123abcd.wasm", {{"Accept-Encoding", "identity"}});
    REQUIRE(head);
    CHECK(head->status == 200);
    CHECK(head->body.empty());
    CHECK(head->get_header_value("Content-Type") == "application/wasm");
    CHECK(head->get_header_value("Content-Length") == std::to_string(site->wasm.size()));
    CHECK(head->get_header_value("Cache-Control") == kImmutable);

    auto missing = cli->Head("/missing.js");
    REQUIRE(missing);
    CHECK(missing->status == 404);
    CHECK(missing->body.empty());

    auto api = cli->Head("/api/v1/health");
    REQUIRE(api);
    CHECK(api->status == 200);
    CHECK(api->body.empty());
}

TEST_CASE("static 5. a folder answers with its index.html, one without it is not found", "[serve][static]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    for (const char* path : {"/sub/", "/sub"}) {
        INFO(path);
        auto res = cli->Get(path, {{"Accept-Encoding", "identity"}});
        REQUIRE(res);
        CHECK(res->status == 200);
        CHECK(res->body == "<p>sub index</p>\n");
    }
    auto empty = cli->Get("/empty-dir/");
    REQUIRE(empty);
    CHECK(empty->status == 404);
}

TEST_CASE("static 6. byte ranges are served, clamped, and refused past the end with JSON 416", "[serve][static]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    const auto size = site->js.size();
    struct {
        int n;
        std::string range;
        std::size_t first, last;
    } cases[] = {
        {1, "bytes=0-9", 0, 9},
        {2, "bytes=100-", 100, size - 1},
        {3, "bytes=-20", size - 20, size - 1},
        {4, "bytes=10-999999", 10, size - 1},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << ": " << c.range);
        auto res = cli->Get("/app.0123abcd.js", {{"Accept-Encoding", "identity"}, {"Range", c.range}});
        REQUIRE(res);
        CHECK(res->status == 206);
        CHECK(res->body == site->js.substr(c.first, c.last - c.first + 1));
        CHECK(res->get_header_value("Content-Range") ==
              "bytes " + std::to_string(c.first) + "-" + std::to_string(c.last) + "/" + std::to_string(size));
    }
    auto past = cli->Get("/app.0123abcd.js", {{"Accept-Encoding", "identity"}, {"Range", "bytes=999999-"}});
    REQUIRE(past);
    CHECK(past->status == 416);
    CHECK(past->get_header_value("Content-Range") == "bytes */" + std::to_string(size));
    auto j = parseJson(past->body);
    REQUIRE(j.is_object());
    CHECK(j["error"]["key"] == "error.http.range_not_satisfiable");
}

TEST_CASE("static 7. paths that leave the root are refused with 404", "[serve][static]") {
    auto site = makeSite();
    // A symlinked file and a symlinked folder pointing out of the root, and one
    // pointing inside it, which stays allowed.
    fs::create_symlink(site->outside / "secret.txt", site->www / "leak.txt");
    fs::create_symlink(site->outside, site->www / "escape");
    fs::create_symlink(site->www / "plain.txt", site->www / "alias.txt");
    RunningServer server(testOptions(site->www, site->data));
    const std::string secret = site->outside.string() + "/secret.txt";
    const std::string cases[] = {
        "/../outside/secret.txt",
        "/sub/../../outside/secret.txt",
        "/%2e%2e/outside/secret.txt",
        "/%2E%2E/outside/secret.txt",
        "/sub/%2e%2e/%2e%2e/outside/secret.txt",
        "/..%2foutside%2fsecret.txt",
        "/..%5coutside%5csecret.txt",
        "/" + secret,
        "/%2f" + secret.substr(1),
        "/leak.txt",
        "/escape/secret.txt",
        "/index.html%00.txt",
        "/sub/../index.html",
        "http://x" + secret,
        "http://x/../outside/secret.txt",
    };
    int n = 0;
    for (const auto& path : cases) {
        INFO("case " << ++n << ": " << path);
        std::string answer = rawRequest(server.port(), "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        CHECK(rawStatus(answer) == 404);
        CHECK(answer.find("top secret") == std::string::npos);
        auto j = parseJson(rawBody(answer));
        REQUIRE(j.is_object());
        CHECK(j["error"]["key"] == "error.http.not_found");
    }
    auto alias = server.client()->Get("/alias.txt", {{"Accept-Encoding", "identity"}});
    REQUIRE(alias);
    CHECK(alias->status == 200);
    CHECK(alias->body == site->plain);
}

TEST_CASE("static 8. the path resolver keeps every answer inside the root", "[serve][static]") {
    auto site = makeSite();
    const fs::path root = fs::canonical(site->www);
    auto found = huicai::serve::resolveStaticFile(root, "/sub/./page.html");
    REQUIRE(found);
    CHECK(found->path == root / "sub" / "page.html");
    CHECK(found->logical == "/sub/page.html");
    auto index = huicai::serve::resolveStaticFile(root, "/");
    REQUIRE(index);
    CHECK(index->logical == "/index.html");
    CHECK_FALSE(huicai::serve::resolveStaticFile(root, "sub/page.html"));
    CHECK_FALSE(huicai::serve::resolveStaticFile(root, "/../www/index.html"));
    CHECK_FALSE(huicai::serve::resolveStaticFile(root, std::string_view("/index.html\0", 12)));
    CHECK_FALSE(huicai::serve::resolveStaticFile(root, "/empty-dir"));
}
