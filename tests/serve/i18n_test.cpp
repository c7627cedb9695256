// The server's message catalog and the serve i18n tables agree: every key the
// server sends or prints is in both languages, with the catalog's English text.
#include "messages.h"
#include "serve_support.h"

#include <catch2/catch.hpp>

#include <set>

using namespace serve_test;

namespace {

nlohmann::json table(const char* lang) {
    return parseJson(readFile(fs::path(HUICAI_ASSETS_DIR) / "i18n" / (std::string("serve.") + lang + ".json")));
}

} // namespace

TEST_CASE("i18n 1. every catalog key is in both tables with the same English text", "[serve][i18n]") {
    const auto en = table("en");
    const auto zh = table("zh-CN");
    REQUIRE(en.is_object());
    REQUIRE(zh.is_object());
    for (const auto& m : huicai::serve::messages()) {
        const std::string key(m.key);
        INFO(key);
        REQUIRE(en.contains(key));
        REQUIRE(zh.contains(key));
        CHECK(en[key] == std::string(m.english));
        REQUIRE(zh[key].is_string());
        CHECK_FALSE(zh[key].get<std::string>().empty());
        CHECK(zh[key] != en[key]);
    }
}

TEST_CASE("i18n 2. both tables hold the same keys and nothing outside the catalog", "[serve][i18n]") {
    std::set<std::string> catalog;
    for (const auto& m : huicai::serve::messages()) catalog.emplace(m.key);
    for (const char* lang : {"en", "zh-CN"}) {
        INFO(lang);
        std::set<std::string> keys;
        const auto t = table(lang);
        for (const auto& [k, v] : t.items()) keys.insert(k);
        CHECK(keys == catalog);
    }
}

TEST_CASE("i18n 3. every HTTP error status maps to a catalog key", "[serve][i18n]") {
    for (int status = 400; status < 600; ++status) {
        INFO(status);
        const auto key = huicai::serve::httpErrorKey(status);
        CHECK(huicai::serve::englishMessage(key) != key);
    }
    CHECK(huicai::serve::httpErrorKey(404) == "error.http.not_found");
    CHECK(huicai::serve::httpErrorKey(413) == "error.http.payload_too_large");
    CHECK(huicai::serve::httpErrorKey(418) == "error.http.failed");
}
