// Server's life cycle in-process: what open() refuses, that a stop asked for
// before run() is not lost, and that the database file lives in the data folder.
#include "serve_support.h"

#include <catch2/catch.hpp>

#include <future>

using namespace serve_test;

TEST_CASE("server 1. open refuses a missing root and a data folder that cannot be made", "[serve][server]") {
    auto site = makeSite();
    auto noRoot = huicai::serve::Server::open(testOptions(site->www / "missing", site->data));
    REQUIRE_FALSE(noRoot.ok());
    CHECK(noRoot.error().key == "error.serve.root_missing");
    CHECK(noRoot.error().detail == (site->www / "missing").string());

    writeFile(site->dir.path() / "a-file", "not a folder");
    auto badData = huicai::serve::Server::open(testOptions(site->www, site->dir.path() / "a-file" / "data"));
    REQUIRE_FALSE(badData.ok());
    CHECK(badData.error().key == "error.serve.data_dir");
}

TEST_CASE("server 2. the database file is made inside a new data folder", "[serve][server]") {
    auto site = makeSite();
    const fs::path data = site->dir.path() / "nested" / "data";
    auto server = huicai::serve::Server::open(testOptions(site->www, data));
    REQUIRE(server.ok());
    CHECK((*server)->databasePath() == data / "huicai.sqlite");
    CHECK(fs::is_regular_file(data / "huicai.sqlite"));
}

TEST_CASE("server 3. a stop before run, or right after it starts, ends run promptly", "[serve][server]") {
    auto site = makeSite();
    for (int delayMs : {-1, 0, 1, 20}) {
        INFO("stop " << delayMs << " ms after run starts (-1: before)");
        auto server = huicai::serve::Server::open(testOptions(site->www, site->data));
        REQUIRE(server.ok());
        huicai::serve::Server& s = **server;
        REQUIRE(s.bind().ok());
        if (delayMs < 0) s.stop();
        auto ran = std::async(std::launch::async, [&s] { return s.run(); });
        if (delayMs >= 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            s.stop();
        }
        REQUIRE(ran.wait_for(5s) == std::future_status::ready);
        CHECK(ran.get());
    }
}
