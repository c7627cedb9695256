// Sign-in throttling against the real server on loopback, with clients on several
// loopback addresses (127.0.0.x) and the server's clock moved on instead of waiting:
// failures from one address slow that address down with doubling delays (429 with
// Retry-After) whatever account it tries, so one password tried across many
// accounts is limited; failures on one account from many addresses slow the account
// down by at most 30 s, never a lockout, so the owner always gets in; an unknown
// login is answered exactly like a known one, after the same password check; and
// sign-in failures and registrations are counted apart.
#include "sync_support.h"

#include "auth.h"

#include <catch2/catch.hpp>

#include <string>

using namespace sync_test;

namespace {

struct Answer {
    int status = 0;
    std::int64_t retryAfter = 0; // 0 when the header is absent
    json body;
};

Answer postFrom(const char* source, int port, const std::string& path, const json& body) {
    const std::string payload = body.dump();
    const std::string request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
                                "Content-Length: " + std::to_string(payload.size()) + "\r\nConnection: close\r\n\r\n" + payload;
    const std::string raw = serve_test::rawRequest(port, request, source);
    Answer a;
    a.status = serve_test::rawStatus(raw);
    const std::string retry = serve_test::rawHeader(raw, "Retry-After");
    a.retryAfter = retry.empty() ? 0 : std::stoll(retry);
    a.body = serve_test::parseJson(serve_test::rawBody(raw));
    return a;
}

Answer loginFrom(const char* source, int port, const std::string& login, const std::string& password) {
    return postFrom(source, port, "/api/v1/session", versions(json{{"login", login}, {"password", password}}));
}

void checkRateLimited(const Answer& a, std::int64_t seconds) {
    INFO(a.body.dump());
    CHECK(a.status == 429);
    CHECK(a.retryAfter == seconds);
    CHECK(a.body["error"]["key"] == "error.session.rate_limited");
    CHECK(a.body["error"]["detail"] == std::to_string(seconds));
    CHECK_FALSE(a.body.contains("token"));
}

} // namespace

TEST_CASE("probe 5a. five wrong passwords do not lock the owner out: the owner signs in from another address at once",
          "[sync][S6.2][security]") {
    World w;
    const int port = w.server->port();
    for (int i = 0; i < 6; ++i) {
        INFO("failure " << i + 1);
        auto bad = loginFrom("127.0.0.2", port, "S1", "guess-" + std::to_string(i));
        CHECK(bad.status == 401);
        CHECK(bad.body["error"]["key"] == "error.session.bad_login");
    }
    // The guessing address waits, even with the right password…
    checkRateLimited(loginFrom("127.0.0.2", port, "S1", passwordOf("S1")), 1);
    // …the owner, elsewhere, does not.
    auto owner = loginFrom("127.0.0.3", port, "S1", passwordOf("S1"));
    INFO(owner.body.dump());
    REQUIRE(owner.status == 200);
    CHECK(owner.body["user"]["id"] == "S1");
}

TEST_CASE("probe 5b. one password tried across many accounts from one address meets delays that double up to 15 minutes",
          "[sync][S6.2][security]") {
    World w;
    const int port = w.server->port();
    const std::vector<std::string> accounts{"T1", "T2", "S1", "S2", "ADM-E1", "W-370102", "no.such.user", "root"};
    std::size_t next = 0;
    auto spray = [&] { return loginFrom("127.0.0.2", port, accounts[next++ % accounts.size()], "Password123"); };
    for (int i = 0; i < 5; ++i) CHECK(spray().status == 401); // five free failures
    std::int64_t delay = 1;
    for (int round = 0; round < 13; ++round) {
        INFO("round " << round);
        CHECK(spray().status == 401);     // admitted, failed: the address now waits `delay`
        checkRateLimited(spray(), delay); // refused, and not counted
        w.advance(delay - 1);
        CHECK(spray().status == 429); // a second early is still too early
        w.advance(1);
        delay = std::min<std::int64_t>(delay * 2, 900);
    }
    CHECK(delay == 900);
    // Another address is not slowed down by this one.
    CHECK(loginFrom("127.0.0.3", port, "T1", passwordOf("T1")).status == 200);
}

