// Command-line parsing of huicai-serve: defaults, both value spellings, limits of
// each value, and the error key and detail of every kind of bad option.
#include "options.h"

#include <catch2/catch.hpp>

using huicai::serve::Options;
using huicai::serve::parseOptions;

TEST_CASE("options 1. no arguments give the documented defaults", "[serve][options]") {
    auto o = parseOptions({});
    REQUIRE(o.ok());
    CHECK(o->root == "build/web/www");
    CHECK(o->data == "build/data");
    CHECK(o->host == "127.0.0.1");
    CHECK(o->port == 8080);
    CHECK(o->maxBody == 1024u * 1024u);
    CHECK_FALSE(o->quiet);
    CHECK_FALSE(o->help);
    CHECK_FALSE(o->version);
}

TEST_CASE("options 2. every option is read in both spellings", "[serve][options]") {
    auto spaced = parseOptions({"--root", "/srv/www", "--data", "/srv/data", "--host", "0.0.0.0", "--port", "0",
                                "--max-body", "2048", "--quiet"});
    auto joined = parseOptions({"--root=/srv/www", "--data=/srv/data", "--host=0.0.0.0", "--port=0",
                                "--max-body=2048", "-q"});
    for (auto* r : {&spaced, &joined}) {
        REQUIRE(r->ok());
        const Options& o = r->value();
        CHECK(o.root == "/srv/www");
        CHECK(o.data == "/srv/data");
        CHECK(o.host == "0.0.0.0");
        CHECK(o.port == 0);
        CHECK(o.maxBody == 2048u);
        CHECK(o.quiet);
    }
    CHECK(parseOptions({"--port", "65535"})->port == 65535);
    CHECK(parseOptions({"--max-body", "1073741824"})->maxBody == huicai::serve::kMaxBodyLimit);
    CHECK(parseOptions({"--help"})->help);
    CHECK(parseOptions({"-h"})->help);
    CHECK(parseOptions({"--version"})->version);
    CHECK(parseOptions({"--root", "a", "--root", "b"})->root == "b");
}

