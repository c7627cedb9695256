// I18n: the merged message tables of one language. Every domain file of the language
// in the i18n folder (ui.zh-CN.json, reference.zh-CN.json, ...) is read; a key that no
// table has is shown as the key itself, so a missing text never breaks a screen.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace huicai::app {

class I18n {
public:
    // Reads every "<domain>.<lang>.json" in `dir`. Returns the files that could not be
    // parsed (they are skipped); an empty folder gives an empty table.
    std::vector<std::string> load(const std::string& dir, const std::string& lang);
    // Adds one table's entries (a flat JSON object of strings); false if `json` is not one.
    bool addTable(std::string_view json);

    const char* tr(std::string_view key) const;
    // The text of `key` for a count of `n`: "<key>.one" where n is 1 and the language
    // has that form (English: "1 working day"; Chinese does not inflect), else `key`.
    const char* trCount(std::string_view key, long long n) const;
    bool has(std::string_view key) const;
    size_t size() const { return m_text.size(); }

private:
    std::unordered_map<std::string, std::string> m_text;
    mutable std::unordered_map<std::string, std::string> m_missing; // keys shown as themselves
};

// "zh-CN" for any zh* browser language, else "en".
std::string languageFor(std::string_view browserLanguage);
// The saved setting when it is one we have, else `fallback`.
std::string normaliseLanguage(std::string_view lang, const std::string& fallback);

} // namespace huicai::app
