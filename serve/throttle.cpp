// Implements Throttle: one entry per key with its failure count, the tries under
// way, the last failure and the end of its delay.
#include "throttle.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cstdio>

namespace huicai::serve {

std::int64_t Throttle::admit(std::string_view key, std::int64_t now) {
    std::lock_guard lock(m_mutex);
    if (m_entries.size() >= kMaxKeys) prune(now);
    Entry& e = m_entries[std::string(key)];
    if (e.failures > 0 && e.running == 0 && now - e.lastFailure >= m_policy.forgetAfter && e.shutUntil <= now) e = Entry{};
    if (e.shutUntil > now) return e.shutUntil - now;
    if (e.running > 0 && e.failures + e.running >= m_policy.freeFailures) return 1; // one at a time past the free tries
    ++e.running;
    return 0;
}

void Throttle::done(std::string_view key, std::int64_t now, bool failed, bool forget) {
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(std::string(key));
    if (it == m_entries.end()) return;
    Entry& e = it->second;
    if (e.running > 0) --e.running;
    if (forget) {
        const int running = e.running;
        e = Entry{};
        e.running = running;
    }
    if (!failed) {
        if (e.failures == 0 && e.running == 0) m_entries.erase(it); // nothing to remember
        return;
    }
    e.failures = std::min(e.failures + 1, m_policy.freeFailures + 62);
    e.lastFailure = now;
    const int over = e.failures - m_policy.freeFailures;
    if (over <= 0) return;
    std::int64_t delay = m_policy.firstDelay;
    for (int i = 1; i < over && delay < m_policy.maxDelay; ++i) delay *= 2;
    e.shutUntil = std::max(e.shutUntil, now + std::min(delay, m_policy.maxDelay));
}

void Throttle::prune(std::int64_t now) {
    auto idle = [&](const Entry& e) { return e.running == 0 && e.shutUntil <= now; };
    std::erase_if(m_entries, [&](const auto& kv) { return idle(kv.second) && now - kv.second.lastFailure >= m_policy.forgetAfter; });
    if (m_entries.size() >= kMaxKeys) std::erase_if(m_entries, [&](const auto& kv) { return idle(kv.second); });
}

std::string addressKey(std::string_view address) {
    if (address.find(':') == std::string_view::npos) return std::string(address);
    unsigned char bytes[16];
    if (inet_pton(AF_INET6, std::string(address).c_str(), bytes) != 1) return std::string(address);
    static constexpr unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    char text[64];
    if (std::equal(kMapped, kMapped + 12, bytes)) {
        std::snprintf(text, sizeof text, "%u.%u.%u.%u", bytes[12], bytes[13], bytes[14], bytes[15]);
        return text;
    }
    std::snprintf(text, sizeof text, "%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", bytes[0], bytes[1], bytes[2], bytes[3],
                  bytes[4], bytes[5], bytes[6], bytes[7]);
    return text;
}

} // namespace huicai::serve