TEST_CASE("probe 5c. one account tried from many addresses is slowed down by at most 30 s, never locked",
          "[sync][S6.2][security]") {
    World w;
    const int port = w.server->port();
    int host = 10;
    auto attacker = [&] {
        const std::string source = "127.0.0." + std::to_string(host++);
        return loginFrom(source.c_str(), port, "T1", "guess");
    };
    for (int i = 0; i < 10; ++i) CHECK(attacker().status == 401); // ten free failures on the account
    std::int64_t longest = 0;
    for (int round = 0; round < 8; ++round) {
        INFO("round " << round);
        CHECK(attacker().status == 401);
        // The owner is told to wait a little, never more than 30 s…
        auto owner = loginFrom("127.0.0.200", port, "T1", passwordOf("T1"));
        CHECK(owner.status == 429);
        CHECK(owner.retryAfter >= 1);
        CHECK(owner.retryAfter <= 30);
        longest = std::max(longest, owner.retryAfter);
        w.advance(owner.retryAfter);
    }
    CHECK(longest == 30);
    // …and once that wait is over, signs in.
    auto owner = loginFrom("127.0.0.200", port, "T1", passwordOf("T1"));
    INFO(owner.body.dump());
    CHECK(owner.status == 200);
    // The owner's success forgets the account's failures: the next wrong guess is free again.
    CHECK(attacker().status == 401);
    CHECK(loginFrom("127.0.0.201", port, "T1", passwordOf("T1")).status == 200);
}

TEST_CASE("probe 5d. an unknown login is answered like a known one, after the same password check, and throttled alike",
          "[sync][S6.2][security]") {
    World w;
    const int port = w.server->port();
    auto checksDuring = [](auto&& f) {
        const auto before = huicai::serve::passwordChecks();
        auto r = f();
        return std::pair{r, huicai::serve::passwordChecks() - before};
    };
    auto [known, knownChecks] = checksDuring([&] { return loginFrom("127.0.0.2", port, "S1", "wrong-password"); });
    auto [unknown, unknownChecks] = checksDuring([&] { return loginFrom("127.0.0.3", port, "s1.nobody", "wrong-password"); });
    // Both cost one argon2id check of the same strength (the unknown one against a
    // hash made at start), so neither answers faster.
    CHECK(knownChecks == 1);
    CHECK(unknownChecks == 1);
    CHECK(known.status == 401);
    CHECK(unknown.status == 401);
    CHECK(unknown.body["error"]["key"] == known.body["error"]["key"]);
    // The same text, each echoing the login it was given.
    CHECK(unknown.body["error"]["detail"] == "s1.nobody");
    CHECK(known.body["error"]["detail"] == "S1");
    auto withoutDetail = [](const Answer& a) {
        std::string m = a.body["error"]["message"].get<std::string>();
        return m.substr(0, m.size() - a.body["error"]["detail"].get<std::string>().size());
    };
    CHECK(withoutDetail(unknown) == withoutDetail(known));
    // The account throttle does not tell them apart either.
    int host = 10;
    for (const std::string login : {"S2", "s2.nobody"}) {
        INFO(login);
        for (int i = 0; i < 11; ++i) {
            const std::string source = "127.0.0." + std::to_string(host++);
            CHECK(loginFrom(source.c_str(), port, login, "wrong-password").status == 401);
        }
        checkRateLimited(loginFrom("127.0.0.250", port, login, "wrong-password"), 1);
    }
}

TEST_CASE("probe 6. sign-in failures and registrations are counted apart: logging in as register@127.0.0.1 uses up no registrations",
          "[sync][S6.2][security]") {
    World w;
    const int port = w.server->port();
    for (int i = 0; i < 5; ++i) CHECK(loginFrom("127.0.0.1", port, "register@127.0.0.1", "x").status == 401);
    json bad = versions(json{{"login", "x"}, {"password", "Huicai-new-2026"}, {"name", "张新才"}, {"category", "professional_technical"}, {"id_type", "resident_id"}, {"id_number", "370102199001011231"}, {"employer", "E1"}});
    // All ten registrations this address has are still there (refused for the bad login, not limited).
    for (int i = 0; i < 10; ++i) {
        INFO("registration " << i + 1);
        auto r = postFrom("127.0.0.1", port, "/api/v1/register", bad);
        CHECK(r.status == 400);
        CHECK(r.body["error"]["key"] == "error.register.login_format");
    }
    auto limited = postFrom("127.0.0.1", port, "/api/v1/register", bad);
    CHECK(limited.status == 429);
    CHECK(limited.retryAfter == 60);
    // And the registrations used up leave sign-ins from the address alone.
    CHECK(loginFrom("127.0.0.1", port, "S1", passwordOf("S1")).status == 200);
}
