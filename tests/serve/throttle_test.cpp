// The throttle's arithmetic with times passed in: free failures, delays doubling up
// to the cap, a refused try not counted, forgetting after a quiet spell or on a
// proven success, one try at a time once past the free ones, purposes kept apart,
// and the key an address is counted under (an IPv6 client by its /64).
#include "throttle.h"

#include <catch2/catch.hpp>

using huicai::serve::addressKey;
using huicai::serve::Throttle;
using huicai::serve::ThrottlePolicy;
using huicai::serve::Throttles;

namespace {
// One finished failing try at `now`; false when it was not admitted.
bool failAt(Throttle& t, const char* key, std::int64_t now) {
    if (t.admit(key, now) != 0) return false;
    t.done(key, now, true);
    return true;
}
} // namespace

TEST_CASE("throttle 1. free failures, then delays doubling to the cap, refused tries do not count", "[serve][S6.2][security]") {
    Throttle t(ThrottlePolicy{3, 1, 20, 3600});
    std::int64_t now = 1000;
    for (int i = 0; i < 3; ++i) REQUIRE(failAt(t, "a", now));
    CHECK(t.admit("a", now) == 0); // the fourth try is admitted…
    t.done("a", now, true);        // …and its failure shuts the key for 1 s
    const std::int64_t expected[] = {1, 2, 4, 8, 16, 20, 20};
    for (std::int64_t delay : expected) {
        INFO("delay " << delay);
        CHECK(t.admit("a", now) == delay);
        CHECK(t.admit("a", now + delay - 1) == 1); // refused, not counted: the wait does not grow
        now += delay;
        REQUIRE(failAt(t, "a", now));
    }
    CHECK(t.admit("b", now) == 0); // other keys are untouched
    t.done("b", now, false);
}

TEST_CASE("throttle 2. a quiet spell or a proven success forgets, past the free tries only one runs at a time", "[serve][S6.2][security]") {
    Throttle t(ThrottlePolicy{2, 5, 100, 600});
    REQUIRE(failAt(t, "k", 0));
    REQUIRE(failAt(t, "k", 0));
    REQUIRE(failAt(t, "k", 0));
    CHECK(t.admit("k", 0) == 5);
    // 600 s without a failure: the count starts again from nothing.
    REQUIRE(failAt(t, "k", 600));
    REQUIRE(failAt(t, "k", 600));
    CHECK(t.admit("k", 600) == 0);
    // A third try while the second of these would still be under way: one at a time.
    CHECK(t.admit("k", 600) == 1);
    t.done("k", 600, false, true); // a success that proves the owner forgets the failures
    CHECK(t.admit("k", 600) == 0);
    CHECK(t.admit("k", 600) == 0); // within the free ones again: side by side
    t.done("k", 600, false);
    t.done("k", 600, false);
    // Concurrent tries within the free ones all run, and all count.
    Throttle u(ThrottlePolicy{3, 1, 10, 600});
    CHECK(u.admit("p", 0) == 0);
    CHECK(u.admit("p", 0) == 0);
    CHECK(u.admit("p", 0) == 0);
    CHECK(u.admit("p", 0) == 1); // a fourth would pass the free ones while three run
    for (int i = 0; i < 3; ++i) u.done("p", 0, true);
    CHECK(u.admit("p", 0) == 0);
    u.done("p", 0, true);
    CHECK(u.admit("p", 0) == 1);
}

TEST_CASE("throttle 3. each purpose is its own object: a key in one never counts in another", "[serve][S6.2][security]") {
    Throttles all;
    for (int i = 0; i < 20; ++i) {
        CHECK(failAt(all.loginByAccount, "register@127.0.0.1", 0 + i * 100));
    }
    CHECK(all.registrationByAddress.admit("127.0.0.1", 2000) == 0);
    CHECK(all.loginByAddress.admit("127.0.0.1", 2000) == 0);
    CHECK(all.loginByAccount.policy().maxDelay == 30);
}

TEST_CASE("throttle 4. an address is counted as itself, an IPv6 client by its /64", "[serve][S6.2][security]") {
    CHECK(addressKey("127.0.0.1") == "127.0.0.1");
    CHECK(addressKey("2001:db8:1:2:aaaa::1") == "2001:0db8:0001:0002::/64");
    CHECK(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee") == addressKey("2001:db8:1:2::9"));
    CHECK(addressKey("2001:db8:1:3::1") != addressKey("2001:db8:1:2::1"));
    CHECK(addressKey("::ffff:192.0.2.7") == "192.0.2.7");
    CHECK(addressKey("not an address") == "not an address");
}
