// Implements AppState's small queries.
#include "app/app_state.h"

#include "core/catalog_adjust.h"

#include <algorithm>

namespace huicai::app {

const std::vector<Offer>& AppState::offersOn(const std::string& recordKey) {
    static const std::vector<Offer> kNone;
    const Actor* actor = work.actor();
    if (!actor || !work.loaded) return kNone;
    return work.offerCache.get(work.state, *actor, recordKey, workContext(), work.version);
}

void AppState::refreshCatalog() {
    const std::size_t adjustments = work.loaded ? work.state.adjustments.size() : 0;
    if (m_catalogBuilt && m_catalogVersion == work.version && m_catalogAdjustments == adjustments) return;
    const bool unchanged = m_catalogBuilt && adjustments == 0 && m_catalogAdjustments == 0;
    m_catalogBuilt = true;
    m_catalogVersion = work.version;
    m_catalogAdjustments = adjustments;
    if (unchanged) return; // no adjustments before or now: the reference copy stands
    catalog = work.loaded ? effectiveCatalog(work.state, referenceCatalog) : referenceCatalog;
}

bool AppState::isFavourite(const std::string& code) const {
    return std::find(favourites.begin(), favourites.end(), code) != favourites.end();
}

} // namespace huicai::app