TEST_CASE("options 3. bad options name the option, and the value at fault", "[serve][options]") {
    struct {
        int n;
        std::vector<std::string> args;
        const char* key;
        const char* detail;
    } cases[] = {
        {1, {"--port", "x"}, "error.options.bad_port", "--port x"},
        {2, {"--port", "65536"}, "error.options.bad_port", "--port 65536"},
        {3, {"--port", "-1"}, "error.options.bad_port", "--port -1"},
        {4, {"--port", "80 "}, "error.options.bad_port", "--port 80 "},
        {5, {"--max-body", "0"}, "error.options.bad_size", "--max-body 0"},
        {6, {"--max-body", "1073741825"}, "error.options.bad_size", "--max-body 1073741825"},
        {7, {"--max-body", "1M"}, "error.options.bad_size", "--max-body 1M"},
        {8, {"--port"}, "error.options.missing_value", "--port"},
        {9, {"--data"}, "error.options.missing_value", "--data"},
        {10, {"--root", ""}, "error.options.empty_value", "--root"},
        {11, {"--host="}, "error.options.empty_value", "--host"},
        {12, {"--verbose"}, "error.options.unknown", "--verbose"},
        {13, {"www"}, "error.options.unknown", "www"},
        {14, {"--quiet=1"}, "error.options.unknown", "--quiet=1"},
        {15, {"-p", "80"}, "error.options.unknown", "-p"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto o = parseOptions(c.args);
        REQUIRE_FALSE(o.ok());
        CHECK(o.error().key == c.key);
        CHECK(o.error().detail == c.detail);
    }
}

TEST_CASE("options 4. the sync options: demo on by default, --no-demo, --today, --session-ttl, --fast-passwords", "[serve][options]") {
    auto d = parseOptions({});
    REQUIRE(d.ok());
    CHECK(d->demo);
    CHECK(d->today.empty());
    CHECK(d->sessionTtl == 12 * 3600);
    CHECK_FALSE(d->fastPasswords);
    auto o = parseOptions({"--no-demo", "--today", "2025-06-02", "--session-ttl=60", "--fast-passwords"});
    REQUIRE(o.ok());
    CHECK_FALSE(o->demo);
    CHECK(o->today == "2025-06-02");
    CHECK(o->sessionTtl == 60);
    CHECK(o->fastPasswords);
    struct {
        int n;
        std::vector<std::string> args;
        const char* key;
    } cases[] = {
        {1, {"--today", "2025-02-30"}, "error.options.bad_date"},
        {2, {"--today=tomorrow"}, "error.options.bad_date"},
        {3, {"--session-ttl", "0"}, "error.options.bad_number"},
        {4, {"--session-ttl", "1h"}, "error.options.bad_number"},
        {5, {"--no-demo=yes"}, "error.options.unknown"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto r = parseOptions(c.args);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == c.key);
    }
}

TEST_CASE("options 5. --max-file: 10 MiB by default, both spellings, 1 byte to 4 GiB, named in the usage text",
          "[serve][options][S7.4]") {
    CHECK(parseOptions({})->maxFile == 10u * 1024u * 1024u);
    CHECK(parseOptions({"--max-file", "2048"})->maxFile == 2048u);
    CHECK(parseOptions({"--max-file=1"})->maxFile == 1u);
    CHECK(parseOptions({"--max-file", "4294967296"})->maxFile == huicai::serve::kMaxFileOptionLimit);
    struct {
        int n;
        std::vector<std::string> args;
        const char* key;
        const char* detail;
    } cases[] = {
        {1, {"--max-file", "0"}, "error.options.bad_size", "--max-file 0"},
        {2, {"--max-file", "4294967297"}, "error.options.bad_size", "--max-file 4294967297"},
        {3, {"--max-file", "10M"}, "error.options.bad_size", "--max-file 10M"},
        {4, {"--max-file", "-1"}, "error.options.bad_size", "--max-file -1"},
        {5, {"--max-file"}, "error.options.missing_value", "--max-file"},
        {6, {"--max-file="}, "error.options.empty_value", "--max-file"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto r = parseOptions(c.args);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == c.key);
        CHECK(r.error().detail == c.detail);
    }
    CHECK(huicai::serve::usageText().find("--max-file BYTES") != std::string::npos);
}

TEST_CASE("options 6. --request-time and --connections-per-address: defaults, both spellings, a bad value named",
          "[serve][options][security]") {
    auto d = parseOptions({});
    REQUIRE(d.ok());
    CHECK(d->requestTime == 30);
    CHECK(d->connectionsPerAddress == 8);
    auto o = parseOptions({"--request-time", "5", "--connections-per-address=2"});
    REQUIRE(o.ok());
    CHECK(o->requestTime == 5);
    CHECK(o->connectionsPerAddress == 2);
    struct {
        int n;
        std::vector<std::string> args;
        const char* key;
        const char* detail;
    } cases[] = {
        {1, {"--request-time", "0"}, "error.options.bad_number", "--request-time 0"},
        {2, {"--request-time=30s"}, "error.options.bad_number", "--request-time 30s"},
        {3, {"--connections-per-address", "-1"}, "error.options.bad_number", "--connections-per-address -1"},
        {4, {"--connections-per-address", "many"}, "error.options.bad_number", "--connections-per-address many"},
        {5, {"--request-time"}, "error.options.missing_value", "--request-time"},
        {6, {"--connections-per-address="}, "error.options.empty_value", "--connections-per-address"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto r = parseOptions(c.args);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == c.key);
        CHECK(r.error().detail == c.detail);
    }
    const std::string usage = huicai::serve::usageText();
    CHECK(usage.find("--request-time S") != std::string::npos);
    CHECK(usage.find("--connections-per-address N") != std::string::npos);
}

TEST_CASE("options 7. --base-url: an absolute http(s) URL kept as given, anything else named", "[serve][options]") {
    CHECK(parseOptions({})->baseUrl.empty());
    CHECK(parseOptions({"--base-url", "https://huicai.example.gov.cn"})->baseUrl == "https://huicai.example.gov.cn");
    CHECK(parseOptions({"--base-url=http://10.0.0.5:8080/huicai/"})->baseUrl == "http://10.0.0.5:8080/huicai/");
    for (const char* bad : {"huicai.example.gov.cn", "ftp://x.example", "https://", "https:///path", "https://x.example/?a=1",
                            "https://x.example/#top", "https://user@x.example", "https://x.example/a b", "javascript:alert(1)"}) {
        INFO(bad);
        auto r = parseOptions({"--base-url", bad});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == "error.options.bad_url");
        CHECK(r.error().detail == std::string("--base-url ") + bad);
    }
    CHECK(parseOptions({"--base-url"}).error().detail == "--base-url");
    CHECK(huicai::serve::usageText().find("--base-url URL") != std::string::npos);
}

TEST_CASE("options 8. every bad value stops with a detail naming its option", "[serve][options]") {
    const std::vector<std::vector<std::string>> cases = {
        {"--port", "x"},
        {"--max-body", "0"},
        {"--max-file", "0"},
        {"--today", "2025-02-30"},
        {"--session-ttl", "0"},
        {"--request-time", "0"},
        {"--connections-per-address", "0"},
        {"--base-url", "x"},
        {"--root", ""},
        {"--data"},
        {"--quiet=1"},
    };
    for (const auto& args : cases) {
        INFO(args[0]);
        auto r = parseOptions(args);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().detail.rfind(args[0].substr(0, args[0].find('=')), 0) == 0);
    }
    // --help lists every option.
    const std::string usage = huicai::serve::usageText();
    for (const char* option : {"--root", "--data", "--host", "--port", "--base-url", "--max-body", "--max-file", "--request-time",
                               "--connections-per-address", "--quiet", "--no-demo", "--today", "--session-ttl",
                               "--fast-passwords", "--rotate-card-key", "--withdraw-card-key", "--version", "--help"}) {
        INFO(option);
        CHECK(usage.find(option) != std::string::npos);
    }
}
