// Record keys of the domain state: building, splitting and listing them.
#include "core/model.h"

namespace huicai {

std::string recordKey(std::string_view kind, std::string_view id) {
    std::string k(kind);
    k += '/';
    k += id;
    return k;
}

std::optional<std::pair<std::string, std::string>> splitRecordKey(std::string_view key) {
    const auto slash = key.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    return std::pair<std::string, std::string>{std::string(key.substr(0, slash)), std::string(key.substr(slash + 1))};
}

bool recordExists(const State& state, std::string_view key) {
    const auto parts = splitRecordKey(key);
    if (!parts) return false;
    bool found = false;
    State::tables(state, [&](std::string_view kind, const auto& table) {
        if (kind == parts->first) found = table.count(parts->second) > 0;
    });
    return found;
}

std::vector<std::string> allRecordKeys(const State& state) {
    std::vector<std::string> keys;
    State::tables(state, [&](std::string_view kind, const auto& table) {
        for (const auto& [id, record] : table) keys.push_back(recordKey(kind, id));
    });
    return keys;
}

} // namespace huicai
