// A pull page read from its text (sync/pull_text.h) with the records kept as the server
// sent them: the scanner under it accepts exactly the JSON the parser accepts, the page
// reads the same as the parsed one, and the rows stored from it are byte for byte the
// rows the parsed page stores (S7.1: the browser's replica of the server's records).
#include "store/database.h"
#include "store/replica.h"
#include "store/statement.h"
#include "sync/answers.h"
#include "sync/json_scan.h"
#include "sync/pull_text.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace huicai;
using nlohmann::json;

namespace {

bool scannerAccepts(std::string_view t) {
    const std::size_t at = sync::skipJsonSpace(t, 0);
    const std::size_t end = sync::skipJsonValue(t, at);
    return end != sync::kJsonBad && sync::skipJsonSpace(t, end) == t.size();
}

// A record of the shapes records have: texts with escapes, CJK and astral characters,
// numbers of every kind, nested lists and objects, booleans and nulls.
json randomRecord(std::mt19937& rng, int depth = 0) {
    static const std::vector<std::string> texts = {"张明", "\"quoted\"\n\ttab", "back\\slash/", "\x01\x1f ctl", "𠀀 ext-B", "", "Ünïcödé",
                                                   "2026-12-04"};
    static const std::vector<json> numbers = {0, -3, 42, 9007199254740991LL, 1.5, -0.25, 1e20, 3.141592653589793};
    json r = json::object();
    const int n = 1 + static_cast<int>(rng() % 6);
    for (int i = 0; i < n; ++i) {
        const std::string key = "k" + std::to_string(i) + (i % 2 ? "名" : "");
        switch (rng() % (depth < 3 ? 6 : 4)) {
        case 0: r[key] = texts[rng() % texts.size()]; break;
        case 1: r[key] = numbers[rng() % numbers.size()]; break;
        case 2: r[key] = rng() % 2 == 0; break;
        case 3: r[key] = nullptr; break;
        case 4: r[key] = json::array({randomRecord(rng, depth + 1), texts[rng() % texts.size()]}); break;
        default: r[key] = randomRecord(rng, depth + 1); break;
        }
    }
    return r;
}

std::vector<std::string> recordRows(store::Database& db) {
    std::vector<std::string> rows;
    store::Statement q(db.handle(), "SELECT kind, id, body FROM record ORDER BY kind, id");
    while (q.step()) rows.push_back(q.text(0) + "/" + q.text(1) + " " + q.text(2));
    return rows;
}

std::filesystem::path freshDb(const std::string& name) {
    const auto p = std::filesystem::temp_directory_path() / ("huicai-pull-text-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove(p);
    return p;
}

} // namespace

TEST_CASE("pull text 1. the scanner accepts exactly the JSON the parser accepts", "[sync][S7.1]") {
    const std::vector<std::string> cases = {
        "{}", "[]", "0", "-0", "12", "-1.5e-7", "1E+2", "true", "false", "null", R"("")", R"("\"\\\/\b\f\n\r\t")",
        R"("\u00e9\u4e2d\ud83d\ude00")", "\"张明 𠀀\"", " \t\n\r{ \"a\" : [ 1 , { } , [ ] , \"x\" ] } ", R"({"a":{"b":{"c":[null]}}})",
        // refused
        "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\"}", "{a:1}", "{\"a\" 1}", "[1 2]", "01", "1.", ".5", "-", "+1", "1e", "1e+",
        "0x10", "tru", "nul", "True", "NaN", "Infinity", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u12G4\"", R"("\udc00")", R"("\ud800")",
        R"("\ud800\u0041")", "\"\x01\"", "\"\t\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xE4\xB8\"", "\"\x80\"",
        "\"\xFF\"", "1e400", "-1e400", "[0.5e999]", "1e-400", "18446744073709551616", std::string(400, '9'), "[1]]", "{}{}", "[\"a\" \"b\"]", "// x\n1", "[1]x"};
    for (const auto& c : cases) {
        INFO(json(c).dump(-1, ' ', true, json::error_handler_t::replace));
        CHECK(scannerAccepts(c) == json::accept(c));
    }
    // Nesting: as deep as kMaxJsonDepth is taken, deeper is refused (the parser has no limit).
    const std::string deep = std::string(sync::kMaxJsonDepth, '[') + std::string(sync::kMaxJsonDepth, ']');
    CHECK(scannerAccepts(deep));
    CHECK_FALSE(scannerAccepts("[" + deep + "]"));
    // Random records, whole and cut short at every length.
    std::mt19937 rng(20261206);
    for (int i = 0; i < 200; ++i) {
        const std::string text = randomRecord(rng).dump();
        REQUIRE(scannerAccepts(text));
        for (std::size_t cut = 0; cut < text.size(); cut += 1 + text.size() / 40) {
            INFO(text.substr(0, cut));
            CHECK(scannerAccepts(text.substr(0, cut)) == json::accept(text.substr(0, cut)));
        }
    }
    // A string's text with its escapes decoded, as the parser decodes it.
    for (const char* s : {R"("\u00e9\u4e2d\ud83d\ude00")", R"("\"\\\/\b\f\n\r\t")", "\"张明\"", R"("")"}) {
        INFO(s);
        CHECK(sync::jsonStringText(s) == json::parse(s).get<std::string>());
    }
    CHECK_FALSE(sync::jsonStringText(R"("\ud800")"));
}

