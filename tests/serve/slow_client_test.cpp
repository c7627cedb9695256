// Slow senders cannot stop the server: one address holds at most
// --connections-per-address connections (more are answered 503 at once), a request
// that has not arrived whole within --request-time is answered 408 and its
// connection closed, and health keeps answering meanwhile. Every slow sender here
// sends one piece every 200 ms until the server answers or closes, and gives up by
// itself after 15 s, which only a server without these bounds lets happen.
#include "serve_support.h"

#include <catch2/catch.hpp>

#include <future>
#include <poll.h>
#include <unistd.h>

using namespace serve_test;

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kGiveUp = 15s;

// Sends `piece` every 200 ms until the server sends something or closes (then its
// answer) or until `giveUp` (then "").
std::string trickle(int fd, const std::string& piece, Clock::time_point giveUp) {
    while (Clock::now() < giveUp) {
        pollfd p{fd, POLLIN, 0};
        if (poll(&p, 1, 200) > 0 || !sendAll(fd, piece)) return readAnswer(fd);
    }
    return {};
}

huicai::serve::Options slowOptions(const Site& site) {
    auto options = testOptions(site.www, site.data);
    options.requestTime = 2;
    options.connectionsPerAddress = 4;
    return options;
}

} // namespace

TEST_CASE("security 3a. sixteen slow connections from one address: the address holds four, the rest get 503 at "
          "once, health answers, and the four are cut off with 408",
          "[serve][security]") {
    auto site = makeSite();
    RunningServer server(slowOptions(*site));

    // Four connections that the server has surely taken (each has had an answer),
    // each then starting a request it sends slowly.
    std::vector<int> held;
    for (int i = 0; i < 4; ++i) {
        int fd = connectLoopback(server.port(), "127.0.0.2");
        REQUIRE(fd >= 0);
        REQUIRE(sendAll(fd, "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        REQUIRE(rawStatus(readAnswer(fd)) == 200);
        REQUIRE(sendAll(fd, "GET /api/v1/health HTTP/1.1\r\n"));
        held.push_back(fd);
    }
    // Sixteen more from the same address are answered without sending anything.
    std::vector<int> more;
    for (int i = 0; i < 16; ++i) {
        more.push_back(connectLoopback(server.port(), "127.0.0.2"));
        REQUIRE(more.back() >= 0);
    }
    for (std::size_t i = 0; i < more.size(); ++i) {
        INFO("connection " << i);
        const std::string answer = readAnswer(more[i]);
        close(more[i]);
        CHECK(rawStatus(answer) == 503);
        CHECK(answerErrorKey(answer) == "error.http.too_many_connections");
        CHECK(answer.find("\r\nRetry-After: 1\r\n") != std::string::npos);
        CHECK(answer.find("\r\nX-Content-Type-Options: nosniff\r\n") != std::string::npos);
    }
    // Another address is served meanwhile.
    auto health = server.client()->Get("/api/v1/health");
    REQUIRE(health);
    CHECK(health->status == 200);

    // The four, still sending a header line at a time, are cut off.
    const auto giveUp = Clock::now() + kGiveUp;
    std::vector<std::future<std::string>> slow;
    for (int fd : held) slow.push_back(std::async(std::launch::async, trickle, fd, "X-Slow: 1\r\n", giveUp));
    for (std::size_t i = 0; i < slow.size(); ++i) {
        INFO("held connection " << i);
        const std::string answer = slow[i].get();
        close(held[i]);
        CHECK(rawStatus(answer) == 408);
        CHECK(answerErrorKey(answer) == "error.http.request_timeout");
        CHECK(answer.find("\r\nConnection: close\r\n") != std::string::npos);
    }
}

TEST_CASE("security 3b. sixteen slow senders from sixteen addresses fill the pool, are each answered 408 after "
          "--request-time, and health answers",
          "[serve][security]") {
    auto site = makeSite();
    RunningServer server(slowOptions(*site));
    const auto giveUp = Clock::now() + kGiveUp;
    std::vector<int> fds;
    std::vector<std::future<std::string>> senders;
    for (int i = 0; i < 16; ++i) {
        int fd = connectLoopback(server.port(), "127.0.0." + std::to_string(10 + i));
        REQUIRE(fd >= 0);
        fds.push_back(fd);
        // Half send their headers slowly, half their body.
        const bool body = i % 2 == 1;
        REQUIRE(sendAll(fd, body ? "POST /api/v1/register HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                   "application/json\r\nContent-Length: 1000\r\n\r\n{"
                                 : "POST /api/v1/register HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        senders.push_back(std::async(std::launch::async, trickle, fd, body ? " " : "X-Slow: 1\r\n", giveUp));
    }
    // Health waits at most until the senders are cut off.
    httplib::Client cli("127.0.0.1", server.port());
    cli.set_read_timeout(std::chrono::duration_cast<std::chrono::seconds>(kGiveUp).count());
    auto health = cli.Get("/api/v1/health");
    CHECK(health);
    if (health) CHECK(health->status == 200);
    for (std::size_t i = 0; i < senders.size(); ++i) {
        INFO("sender " << i);
        const std::string answer = senders[i].get();
        close(fds[i]);
        CHECK(rawStatus(answer) == 408);
        CHECK(answerErrorKey(answer) == "error.http.request_timeout");
    }
}
