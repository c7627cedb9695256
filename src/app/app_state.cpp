// Implements AppState's small queries.
#include "app/app_state.h"

#include <algorithm>

namespace huicai::app {

bool AppState::isFavourite(const std::string& code) const {
    return std::find(favourites.begin(), favourites.end(), code) != favourites.end();
}

} // namespace huicai::app
