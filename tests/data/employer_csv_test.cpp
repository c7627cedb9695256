// Tests of the employer CSV check (S6.1: the system administrator registers the
// employers): the file's forms (BOM, CRLF, quoting, Chinese header) give the same
// commands, every bad row is listed with its line and the core's own key while the
// good rows are kept, and names already used in a region are refused.
#include "data/employer_csv.h"

#include "../core/workflow_fixture.h"

using namespace wf;

namespace {

// A world with the fixture's employers E1..E4 (济南某研究院 at 370102, …).
struct Seeded {
    World w;
    Seeded() { w.seed(); }
    EmployerCsv check(std::string_view text) const { return checkEmployerCsv(text, w.state, w.ctx(d("2025-02-03"))); }
};

struct Want {
    int line;
    const char* id;
    const char* name;
    const char* region;
};

void sameRows(const EmployerCsv& got, const std::vector<Want>& want) {
    std::string rejects;
    for (const auto& r : got.rejects) rejects += std::to_string(r.row) + ": " + r.error.key + " " + r.error.detail + "; ";
    CAPTURE(rejects);
    CHECK(rejects.empty());
    REQUIRE(got.rows.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        INFO("row " << i);
        CHECK(got.rows[i].line == want[i].line);
        CHECK(got.rows[i].command.id == want[i].id);
        CHECK(got.rows[i].command.name == want[i].name);
        CHECK(got.rows[i].command.region == want[i].region);
    }
}

std::vector<std::pair<int, std::string>> rejectsOf(const EmployerCsv& c) {
    std::vector<std::pair<int, std::string>> out;
    for (const auto& r : c.rejects) out.emplace_back(r.row, r.error.key);
    return out;
}

} // namespace

TEST_CASE("employer csv: with or without a BOM, LF or CRLF, the same rows", "[data][S6.1]") {
    const Seeded s;
    const std::vector<Want> want = {{2, "E10", "山东某研究所", "370102"}, {3, "", "青岛某实验室", "370202"}};
    const std::string lf = "name,region,id\n山东某研究所,370102,E10\n青岛某实验室,370202,\n";
    const std::string crlf = "name,region,id\r\n山东某研究所,370102,E10\r\n青岛某实验室,370202,\r\n";
    const std::string bom = "\xEF\xBB\xBF";
    for (const std::string& text : {lf, bom + lf, crlf, bom + crlf, bom + crlf.substr(0, crlf.size() - 2)}) {
        DYNAMIC_SECTION(text.size() << " bytes") { sameRows(s.check(text), want); }
    }
}

TEST_CASE("employer csv: quoted cells hold commas, quotes and spaces", "[data][S6.1]") {
    const Seeded s;
    const auto got = s.check("region,name\n"
                             "370102,\"济南某研究院,东区\"\n"
                             "370100,\"济南 \"\"星辰\"\" 科技公司\"\n"
                             " 370202 ,  \"  青岛某研究所 \"  \n");
    sameRows(got, {{2, "", "济南某研究院,东区", "370102"},
                   {3, "", "济南 \"星辰\" 科技公司", "370100"},
                   {4, "", "青岛某研究所", "370202"}});
}

TEST_CASE("employer csv: the header may be in Chinese and the columns in any order", "[data][S6.1]") {
    const Seeded s;
    sameRows(s.check("单位编号,区划代码,单位名称\nE20,370000,省属某研究中心\n,370102,历下某医院\n"),
             {{2, "E20", "省属某研究中心", "370000"}, {3, "", "历下某医院", "370102"}});
    sameRows(s.check("Region,NAME\n370102,历下某医院\n"), {{2, "", "历下某医院", "370102"}});
}

