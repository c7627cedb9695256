// The JSON API and the error shape: /api/v1/health over a real database file,
// 404/405/413/400/500 as JSON whose key and message come from the serve i18n
// tables, and the security headers on every kind of response.
#include "serve_support.h"

#include "huicai_version.h"
#include "store/database.h"
#include "sync/protocol.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace serve_test;

namespace {

const nlohmann::json& englishTable() {
    static const nlohmann::json t = parseJson(readFile(fs::path(HUICAI_ASSETS_DIR) / "i18n" / "serve.en.json"));
    return t;
}

// Checks the error shape: {"error":{"key":KEY,"message":<the English text of KEY>,...}}.
void checkError(const std::string& body, const std::string& key) {
    INFO(body);
    auto j = parseJson(body);
    REQUIRE(j.is_object());
    REQUIRE(j.contains("error"));
    REQUIRE(j["error"].is_object());
    CHECK(j["error"]["key"] == key);
    REQUIRE(j["error"]["message"].is_string());
    REQUIRE(englishTable().contains(key));
    CHECK(j["error"]["message"] == englishTable()[key]);
}

void checkSecurityHeaders(const httplib::Headers& h) {
    auto value = [&](const char* name) {
        auto it = h.find(name);
        return it == h.end() ? std::string{} : it->second;
    };
    const std::string csp = value("Content-Security-Policy");
    CHECK(csp.find("default-src 'self'") != std::string::npos);
    CHECK(csp.find("script-src 'self' 'wasm-unsafe-eval';") != std::string::npos);
    CHECK(csp.find("frame-ancestors 'none'") != std::string::npos);
    CHECK(csp.find("object-src 'none'") != std::string::npos);
    CHECK(csp.find("unsafe-inline") == std::string::npos);
    CHECK(h.count("Content-Security-Policy") == 1);
    CHECK(value("X-Content-Type-Options") == "nosniff");
    CHECK(value("Referrer-Policy") == "no-referrer");
    CHECK(value("Cross-Origin-Opener-Policy") == "same-origin");
}

httplib::Headers rawHeaders(const std::string& answer) {
    httplib::Headers h;
    std::string head = answer.substr(0, answer.find("\r\n\r\n"));
    std::size_t pos = head.find("\r\n");
    while (pos != std::string::npos) {
        auto next = head.find("\r\n", pos + 2);
        std::string line = head.substr(pos + 2, next == std::string::npos ? std::string::npos : next - pos - 2);
        auto colon = line.find(':');
        if (colon != std::string::npos) h.emplace(line.substr(0, colon), line.substr(line.find_first_not_of(' ', colon + 1)));
        pos = next;
    }
    return h;
}

} // namespace

TEST_CASE("api 1. health reports version, protocol, schema and a sound database file",
          "[serve][api]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    CHECK(fs::is_regular_file(site->data / "huicai.sqlite"));
    auto res = server.client()->Get("/api/v1/health");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == "application/json");
    CHECK(res->get_header_value("Cache-Control") == "no-store");
    auto j = parseJson(res->body);
    REQUIRE(j.is_object());
    CHECK(j.size() == 6);
    CHECK(j["base_url"] == ""); // no --base-url given
    REQUIRE(j["status"].is_string());
    CHECK(j["status"] == "ok");
    REQUIRE(j["version"].is_string());
    CHECK(j["version"] == HUICAI_VERSION);
    REQUIRE(j["protocol"].is_number_integer());
    CHECK(j["protocol"] == huicai::sync::kProtocolVersion);
    REQUIRE(j["schema"].is_number_integer());
    CHECK(j["schema"] == huicai::store::currentSchemaVersion());
    REQUIRE(j["database"].is_string());
    CHECK(j["database"] == "ok");
    checkSecurityHeaders(res->headers);
}

TEST_CASE("api 1b. health reports the --base-url the server was started with", "[serve][api]") {
    auto site = makeSite();
    auto options = testOptions(site->www, site->data);
    options.baseUrl = "https://huicai.example.gov.cn";
    RunningServer server(options);
    auto res = server.client()->Get("/api/v1/health");
    REQUIRE(res);
    CHECK(parseJson(res->body)["base_url"] == "https://huicai.example.gov.cn");
}

TEST_CASE("api 2. a second start reuses the database file and its rows", "[serve][api]") {
    auto site = makeSite();
    const fs::path file = site->data / "huicai.sqlite";
    { RunningServer first(testOptions(site->www, site->data)); }
    REQUIRE(fs::is_regular_file(file));
    {
        auto db = huicai::store::Database::open(file.string());
        REQUIRE(db.ok());
        REQUIRE(db->setSetting("probe", "kept").ok());
    }
    {
        RunningServer second(testOptions(site->www, site->data));
        auto res = second.client()->Get("/api/v1/health");
        REQUIRE(res);
        CHECK(res->status == 200);
        CHECK(parseJson(res->body)["schema"] == huicai::store::currentSchemaVersion());
    }
    auto db = huicai::store::Database::open(file.string());
    REQUIRE(db.ok());
    CHECK(db->setting("probe") == std::optional<std::string>("kept"));
}

