// Implements I18n: reading the per-domain tables of a language and key lookup.
#include "app/i18n.h"
#include "data/asset_files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <utility>

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

namespace {

// Reads a table's top-level string entries as the parser meets them, without a
// document: a language's tables are read before the first frame, and building a DOM of
// every message only to copy it out cost about twice the time.
class TableReader final : public nlohmann::json::json_sax_t {
public:
    std::vector<std::pair<std::string, std::string>> entries;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool string(string_t& s) override {
        if (m_depth == 1) entries.emplace_back(std::move(m_key), std::move(s));
        return value();
    }
    bool key(string_t& k) override {
        if (m_depth == 1) m_key = std::move(k);
        return true;
    }
    bool start_object(std::size_t) override { return open(true); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_object() override { return --m_depth, true; }
    bool end_array() override { return --m_depth, true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    // The document itself must be an object; anything under its keys but a string is skipped.
    bool value() const { return m_depth > 0; }
    bool open(bool object) {
        if (m_depth == 0 && !object) return false;
        ++m_depth;
        return true;
    }
    int m_depth = 0;
    std::string m_key;
};

} // namespace

bool I18n::addTable(std::string_view json) {
    TableReader reader;
    if (!nlohmann::json::sax_parse(json.begin(), json.end(), &reader, nlohmann::json::input_format_t::json, true)) return false;
    m_text.reserve(m_text.size() + reader.entries.size());
    for (auto& [key, text] : reader.entries) m_text.insert_or_assign(std::move(key), std::move(text));
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
