// Tests of what a name may hold (core/name_text.h): names in Chinese, Latin letters
// with accents and punctuation, Arabic and joiners pass; control characters, < and
// >, text-direction marks and overrides, invisible separators and bytes that are not
// UTF-8 are refused, each named by its code point; and every command that brings a
// name is refused with such a name.
#include "core/name_text.h"
#include "workflow_fixture.h"

#include <catch2/catch.hpp>

#include <string>

using namespace huicai;

TEST_CASE("name text: printable names pass, control, markup, bidi and invisible characters are refused by code point",
          "[core][S5.1][security]") {
    struct Case {
        int n;
        std::string name;
        const char* refused;
    };
    const Case cases[] = {
        {1, "张新才", nullptr},
        {2, "Nguyễn Thị O'Brien-José", nullptr},
        {3, "محمد علي", nullptr},
        {4, "济南某研究院 (历下) & 合作方", nullptr},
        {5, "क्\u200Dष", nullptr}, // with a zero-width joiner
        {6, std::string("张\0新才", 10), "U+0000"},
        {7, "张新才\n", "U+000A"},
        {8, "a\tb", "U+0009"},
        {9, "a\x1b[31mb", "U+001B"},
        {10, "a\x7f", "U+007F"},
        {11, "a\xc2\x85", "U+0085"},
        {12, "<script>alert(1)</script>", "U+003C"},
        {13, "a>b", "U+003E"},
        {14, "张新才\u202Egnp.exe", "U+202E"},
        {15, "\u202A张", "U+202A"},
        {16, "张\u2066新\u2069", "U+2066"},
        {17, "张\u200F", "U+200F"},
        {18, "\u061C张", "U+061C"},
        {19, "张\u200B新", "U+200B"},
        {20, "\xEF\xBB\xBF张", "U+FEFF"},
        {21, "张\u2028", "U+2028"},
        {22, "\xff", "UTF-8"},
        {23, "\xc0\xaf", "UTF-8"},         // an overlong /
        {24, "\xed\xa0\x80", "UTF-8"},     // a surrogate
        {25, "\xe5\xbc", "UTF-8"},         // cut short
        {26, "\xf4\x90\x80\x80", "UTF-8"}, // past U+10FFFF
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto s = checkNameText(c.name);
        CHECK(s.ok() == (c.refused == nullptr));
        if (c.refused && !s.ok()) {
            CHECK(s.error().key == "error.name.characters");
            CHECK(s.error().detail == c.refused);
        }
    }
}

TEST_CASE("name text: registering a talent, employer or specialist, or renaming a talent, with such a name is refused",
          "[core][S5.1][security]") {
    wf::World w;
    w.seed();
    const std::string bidi = "张新才\u202Egnp.exe";
    RegisterTalent t;
    t.id = "T";
    t.name = bidi;
    t.category = "professional_technical";
    t.employer = "E1";
    t.idType = IdType::ResidentId;
    t.idNumber = wf::residentId(1);
    w.fails(wf::talent("T"), t, "2025-01-07", "error.name.characters");
    w.fails(wf::kAdmin, RegisterEmployer{"E9", "<b>某公司</b>", "370102"}, "2025-01-07", "error.name.characters");
    w.fails(wf::kAdmin, RegisterSpecialist{"W-x", std::string("窗口\0专员", 13), Role::WindowSpecialist, "370102"},
            "2025-01-07", "error.name.characters");
    t.name = "张新才";
    w.ok(wf::talent("T"), t, "2025-01-07");
    w.fails(wf::talent("T"), UpdateTalentProfile{"T", bidi}, "2025-01-08", "error.name.characters");
    CHECK(w.state.talents.at("T").name == "张新才");
}