TEST_CASE("employer csv: every bad row is listed with its line and the good rows are kept", "[data][S6.1]") {
    const Seeded s;
    const auto got = s.check("name,region,id\n"
                             "好单位甲,370102,\n"       // 2 good
                             "坏区划单位,379999,\n"     // 3 unknown region
                             "<b>单位</b>,370102,\n"    // 4 name characters
                             "占用编号单位,370102,E1\n" // 5 the id is E1's
                             "少一列单位,370102\n"      // 6 cells
                             ",370102,\n"               // 7 no name
                             "\n"                       // 8 blank: skipped
                             "\"两行\n名称\",370102,\n" // 9-10 a line break in a name
                             "好单位乙,370202,E30\n"    // 11 good
                             "编码\xFF错误,370102,\n"   // 12 not UTF-8
                             "同编号单位,370102,E30\n"  // 13 E30 taken by line 11
                             "好单位丙,370000,\n");     // 14 good
    const std::vector<std::pair<int, std::string>> want = {
        {3, "error.region.unknown"},
        {4, "error.name.characters"},
        {5, "error.record.exists"},
        {6, "error.import.cells"},
        {7, "error.command.field"},
        {9, "error.name.characters"},
        {12, "error.import.encoding"},
        {13, "error.record.exists"},
    };
    CHECK(rejectsOf(got) == want);
    CHECK(got.rejects[0].error.detail == "379999");
    CHECK(got.rejects[3].error.detail == "2/3");
    REQUIRE(got.rows.size() == 3);
    CHECK(got.rows[0].line == 2);
    CHECK(got.rows[1].line == 11);
    CHECK(got.rows[1].command.id == "E30");
    CHECK(got.rows[2].line == 14);
    CHECK(got.rows[2].command.id.empty());
}

TEST_CASE("employer csv: a name used in the same region, in the state or earlier in the file, is a duplicate", "[data][S6.1]") {
    const Seeded s;
    const auto got = s.check("name,region\n"
                             "济南某研究院,370102\n" // 2: E1's name in E1's region
                             "济南某研究院,370202\n" // 3: the same name elsewhere is another employer
                             "新设某中心,370100\n"   // 4
                             "新设某中心,370100\n"   // 5: line 4's
                             "新设某中心,370102\n"); // 6: another region again
    CHECK(rejectsOf(got) == std::vector<std::pair<int, std::string>>{{2, "error.import.duplicate"}, {5, "error.import.duplicate"}});
    CHECK(got.rejects[0].error.detail == "济南某研究院");
    REQUIRE(got.rows.size() == 3);
    CHECK(got.rows[0].line == 3);
    CHECK(got.rows[1].line == 4);
    CHECK(got.rows[2].line == 6);
}

TEST_CASE("employer csv: rows without an id never collide with each other or with a given id", "[data][S6.1]") {
    const Seeded s;
    // Whatever placeholder a row without an id is tried with, it is not an id the
    // file gives to another row nor one of the state.
    sameRows(s.check("id,name,region\n,甲单位,370102\nimport-row-2,乙单位,370102\n,丙单位,370102\nE5,丁单位,370102\n"),
             {{2, "", "甲单位", "370102"}, {3, "import-row-2", "乙单位", "370102"}, {4, "", "丙单位", "370102"}, {5, "E5", "丁单位", "370102"}});
}

TEST_CASE("employer csv: an unknown region code is the core's error", "[data][S6.1]") {
    const Seeded s;
    const auto got = s.check("name,region\n某单位,3701\n");
    CHECK(rejectsOf(got) == std::vector<std::pair<int, std::string>>{{2, "error.region.unknown"}});
    CHECK(got.rejects[0].error.detail == "3701");
    CHECK(got.rows.empty());
}

TEST_CASE("employer csv: faults of the file itself", "[data][S6.1]") {
    const Seeded s;
    struct Case {
        const char* text;
        int row;
        const char* key;
    };
    const Case cases[] = {
        {"", 1, "error.import.empty"},
        {"\xEF\xBB\xBF\r\n\r\n", 1, "error.import.empty"},
        {"name,region\n", 1, "error.import.empty"},
        {"name,region\n\n\n", 1, "error.import.empty"},
        {"name\n某单位\n", 1, "error.import.header"},
        {"name,region,phone\n某单位,370102,1\n", 1, "error.import.header"},
        {"name,region,单位名称\n某单位,370102,x\n", 1, "error.import.header"},
        {"\n名称\xFF,region\n", 2, "error.import.encoding"},
        {"name,region\n\"某单位,370102\n", 2, "error.import.quote"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.text) {
            const auto got = s.check(c.text);
            CHECK(got.rows.empty());
            CHECK(rejectsOf(got) == std::vector<std::pair<int, std::string>>{{c.row, c.key}});
        }
    }
    CHECK(s.check("name\n某单位\n").rejects[0].error.detail == "name");
}
