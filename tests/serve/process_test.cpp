// The huicai-serve binary as an operator runs it: it prints the address it serves
// at, answers there, stops cleanly with status 0 on SIGTERM or SIGINT, refuses bad
// options with status 2 and a message, and fails with 1 when the port is taken.
#include "serve_support.h"

#include "huicai_version.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <regex>

using namespace serve_test;

namespace {

// Starts the binary on port 0 and returns the port read from its first line.
int startAndReadPort(ChildServer& child, const Site& site) {
    auto line = child.readLine(10s);
    INFO(child.stderrText());
    REQUIRE(line);
    std::smatch m;
    const std::regex re(R"(^huicai-serve: serving (.+) at http://127\.0\.0\.1:(\d+)$)");
    REQUIRE(std::regex_match(*line, m, re));
    CHECK(m[1] == site.www.string());
    return std::stoi(m[2]);
}

} // namespace

TEST_CASE("process 1. the binary prints its address, serves there and stops on SIGTERM with 0",
          "[serve][process]") {
    auto site = makeSite();
    ChildServer child({"--root", site->www.string(), "--data", site->data.string(), "--port", "0"});
    const int port = startAndReadPort(child, *site);
    REQUIRE(port > 0);

    httplib::Client cli("127.0.0.1", port);
    cli.set_decompress(false);
    cli.set_keep_alive(true); // an idle kept-alive connection must not hold up the stop
    auto health = cli.Get("/api/v1/health");
    REQUIRE(health);
    CHECK(health->status == 200);
    CHECK(parseJson(health->body)["database"] == "ok");
    auto wasm = cli.Get("/app.0123abcd.wasm", {{"Accept-Encoding", "br"}});
    REQUIRE(wasm);
    CHECK(wasm->get_header_value("Content-Type") == "application/wasm");
    CHECK(unbrotli(wasm->body) == site->wasm);
    CHECK(fs::is_regular_file(site->data / "huicai.sqlite"));

    const auto t0 = std::chrono::steady_clock::now();
    child.signal(SIGTERM);
    auto status = child.waitExit(5s);
    REQUIRE(status);
    CHECK(*status == 0);
    CHECK(std::chrono::steady_clock::now() - t0 < 4s);
    const std::string err = child.stderrText();
    CHECK(err.find("stopped") != std::string::npos);
    // Without --quiet every request is logged on a line of its own.
    CHECK(err.find("GET /api/v1/health 200") != std::string::npos);
    CHECK_FALSE(cli.Get("/api/v1/health"));
}

TEST_CASE("process 2. SIGINT also stops the binary cleanly, and --quiet keeps requests unlogged",
          "[serve][process]") {
    auto site = makeSite();
    ChildServer child({"--root", site->www.string(), "--data", site->data.string(), "--port=0", "--quiet"});
    const int port = startAndReadPort(child, *site);
    httplib::Client cli("127.0.0.1", port);
    auto res = cli.Get("/index.html");
    REQUIRE(res);
    CHECK(res->status == 200);
    child.signal(SIGINT);
    auto status = child.waitExit(5s);
    REQUIRE(status);
    CHECK(*status == 0);
    CHECK(child.stderrText().find("GET /index.html") == std::string::npos);
}

TEST_CASE("process 3. bad options exit with 2 and say what is wrong", "[serve][process]") {
    auto site = makeSite();
    const std::string www = site->www.string();
    const std::string data = site->data.string();
    struct {
        int n;
        std::vector<std::string> args;
        const char* key;
        const char* text;
    } cases[] = {
        {1, {"--port", "x"}, "error.options.bad_port", "The port must be a number from 0 to 65535."},
        {2, {"--port", "70000"}, "error.options.bad_port", "The port must be a number from 0 to 65535."},
        {3, {"--port", "-1"}, "error.options.bad_port", "The port must be a number from 0 to 65535."},
        {4, {"--max-body", "0"}, "error.options.bad_size", "The size must be a whole number"},
        {5, {"--max-body", "12k"}, "error.options.bad_size", "The size must be a whole number"},
        {6, {"--bogus"}, "error.options.unknown", "Unknown option."},
        {7, {"serve"}, "error.options.unknown", "Unknown option."},
        {8, {"--root"}, "error.options.missing_value", "The option needs a value."},
        {9, {"--host="}, "error.options.empty_value", "The option's value must not be empty."},
        {10, {"--root", www + "/no-such-folder"}, "error.serve.root_missing", "The static files folder does not exist."},
        {11, {"--quiet=yes"}, "error.options.unknown", "Unknown option."},
        {12, {"--request-time", "0"}, "error.options.bad_number", "(--request-time 0)"},
        {13, {"--connections-per-address=none"}, "error.options.bad_number", "(--connections-per-address none)"},
    };
    for (auto& c : cases) {
        INFO("case " << c.n);
        std::vector<std::string> args{"--data", data, "--root", www, "--port", "0"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        ChildServer child(args);
        auto status = child.waitExit(10s);
        REQUIRE(status);
        CHECK(*status == 2);
        const std::string err = child.stderrText();
        INFO(err);
        CHECK(err.find(c.key) != std::string::npos);
        CHECK(err.find(c.text) != std::string::npos);
        CHECK_FALSE(child.readLine(100ms));
    }
}

TEST_CASE("process 4. a port already in use fails the start with 1", "[serve][process]") {
    auto site = makeSite();
    RunningServer holder(testOptions(site->www, site->dir.path() / "data-holder"));
    ChildServer child({"--root", site->www.string(), "--data", site->data.string(), "--port",
                       std::to_string(holder.port())});
    auto status = child.waitExit(10s);
    REQUIRE(status);
    CHECK(*status == 1);
    CHECK(child.stderrText().find("error.serve.bind_failed") != std::string::npos);
}

TEST_CASE("process 5. --help and --version answer on stdout with 0", "[serve][process]") {
    {
        ChildServer child({"--help"});
        auto line = child.readLine(5s);
        REQUIRE(line);
        CHECK(line->rfind("usage: huicai-serve", 0) == 0);
        auto status = child.waitExit(5s);
        REQUIRE(status);
        CHECK(*status == 0);
    }
    {
        ChildServer child({"--version"});
        auto line = child.readLine(5s);
        REQUIRE(line);
        CHECK(*line == std::string("huicai-serve ") + HUICAI_VERSION);
        auto status = child.waitExit(5s);
        REQUIRE(status);
        CHECK(*status == 0);
    }
}