TEST_CASE("pull text 2. a page read from its text reads as the parsed page and stores the same rows, each record as sent", "[sync][S7.1]") {
    std::mt19937 rng(42);
    auto textDb = store::Database::open(freshDb("text.sqlite").string());
    auto treeDb = store::Database::open(freshDb("tree.sqlite").string());
    REQUIRE(textDb.ok());
    REQUIRE(treeDb.ok());
    std::int64_t seq = 0;
    for (int pageNo = 0; pageNo < 5; ++pageNo) {
        sync::PullPage page{sync::Versions{sync::kProtocolVersion, store::currentSchemaVersion()}, 100 * (pageNo + 1), pageNo < 4, {}};
        for (int i = 0; i < 40; ++i) {
            const std::string id = "T" + std::to_string(rng() % 60); // some ids come again: replaced, or removed
            const bool tombstone = rng() % 7 == 0;
            page.changes.push_back(sync::PullChange{++seq, i % 3 ? "talent" : "employer", id, tombstone ? json() : randomRecord(rng)});
        }
        // As the server sends it: compact, and once with the parser's tolerance for space.
        const std::string body = pageNo == 2 ? sync::pullPageJson(page).dump(2) : sync::pullPageJson(page).dump();
        auto tree = sync::decodePullPage(body);
        auto text = sync::decodePullPageText(body);
        REQUIRE(tree.ok());
        REQUIRE(text.ok());
        CHECK(text->cursor == tree->cursor);
        CHECK(text->more == tree->more);
        REQUIRE(text->changes.size() == tree->changes.size());
        for (std::size_t k = 0; k < tree->changes.size(); ++k) {
            const auto& a = tree->changes[k];
            const auto& b = text->changes[k];
            CHECK(b.seq == a.seq);
            CHECK(b.kind == a.kind);
            CHECK(b.id == a.id);
            if (a.record.is_null()) {
                CHECK(b.record.empty());
            } else {
                CHECK(json::parse(b.record) == a.record);
                if (pageNo != 2) CHECK(b.record == a.record.dump()); // the server's own text, not written again
            }
        }
        auto m1 = store::applyPullPage(*textDb, *text);
        auto m2 = store::applyPullPage(*treeDb, *tree);
        REQUIRE(m1.ok());
        REQUIRE(m2.ok());
        CHECK(*m1 == *m2);
        CHECK(store::replicaCursor(*textDb) == store::replicaCursor(*treeDb));
    }
    const auto rowsText = recordRows(*textDb), rowsTree = recordRows(*treeDb);
    CHECK(rowsText.size() > 20);
    // The indented page's records are kept with their spaces; every other row is the same text.
    std::size_t same = 0;
    REQUIRE(rowsText.size() == rowsTree.size());
    for (std::size_t i = 0; i < rowsText.size(); ++i) {
        const auto a = json::parse(rowsText[i].substr(rowsText[i].find(' ') + 1));
        const auto b = json::parse(rowsTree[i].substr(rowsTree[i].find(' ') + 1));
        CHECK(a == b);
        same += rowsText[i] == rowsTree[i];
    }
    CHECK(same > 0);
}