TEST_CASE("api 3. a damaged database makes health degraded with 503", "[serve][api]") {
    auto site = makeSite();
    const fs::path file = site->data / "huicai.sqlite";
    fs::create_directories(site->data);
    {
        auto db = huicai::store::Database::open(file.string());
        REQUIRE(db.ok());
        const char* sql = "PRAGMA journal_mode=DELETE;"
                          "CREATE TABLE probe(id INTEGER PRIMARY KEY, v TEXT);"
                          "CREATE INDEX probe_v ON probe(v);"
                          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<3000)"
                          " INSERT INTO probe(v) SELECT printf('value %08d padding padding', i*7919) FROM n;";
        REQUIRE(sqlite3_exec(db->handle(), sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    // Overwrite the last pages (the probe table and its index) with garbage.
    std::string bytes = readFile(file);
    REQUIRE(bytes.size() > 16 * 4096);
    for (std::size_t i = bytes.size() - 8 * 4096; i < bytes.size(); ++i) bytes[i] = static_cast<char>(0xA5 ^ (i * 31));
    writeFile(file, bytes);

    RunningServer server(testOptions(site->www, site->data));
    auto res = server.client()->Get("/api/v1/health");
    REQUIRE(res);
    CHECK(res->status == 503);
    auto j = parseJson(res->body);
    REQUIRE(j.is_object());
    CHECK(j["status"] == "degraded");
    CHECK(j["database"] == "error");
}

TEST_CASE("api 4. unknown files and API paths are JSON 404s", "[serve][api]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    for (const char* path : {"/missing.js", "/sub/missing.html", "/api/v1/nothing", "/api/v2/health", "/api"}) {
        INFO(path);
        auto res = cli->Get(path);
        REQUIRE(res);
        CHECK(res->status == 404);
        CHECK(res->get_header_value("Content-Type") == "application/json");
        CHECK(res->get_header_value("Cache-Control") == "no-store");
        checkError(res->body, "error.http.not_found");
        CHECK(parseJson(res->body)["error"]["detail"] == path);
        checkSecurityHeaders(res->headers);
    }
}

TEST_CASE("api 5. a wrong method on an API path is a JSON 405 naming the allowed ones", "[serve][api]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    auto post = cli->Post("/api/v1/health", "{}", "application/json");
    REQUIRE(post);
    CHECK(post->status == 405);
    CHECK(post->get_header_value("Allow") == "GET, HEAD");
    checkError(post->body, "error.http.method_not_allowed");
    auto del = cli->Delete("/api/v1/health");
    REQUIRE(del);
    CHECK(del->status == 405);
    checkError(del->body, "error.http.method_not_allowed");
    auto postUnknown = cli->Post("/api/v1/nothing", "{}", "application/json");
    REQUIRE(postUnknown);
    CHECK(postUnknown->status == 404);
}

TEST_CASE("api 6. a body over --max-body is a JSON 413, one under it reaches the route", "[serve][api]") {
    auto site = makeSite();
    auto options = testOptions(site->www, site->data);
    options.maxBody = 1024;
    RunningServer server(options);
    auto cli = server.client();
    auto big = cli->Post("/api/v1/health", std::string(4096, 'x'), "application/json");
    REQUIRE(big);
    CHECK(big->status == 413);
    CHECK(big->get_header_value("Content-Type") == "application/json");
    checkError(big->body, "error.http.payload_too_large");
    checkSecurityHeaders(big->headers);
    auto small = cli->Post("/api/v1/health", std::string(1000, 'x'), "application/json");
    REQUIRE(small);
    CHECK(small->status == 405);
}

TEST_CASE("api 7. malformed requests are JSON errors with the security headers", "[serve][api]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    struct {
        int n;
        std::string raw;
        int status;
        const char* key;
    } cases[] = {
        {1, "NONSENSE\r\n\r\n", 400, "error.http.bad_request"},
        {2, "GET\r\n\r\n", 400, "error.http.bad_request"},
        {3, "GET / HTTP/9.9\r\n\r\n", 400, "error.http.bad_request"},
        {4, "GET /" + std::string(9000, 'a') + " HTTP/1.1\r\n\r\n", 414, "error.http.uri_too_long"},
        {5, "GET /index.html HTTP/1.1\r\nHost: x\r\nRange: bytes=abc\r\nConnection: close\r\n\r\n", 416,
         "error.http.range_not_satisfiable"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        std::string answer = rawRequest(server.port(), c.raw);
        CHECK(rawStatus(answer) == c.status);
        checkError(rawBody(answer), c.key);
        checkSecurityHeaders(rawHeaders(answer));
    }
}

TEST_CASE("api 8. an exception in a handler is a JSON 500 that does not leak its text", "[serve][api]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data), [](huicai::serve::Server& s) {
        s.api().add("GET", "/api/v1/test-throw", [](const httplib::Request&, httplib::Response&) {
            throw std::runtime_error("internal secret detail");
        });
    });
    auto res = server.client()->Get("/api/v1/test-throw");
    REQUIRE(res);
    CHECK(res->status == 500);
    checkError(res->body, "error.http.internal");
    CHECK(res->body.find("secret") == std::string::npos);
    CHECK_FALSE(res->has_header("EXCEPTION_WHAT"));
    checkSecurityHeaders(res->headers);
}

TEST_CASE("api 9. the security headers are on pages, modules, files and 304s", "[serve][api]") {
    auto site = makeSite();
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    for (const char* path : {"/", "/app.0123abcd.js", "/app.0123abcd.wasm", "/plain.txt"}) {
        INFO(path);
        auto res = cli->Get(path, {{"Accept-Encoding", "br, gzip"}});
        REQUIRE(res);
        CHECK(res->status == 200);
        checkSecurityHeaders(res->headers);
        auto again = cli->Get(path, {{"Accept-Encoding", "br, gzip"}, {"If-None-Match", res->get_header_value("ETag")}});
        REQUIRE(again);
        CHECK(again->status == 304);
        checkSecurityHeaders(again->headers);
    }
}
