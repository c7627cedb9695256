// Implements MessageTable.
#include "message_table.h"

#include "messages.h"

#include "data/asset_files.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace huicai::serve {

MessageTable MessageTable::load(const std::string& i18nDir) {
    MessageTable t;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(i18nDir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() < 8 || name.compare(name.size() - 8, 8, ".en.json") != 0) continue;
        auto text = readTextFile(entry.path().string());
        if (!text) continue;
        auto j = nlohmann::json::parse(*text, nullptr, false);
        if (!j.is_object()) continue;
        for (auto it = j.begin(); it != j.end(); ++it)
            if (it->is_string()) t.m_texts[it.key()] = it->get<std::string>();
    }
    return t;
}

std::string MessageTable::text(const Error& error) const {
    auto it = m_texts.find(error.key);
    std::string s = it != m_texts.end() ? it->second : std::string(englishMessage(error.key));
    if (auto at = s.find("{detail}"); at != std::string::npos) s.replace(at, 8, error.detail);
    return s;
}

} // namespace huicai::serve
