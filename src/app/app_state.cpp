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
    if (m_catalogBuilt && m_catalogVersion == work.version) return; // every change of the state moves the version
    const bool adjusted = work.loaded && !work.state.adjustments.empty();
    // No adjustments before or now: the reference copy stands.
    if (!m_catalogBuilt || adjusted || m_catalogAdjusted) catalog = adjusted ? effectiveCatalog(work.state, referenceCatalog) : referenceCatalog;
    m_catalogBuilt = true;
    m_catalogVersion = work.version;
    m_catalogAdjusted = adjusted;
}

std::string AppState::errorText(std::string_view key, std::string_view detail) const {
    // A detail of digits is the message's count (seconds, rows): one may read the singular.
    const bool count = !detail.empty() && detail.size() < 10 && std::all_of(detail.begin(), detail.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::string out = count ? i18n.trCount(key, std::stoll(std::string(detail))) : tr(key);
    const std::string field = "field." + std::string(detail);
    const std::string value = i18n.has(field) ? tr(field) : std::string(detail);
    static constexpr std::string_view kSlot = "{detail}";
    for (auto at = out.find(kSlot); at != std::string::npos; at = out.find(kSlot, at + value.size())) out.replace(at, kSlot.size(), value);
    return out;
}

bool AppState::isFavourite(const std::string& code) const {
    return std::find(favourites.begin(), favourites.end(), code) != favourites.end();
}

} // namespace huicai::app
