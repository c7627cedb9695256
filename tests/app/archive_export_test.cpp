// The quarterly archive's export (S6.1.1 (4), (6)): sections built from an archive
// written out in the test, the CSV file Excel opens (BOM, CRLF, quoted fields, doubled
// quotes, formulas neutralised) and the printable HTML page (escaped text).
#include "app/archive_export.h"

#include "../core/workflow_fixture.h"

#include <catch2/catch.hpp>

using namespace huicai;
using wf::d;
using namespace huicai::app;

namespace {

I18n tables() {
    I18n i;
    REQUIRE(i.addTable(R"({"ui.oversight.archive_title": "{window} {year} Q{quarter}",
        "ui.oversight.section.summary": "Summary", "ui.oversight.section.items": "Items",
        "ui.oversight.section.overdue": "Overdue", "ui.oversight.section.problems": "Problems",
        "ui.oversight.section.corps": "Corps", "ui.oversight.section.includes": "Includes",
        "ui.oversight.yes": "Yes", "ui.oversight.no": "No",
        "workflow.problem_kind.suggestion": "Suggestion"})"));
    return i;
}

RegionTree archiveRegions() {
    return RegionTree({{"370000", "山东省", "Shandong", RegionLevel::Province, ""},
                       {"370100", "济南市", "Jinan", RegionLevel::City, "370000"},
                       {"370102", "历下区", "Lixia", RegionLevel::County, "370100"}});
}

Catalog catalog() {
    ServiceItem a1;
    a1.code = "A1";
    a1.number = 1;
    a1.nameZh = "出入境";
    a1.nameEn = "Exit and entry";
    ServiceItem a6 = a1;
    a6.code = "A6";
    a6.number = 6;
    a6.nameZh = "子女入学";
    a6.nameEn = "Schooling";
    return Catalog({{"sd_public_security", "公安厅", "Public Security"}}, {}, {a1, a6});
}

Archive sample() {
    Archive a;
    a.window = "370102";
    a.year = 2026;
    a.quarter = 2;
    a.itemsServed = {{"A1", 2}, {"A6", 1}};
    a.completed = 4;
    a.onTime = 3;
    a.overdue.push_back(OverdueEntry{"R3", "sd_public_security", "A1", d("2026-06-11"), d("2026-06-16"), true, {"系统升级, \"停办\"两日"}, {d("2026-06-16")}});
    a.problems.push_back(ProblemEntry{"P1", "suggestion", "=1+2 建议", "370102"});
    a.corps = CorpsSummary{1, 2, 3, 1};
    return a;
}

} // namespace

TEST_CASE("1. archive sections hold every figure of the archive", "[S6.1.1][app]") {
    const I18n i18n = tables();
    const Catalog cat = catalog();
    const RegionTree reg = archiveRegions();
    const ArchiveNames names{i18n, cat, reg, false};
    const auto sections = archiveSections(sample(), names);
    REQUIRE(sections.size() == 5); // no lower windows: no "includes" section
    for (const auto& s : sections)
        for (const auto& r : s.rows) CHECK(r.size() == s.header.size());
    CHECK(sections[0].rows[0] == std::vector<std::string>{"370102 Lixia", "2026", "Q2", "3", "4", "3", "75.0%"});
    CHECK(sections[1].rows == std::vector<std::vector<std::string>>{{"A1", "Exit and entry", "2"}, {"A6", "Schooling", "1"}});
    REQUIRE(sections[2].rows.size() == 1);
    CHECK(sections[2].rows[0] == std::vector<std::string>{"R3", "Public Security", "A1 Exit and entry", "2026-06-11",
                                                          "2026-06-16", "Yes", "系统升级, \"停办\"两日", "2026-06-16"});
    CHECK(sections[3].rows[0] == std::vector<std::string>{"P1", "Suggestion", "=1+2 建议", "Lixia"});
    CHECK(sections[4].rows[0] == std::vector<std::string>{"1", "2", "3", "1"});
    CHECK(archiveTitle(sample(), names) == "Lixia 2026 Q2");

    Archive rolled = sample();
    rolled.completed = 0;
    rolled.includes = {"370102"};
    const ArchiveNames zh{i18n, cat, reg, true};
    const auto withLower = archiveSections(rolled, zh);
    REQUIRE(withLower.size() == 6);
    CHECK(withLower[0].rows[0][0] == "370102 历下区");
    CHECK(withLower[0].rows[0][6].empty()); // no completions: no rate
    CHECK(withLower[5].rows == std::vector<std::vector<std::string>>{{"370102", "历下区"}});
}

TEST_CASE("2. CSV fields are quoted, quotes doubled, formulas neutralised", "[S6.1.1][app]") {
    struct Case {
        int n;
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {1, "plain", "\"plain\""},
        {2, "", "\"\""},
        {3, "a,b", "\"a,b\""},
        {4, "say \"hi\"", "\"say \"\"hi\"\"\""},
        {5, "line\nbreak", "\"line\nbreak\""},
        {6, "=SUM(A1)", "\"'=SUM(A1)\""},
        {7, "+1", "\"'+1\""},
        {8, "-1", "\"'-1\""},
        {9, "@cmd", "\"'@cmd\""},
        {10, "历下区", "\"历下区\""},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        CHECK(csvField(c.in) == c.out);
    }
}

TEST_CASE("3. the CSV file: BOM, title, blocks with headers, CRLF", "[S6.1.1][app]") {
    const std::vector<ArchiveSection> sections = {
        {"Items", {"Code", "Count"}, {{"A1", "2"}, {"A6", "1"}}},
        {"Problems", {"No.", "Text"}, {{"P1", "a \"b\""}}},
    };
    const std::string csv = archiveCsv("标题", sections);
    const std::string expected = "\xEF\xBB\xBF\"标题\"\r\n"
                                 "\r\n\"Items\"\r\n\"Code\",\"Count\"\r\n\"A1\",\"2\"\r\n\"A6\",\"1\"\r\n"
                                 "\r\n\"Problems\"\r\n\"No.\",\"Text\"\r\n\"P1\",\"a \"\"b\"\"\"\r\n";
    CHECK(csv == expected);
    // No bare LF anywhere: every line ends in CRLF.
    for (size_t i = 0; i < csv.size(); ++i)
        if (csv[i] == '\n') CHECK((i > 0 && csv[i - 1] == '\r'));
}

TEST_CASE("4. the printable page escapes every text and has one table per section", "[S6.1.1][app]") {
    const std::vector<ArchiveSection> sections = {
        {"A & B", {"<h>"}, {{"<script>alert('x')</script>"}}},
        {"Second", {"c"}, {{"\"q\""}}},
    };
    const std::string html = archiveHtml("T<1>", sections, "zh-CN");
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<html lang=\"zh-CN\">") != std::string::npos);
    CHECK(html.find("<title>T&lt;1&gt;</title>") != std::string::npos);
    CHECK(html.find("<h2>A &amp; B</h2>") != std::string::npos);
    CHECK(html.find("<th>&lt;h&gt;</th>") != std::string::npos);
    CHECK(html.find("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>") != std::string::npos);
    CHECK(html.find("<td>&quot;q&quot;</td>") != std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);
    size_t tables = 0;
    for (size_t at = html.find("<table>"); at != std::string::npos; at = html.find("<table>", at + 1)) ++tables;
    CHECK(tables == 2);
}

TEST_CASE("5. export file names name the window and the quarter", "[S6.1.1][app]") {
    CHECK(archiveFileName(sample(), "csv") == "huicai-archive-370102-2026Q2.csv");
    CHECK(archiveFileName(sample(), "html") == "huicai-archive-370102-2026Q2.html");
}
