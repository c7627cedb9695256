// The app's message tables: every domain file of a language is read, a key no table
// has shows as the key itself, the browser's language picks Chinese or English, and
// the ui tables the app ships hold the labels the browser tests rely on.
#include "app/app_state.h"
#include "app/i18n.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace huicai::app;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("huicai-i18n-" + std::to_string(std::rand()));
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    void write(const std::string& name, const std::string& text) const { std::ofstream(path / name) << text; }
};

} // namespace

TEST_CASE("i18n: all domain tables of the language are merged", "[app][i18n]") {
    TempDir dir;
    dir.write("ui.zh-CN.json", R"({"ui.a": "甲"})");
    dir.write("workflow.zh-CN.json", R"({"wf.b": "乙"})");
    dir.write("ui.en.json", R"({"ui.a": "A"})");
    dir.write("broken.zh-CN.json", "{not json");
    I18n t;
    const auto bad = t.load(dir.path.string(), "zh-CN");
    CHECK(bad == std::vector<std::string>{"broken.zh-CN.json"});
    CHECK(std::string(t.tr("ui.a")) == "甲");
    CHECK(std::string(t.tr("wf.b")) == "乙");
    CHECK(t.size() == 2);
    I18n en;
    CHECK(en.load(dir.path.string(), "en").empty());
    CHECK(std::string(en.tr("ui.a")) == "A");
    CHECK_FALSE(en.has("wf.b"));
}

TEST_CASE("i18n: a missing key shows as itself", "[app][i18n]") {
    I18n t;
    CHECK(t.addTable(R"({"x": "y", "n": 3})"));
    CHECK_FALSE(t.addTable("[1, 2]"));
    CHECK(std::string(t.tr("x")) == "y");
    CHECK(std::string(t.tr("n")) == "n"); // not a string: not a message
    CHECK(std::string(t.tr("ui.none")) == "ui.none");
    const char* first = t.tr("ui.none");
    CHECK(first == t.tr("ui.none")); // the same storage each time, safe to keep for a frame
}

TEST_CASE("i18n: a count of one reads the singular where the language has one", "[app][i18n][S4.1]") {
    I18n en;
    CHECK(en.addTable(R"({"d": "{n} working days left", "d.one": "{n} working day left", "r": "{n} records"})"));
    CHECK(std::string(en.trCount("d", 1)) == "{n} working day left");
    for (long long n : {0LL, 2LL, 11LL, -1LL}) {
        INFO(n);
        CHECK(std::string(en.trCount("d", n)) == "{n} working days left");
    }
    CHECK(std::string(en.trCount("r", 1)) == "{n} records"); // no singular given: the key's text
    CHECK(std::string(en.trCount("none", 1)) == "none");     // a missing key shows as itself
    I18n zh;
    CHECK(zh.addTable(R"({"d": "剩余 {n} 个工作日"})"));
    CHECK(std::string(zh.trCount("d", 1)) == "剩余 {n} 个工作日");
}

TEST_CASE("i18n: a table is an object of strings, and one that is not adds nothing", "[app][i18n]") {
    I18n t;
    CHECK(t.addTable(R"({"a": "甲", "nested": {"b": "乙"}, "list": ["c"], "flag": true, "none": null, "a": "甲2"})"));
    CHECK(std::string(t.tr("a")) == "甲2"); // a key given twice: the later
    CHECK_FALSE(t.has("b"));                // not a top-level string
    CHECK_FALSE(t.has("nested"));
    CHECK_FALSE(t.has("list"));
    CHECK(t.size() == 1);
    // Broken half-way, a bare value, trailing text: refused, and what was read is kept.
    for (const char* bad : {R"({"c": "丙", "d": )", R"("just text")", "42", R"({"c": "丙"} {"e": "x"})", ""}) {
        INFO(bad);
        CHECK_FALSE(t.addTable(bad));
        CHECK_FALSE(t.has("c"));
        CHECK(std::string(t.tr("a")) == "甲2");
    }
    // A later table adds to the text and overrides a key it repeats.
    CHECK(t.addTable(R"({"a": "A", "c": "丙"})"));
    CHECK(std::string(t.tr("a")) == "A");
    CHECK(std::string(t.tr("c")) == "丙");
}

