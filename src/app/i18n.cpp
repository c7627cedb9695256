// Implements I18n: reading the per-domain tables of a language and key lookup.
#include "app/i18n.h"
#include "data/asset_files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace huicai::app {

std::vector<std::string> I18n::load(const std::string& dir, const std::string& lang) {
    m_text.clear();
    m_missing.clear();
    std::vector<std::string> bad;
    const std::string suffix = "." + lang + ".json";
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            files.push_back(it->path());
    }
    std::sort(files.begin(), files.end()); // the same order everywhere: ui before workflow, ...
    for (const auto& path : files) {
        const auto text = readTextFile(path.string());
        if (!text || !addTable(*text)) bad.push_back(path.filename().string());
    }
    return bad;
}

bool I18n::addTable(std::string_view json) {
    auto doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return false;
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (it.value().is_string()) m_text[it.key()] = it.value().get<std::string>();
    return true;
}

const char* I18n::tr(std::string_view key) const {
    std::string k(key);
    if (auto it = m_text.find(k); it != m_text.end()) return it->second.c_str();
    auto [it, inserted] = m_missing.try_emplace(k, k);
    return it->second.c_str();
}

bool I18n::has(std::string_view key) const { return m_text.count(std::string(key)) != 0; }

const char* I18n::trCount(std::string_view key, long long n) const {
    if (n == 1) {
        const std::string one = std::string(key) + ".one";
        if (auto it = m_text.find(one); it != m_text.end()) return it->second.c_str();
    }
    return tr(key);
}

std::string languageFor(std::string_view browserLanguage) {
    if (browserLanguage.size() >= 2 && (browserLanguage[0] == 'z' || browserLanguage[0] == 'Z') &&
        (browserLanguage[1] == 'h' || browserLanguage[1] == 'H'))
        return "zh-CN";
    return "en";
}

std::string normaliseLanguage(std::string_view lang, const std::string& fallback) {
    if (lang == "zh-CN" || lang == "en") return std::string(lang);
    return fallback;
}

} // namespace huicai::app
