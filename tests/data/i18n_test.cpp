// Keeps the i18n tables honest: every assets/i18n/<domain>.zh-CN.json has a
// <domain>.en.json partner with exactly the same keys, every value is a non-empty
// string, and every "error.…" message key written as a string literal in src/ is
// present in the tables.
#include "data/asset_files.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <string>

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kI18nDir = std::string(HUICAI_ASSETS_DIR) + "/i18n";

json readTable(const fs::path& path) {
    auto text = huicai::readTextFile(path.string());
    INFO(path.string());
    REQUIRE(text.ok());
    json j = json::parse(*text, nullptr, false);
    REQUIRE(j.is_object());
    return j;
}

// domain -> (zh table, en table)
std::map<std::string, std::pair<json, json>> allTables() {
    std::map<std::string, std::pair<json, json>> out;
    const std::string suffix = ".zh-CN.json";
    for (const auto& entry : fs::directory_iterator(kI18nDir)) {
        const std::string name = entry.path().filename().string();
        if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
        const std::string domain = name.substr(0, name.size() - suffix.size());
        const fs::path en = fs::path(kI18nDir) / (domain + ".en.json");
        INFO("domain " << domain);
        REQUIRE(fs::exists(en));
        out[domain] = {readTable(entry.path()), readTable(en)};
    }
    return out;
}

// "<key>.one": the English text of <key> for a count of one (app::I18n::trCount).
bool isSingular(const std::string& key) { return key.size() > 4 && key.compare(key.size() - 4, 4, ".one") == 0; }

} // namespace

TEST_CASE("i18n: every table has its partner with the same keys and no empty value", "[data][i18n]") {
    // An English table without a Chinese partner is as wrong as the reverse.
    for (const auto& entry : fs::directory_iterator(kI18nDir)) {
        const std::string name = entry.path().filename().string();
        const std::string suffix = ".en.json";
        if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
        INFO(name);
        CHECK(fs::exists(fs::path(kI18nDir) / (name.substr(0, name.size() - suffix.size()) + ".zh-CN.json")));
    }
    const auto tables = allTables();
    REQUIRE(tables.count("reference") == 1);
    for (const auto& [domain, pair] : tables) {
        const auto& [zh, en] = pair;
        for (const auto& [key, value] : zh.items()) {
            INFO(domain << ".zh-CN: " << key);
            CHECK(en.contains(key));
            CHECK(value.is_string());
            CHECK_FALSE((value.is_string() && value.get<std::string>().empty()));
        }
        for (const auto& [key, value] : en.items()) {
            INFO(domain << ".en: " << key);
            if (isSingular(key)) continue; // checked below
            CHECK(zh.contains(key));
            CHECK(value.is_string());
            CHECK_FALSE((value.is_string() && value.get<std::string>().empty()));
        }
    }
}

TEST_CASE("i18n: an English singular stands beside its key, with no placeholder the key lacks", "[S4.1][data][i18n]") {
    int singulars = 0;
    const std::regex placeholder("\\{[a-z_]+\\}");
    const auto placeholders = [&](const std::string& text) {
        std::set<std::string> out;
        for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it) out.insert(it->str());
        return out;
    };
    for (const auto& [domain, pair] : allTables()) {
        const auto& [zh, en] = pair;
        for (const auto& [key, value] : zh.items()) {
            INFO(domain << ".zh-CN: " << key);
            CHECK_FALSE(isSingular(key)); // Chinese does not inflect for number
        }
        for (const auto& [key, value] : en.items()) {
            if (!isSingular(key)) continue;
            ++singulars;
            const std::string base = key.substr(0, key.size() - 4);
            INFO(domain << ".en: " << key);
            REQUIRE(en.contains(base));
            CHECK(zh.contains(base));
            REQUIRE(value.is_string());
            CHECK(value.get<std::string>() != en[base].get<std::string>());
            for (const auto& p : placeholders(value.get<std::string>())) {
                INFO(p);
                CHECK(placeholders(en[base].get<std::string>()).count(p) == 1);
            }
        }
    }
    CHECK(singulars > 0);
}

TEST_CASE("i18n: every error key in src/ has a message", "[data][i18n]") {
    std::set<std::string> known;
    for (const auto& [domain, pair] : allTables())
        for (const auto& [key, value] : pair.first.items()) known.insert(key);

    const std::regex literal("\"(error\\.[a-z0-9_.]+)\"");
    std::map<std::string, std::string> missing; // key -> first file using it
    int scannedKeys = 0;
    for (const auto& entry : fs::recursive_directory_iterator(std::string(HUICAI_SOURCE_DIR) + "/src")) {
        if (!entry.is_regular_file()) continue;
        const std::string ext = entry.path().extension().string();
        if (ext != ".cpp" && ext != ".h" && ext != ".hpp") continue;
        auto text = huicai::readTextFile(entry.path().string());
        REQUIRE(text.ok());
        for (std::sregex_iterator it(text->begin(), text->end(), literal), end; it != end; ++it) {
            const std::string key = (*it)[1].str();
            if (key.back() == '.') continue; // a prefix that code completes, not a key
            ++scannedKeys;
            if (!known.count(key) && !missing.count(key))
                missing[key] = fs::relative(entry.path(), HUICAI_SOURCE_DIR).string();
        }
    }
    CHECK(scannedKeys > 0);
    std::string report;
    for (const auto& [key, file] : missing) report += "  " + key + " (" + file + ")\n";
    INFO("error keys with no i18n message:\n"
         << report);
    CHECK(missing.empty());
}