TEST_CASE("i18n: the browser language chooses the first language", "[app][i18n]") {
    struct Case {
        int n;
        const char* browser;
        const char* lang;
    };
    const Case cases[] = {
        {1, "zh-CN", "zh-CN"},
        {2, "zh", "zh-CN"},
        {3, "zh-TW", "zh-CN"},
        {4, "ZH-cn", "zh-CN"},
        {5, "en-US", "en"},
        {6, "de-DE", "en"},
        {7, "", "en"},
        {8, "z", "en"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << ": " << c.browser);
        CHECK(languageFor(c.browser) == c.lang);
    }
    CHECK(normaliseLanguage("en", "zh-CN") == "en");
    CHECK(normaliseLanguage("fr", "zh-CN") == "zh-CN");
    CHECK(normaliseLanguage("", "en") == "en");
}

TEST_CASE("i18n: the shipped ui tables carry the labels the browser tests use", "[app][i18n][S4.2]") {
    struct Case {
        const char* key;
        const char* zh;
        const char* en;
    };
    const Case cases[] = {
        {"ui.catalog.search_hint", "搜索服务事项", "Search services"},
        {"ui.favourite", "收藏", "Favourite"},
        {"ui.nav.catalog", "服务目录", "Catalogue"},
        {"ui.nav.settings", "设置", "Settings"},
        {"ui.lang.zh-CN", "中文", "中文"},
        {"ui.lang.en", "English", "English"},
    };
    I18n zh, en;
    REQUIRE(zh.load(std::string(HUICAI_ASSETS_DIR) + "/i18n", "zh-CN").empty());
    REQUIRE(en.load(std::string(HUICAI_ASSETS_DIR) + "/i18n", "en").empty());
    for (const auto& c : cases) {
        INFO(c.key);
        CHECK(std::string(zh.tr(c.key)) == c.zh);
        CHECK(std::string(en.tr(c.key)) == c.en);
    }
    CHECK(std::string(zh.tr("ui.status.read_only")).find("只读") != std::string::npos);
    CHECK(std::string(en.tr("ui.status.read_only")).find("Read-only") != std::string::npos);
}

TEST_CASE("i18n: an error whose detail is a count reads the singular for one", "[app][i18n][S4.1]") {
    AppState zh, en;
    REQUIRE(zh.i18n.load(std::string(HUICAI_ASSETS_DIR) + "/i18n", "zh-CN").empty());
    REQUIRE(en.i18n.load(std::string(HUICAI_ASSETS_DIR) + "/i18n", "en").empty());
    CHECK(en.errorText("error.session.rate_limited", "1") == "Too many attempts. Try again in 1 second");
    CHECK(en.errorText("error.session.rate_limited", "30") == "Too many attempts. Try again in 30 seconds");
    CHECK(en.errorText("error.import.rejected", "1").find(": 1 row of the file has a fault. Correct it") != std::string::npos);
    CHECK(en.errorText("error.import.rejected", "12").find(": 12 rows of the file have faults. Correct them") != std::string::npos);
    CHECK(zh.errorText("error.session.rate_limited", "1") == "尝试次数过多，请 1 秒后再试");
    // A detail that is not a whole number is no count: the key's own text.
    CHECK(en.errorText("error.session.rate_limited", "1.5") == "Too many attempts. Try again in 1.5 seconds");
}

TEST_CASE("i18n: an error that names a form's field says it in words, in the reader's language", "[app][i18n][S4.2]") {
    AppState zh, en;
    REQUIRE(zh.i18n.load(std::string(HUICAI_ASSETS_DIR) + "/i18n", "zh-CN").empty());
    REQUIRE(en.i18n.load(std::string(HUICAI_ASSETS_DIR) + "/i18n", "en").empty());
    CHECK(zh.errorText("error.command.field", "time_limit_days") == "字段缺失或无效：办理时限（天）");
    CHECK(en.errorText("error.command.field", "time_limit_days") == "A field is missing or invalid: time limit (days)");
    // A detail that is not a field's name (a record's id) is shown as it is.
    CHECK(zh.errorText("error.command.field", "T-17") == "字段缺失或无效：T-17");
    // The refusal of a return without reasons is words only.
    const std::string reasons = zh.errorText("error.card.reasons_required", "reasons");
    CHECK(reasons == "请说明理由。");
    CHECK(reasons.find("reasons") == std::string::npos);
}
