// Implements AppState's small queries.
#include "app/app_state.h"

#include <algorithm>

namespace huicai::app {

const std::vector<Offer>& AppState::offersOn(const std::string& recordKey) {
    static const std::vector<Offer> kNone;
    const Actor* actor = work.actor();
    if (!actor || !work.loaded) return kNone;
    return work.offerCache.get(work.state, *actor, recordKey, workContext(), work.version);
}

bool AppState::isFavourite(const std::string& code) const {
    return std::find(favourites.begin(), favourites.end(), code) != favourites.end();
}

} // namespace huicai::app
