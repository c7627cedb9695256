// The offers (core/offers.h) of the records a screen shows, kept until the state
// moves: a probe copies the state, so each record's offers are asked of the core once
// per workspace version, acting user and day, not once per frame. A screen draws one
// control per offer and nothing else: the card steps of the window, the employer
// specialist and the talent, the department's and the agency's task steps, the
// requests' dispatch, report and rating, the bookings, the hotline requests and the
// correction notices.
#pragma once
#include "core/offers.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace huicai::app {

class OfferCache {
public:
    // The offers `actor` has on `recordKey` now; computed again only when `version`,
    // the actor or the context's day changed since the last call.
    const std::vector<Offer>& get(const State& state, const Actor& actor, const std::string& recordKey,
                                  const Context& ctx, std::uint64_t version);
    // How many records' offers were asked of the core (for tests).
    int computed() const { return m_computed; }

private:
    std::uint64_t m_version = 0;
    Actor m_actor;
    Date m_today;
    std::map<std::string, std::vector<Offer>> m_offers;
    int m_computed = 0;
};

} // namespace huicai::app
