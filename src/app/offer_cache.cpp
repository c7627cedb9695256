// Implements OfferCache: one map of offers per (version, actor, day).
#include "app/offer_cache.h"

namespace huicai::app {

const std::vector<Offer>& OfferCache::get(const State& state, const Actor& actor, const std::string& recordKey,
                                          const Context& ctx, std::uint64_t version) {
    if (version != m_version || !(actor == m_actor) || !(ctx.now == m_today)) {
        m_offers.clear();
        m_version = version;
        m_actor = actor;
        m_today = ctx.now;
    }
    auto it = m_offers.find(recordKey);
    if (it == m_offers.end()) {
        ++m_computed;
        it = m_offers.emplace(recordKey, offers(state, actor, recordKey, ctx)).first;
    }
    return it->second;
}

} // namespace huicai::app