TEST_CASE("pull text 3. a record that is not well-formed JSON refuses the page as bad JSON, and nothing of it is stored", "[sync][S7.1]") {
    sync::PullPage page{sync::Versions{sync::kProtocolVersion, store::currentSchemaVersion()}, 9, false, {}};
    page.changes.push_back(sync::PullChange{1, "talent", "T1", json{{"name", "张明"}}});
    page.changes.push_back(sync::PullChange{2, "talent", "T2", json{{"name", "MARKER"}}});
    const std::string good = sync::pullPageJson(page).dump();
    auto db = store::Database::open(freshDb("bad.sqlite").string());
    REQUIRE(db.ok());
    for (const std::string& bad : {std::string("\"MARKER\\q\""), std::string("\"MARKER\x80\""), std::string("\"MARKER\"]"), std::string("\"MARK")}) {
        std::string body = good;
        body.replace(body.find("\"MARKER\""), 8, bad);
        INFO(body);
        REQUIRE_FALSE(json::accept(body));
        auto d = sync::decodePullPageText(body);
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().key == "error.sync.bad_json");
    }
    CHECK(recordRows(*db).empty());
    CHECK(store::replicaCursor(*db) == 0);
}

TEST_CASE("pull text 4. a page read straight from its text and one read through a tree agree on every change and every refusal", "[sync][S7.1]") {
    const std::string head = R"({"protocol":)" + std::to_string(sync::kProtocolVersion) + R"(,"schema":)" +
                             std::to_string(store::currentSchemaVersion()) + R"(,"cursor":9,"more":false,"changes":[)";
    // Plain changes (read straight from the text) and every other form a change may take.
    const std::vector<std::string> changes = {
        R"({"seq":1,"kind":"talent","id":"T1","record":{"name":"张明"}})",
        R"({"record":null,"id":"T1","kind":"talent","seq":2})",                             // members in any order
        R"({"seq":3,"kind":"tal\u0065nt","id":"T\"2","record":{}})",                        // escapes
        R"({"seq":4,"kind":"talent","kind":"employer","id":"E1","record":{}})",             // a member twice: the last
        R"({"seq":5,"kind":"talent","id":"T3","record":{"a":1},"record":null})",            // a record twice
        R"({"seq":1.0,"kind":"talent","id":"T1","record":{}})",                             // not an integer
        R"({"seq":-1,"kind":"talent","id":"T1","record":{}})",                              // out of range
        R"({"seq":0,"kind":"talent","id":"T1","record":{}})",                               // out of range
        R"({"seq":9007199254740993,"kind":"talent","id":"T1","record":{}})",                // past kMaxSeq
        R"({"seq":6,"kind":"","id":"T1","record":{}})",                                     // empty
        R"({"seq":7,"kind":"talent","id":")" + std::string(257, 'x') + R"(","record":{}})", // too long
        R"({"seq":8,"kind":"talent","id":"T1"})",                                           // no record
        R"({"seq":9,"kind":"talent","id":"T1","record":[]})",                               // not an object
        R"({"seq":10,"kind":"talent","id":"T1","record":{},"extra":1})",                    // unknown member
        R"({"seq":11,"kind":5,"id":"T1","record":{}})",                                     // not a string
        R"([1,2])",                                                                         // not an object
    };
    int plain = 0, refused = 0;
    for (std::size_t n = 0; n < changes.size(); ++n) {
        // Each form alone after a plain change, and the changes member given twice.
        for (const std::string& body : {head + changes[0] + "," + changes[n] + "]}",
                                        head + changes[n] + R"(],"changes":[)" + changes[0] + "]}"}) {
            INFO(body);
            REQUIRE(json::accept(body));
            auto tree = sync::decodePullPage(body);
            auto text = sync::decodePullPageText(body);
            REQUIRE(text.ok() == tree.ok());
            if (!tree.ok()) {
                ++refused;
                CHECK(text.error().key == tree.error().key);
                CHECK(text.error().detail == tree.error().detail);
                continue;
            }
            plain += n < 3;
            REQUIRE(text->changes.size() == tree->changes.size());
            for (std::size_t k = 0; k < tree->changes.size(); ++k) {
                CHECK(text->changes[k].seq == tree->changes[k].seq);
                CHECK(text->changes[k].kind == tree->changes[k].kind);
                CHECK(text->changes[k].id == tree->changes[k].id);
                CHECK(text->changes[k].record.empty() == tree->changes[k].record.is_null());
                if (!text->changes[k].record.empty()) CHECK(json::parse(text->changes[k].record) == tree->changes[k].record);
            }
        }
    }
    CHECK(plain == 6);
    CHECK(refused == 11); // each refused form once: given twice, the later plain changes member is the one read
}
