// Throttle: growing delays for repeated failures under one key (a client address,
// an account name), kept in memory. The first `freeFailures` failures cost nothing;
// each one after them shuts the key for a delay that doubles per failure, from
// `firstDelay` up to `maxDelay` seconds. A try while the key is shut is refused
// without counting, with the seconds left (the Retry-After of a 429). A key with no
// failure for `forgetAfter` seconds starts again from nothing. There is no lockout:
// at worst a key waits `maxDelay` between two tries.
//
// Tries run concurrently (a password check takes a while), so a try is admitted
// first and ended once its outcome is known: while the key's failures and the tries
// under way stay within the free ones, tries run side by side; past them, one at a
// time, so parallel requests cannot slip extra guesses past the delays.
//
// Times are Unix seconds passed in by the caller. One Throttle serves one purpose;
// each purpose has its own object, so keys of different purposes never meet.
// Thread-safe.
#pragma once
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace huicai::serve {

struct ThrottlePolicy {
    int freeFailures = 5;
    std::int64_t firstDelay = 1;
    std::int64_t maxDelay = 900;
    std::int64_t forgetAfter = 3600;
};

class Throttle {
public:
    // At most about this many keys are remembered; past it, keys that are not shut
    // are forgotten first.
    static constexpr std::size_t kMaxKeys = 100000;

    explicit Throttle(ThrottlePolicy policy) : m_policy(policy) {}

    // 0 when a try of `key` at `now` is admitted (end it with done()); otherwise the
    // seconds to wait before trying again, and nothing is counted.
    std::int64_t admit(std::string_view key, std::int64_t now);
    // Ends an admitted try: `failed` counts a failure at `now`; `forget` (a success
    // that proves the key's owner) forgets the key's failures.
    void done(std::string_view key, std::int64_t now, bool failed, bool forget = false);
    const ThrottlePolicy& policy() const { return m_policy; }

private:
    struct Entry {
        int failures = 0;
        int running = 0;
        std::int64_t lastFailure = 0;
        std::int64_t shutUntil = 0;
    };
    void prune(std::int64_t now);

    ThrottlePolicy m_policy;
    std::mutex m_mutex;
    std::unordered_map<std::string, Entry> m_entries;
};

// The key a client address is throttled under: an IPv4 address as it is; an IPv6
// address by its /64 network (one subscriber's whole block), an IPv4-mapped one as
// the IPv4 address.
std::string addressKey(std::string_view address);

// The throttles of the server's public entry points, one object per purpose.
struct Throttles {
    // Failed sign-ins from one client address: 5 free, then 1 s doubling up to 15 min.
    Throttle loginByAddress{ThrottlePolicy{5, 1, 900, 3600}};
    // Failed sign-ins on one account name (known or not) from anywhere: 10 free, then
    // 1 s doubling up to 30 s, so that others' tries never lock the owner out.
    Throttle loginByAccount{ThrottlePolicy{10, 1, 30, 3600}};
    // Registration requests from one client address (each counts, accepted or not):
    // 10 at once, then each further one waits 1 min doubling up to 1 h (the tenth
    // request's count starts the first wait).
    Throttle registrationByAddress{ThrottlePolicy{9, 60, 3600, 600}};
};

} // namespace huicai::serve
