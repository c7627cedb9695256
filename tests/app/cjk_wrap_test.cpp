// Line breaking of Chinese and mixed text for the description paragraphs: Chinese
// breaks between characters, Latin at spaces, punctuation never starts or ends a line
// the wrong way, and no line is wider than asked unless one character is.
#include "ui/widgets/cjk_wrap.h"

#include <catch2/catch.hpp>

#include <string>

using huicai::ui::breakLines;

namespace {

// Every character one unit wide, so a width is a character count.
float unit(char32_t) { return 1.0f; }

std::vector<std::string> lines(const char* text, float width) {
    std::vector<std::string> out;
    for (auto l : breakLines(text, width, unit)) out.emplace_back(l);
    return out;
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("cjk wrap: Chinese and Latin lines", "[app][S4.2]") {
    struct Case {
        int n;
        const char* text;
        float width;
        Lines expected;
    };
    const Case cases[] = {
        {1, "高层次人才", 10, {"高层次人才"}},
        {2, "高层次人才服务", 3, {"高层次", "人才服", "务"}},
        {3, "green channel services", 13, {"green channel", "services"}},
        {4, "凭卡办理，当场办结。", 5, {"凭卡办理，", "当场办结。"}},
        {5, "凭卡办理，当场办结。", 4, {"凭卡办", "理，当场", "办结。"}},
        // 《 may not end a line and 》 may not start one: "见《规范" fits but must give 范 up.
        {6, "见《规范》第4条", 4, {"见《规", "范》第4", "条"}},
        {7, "第一行\n第二行", 10, {"第一行", "第二行"}},
        {8, "supercalifragilistic", 8, {"supercal", "ifragili", "stic"}},
        {9, "乘坐G字头列车", 5, {"乘坐G字头", "列车"}},
        {11, "乘坐G字头列车", 3, {"乘坐G", "字头列", "车"}},
        {10, "", 5, {}},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << ": " << c.text);
        CHECK(lines(c.text, c.width) == c.expected);
    }
}

TEST_CASE("cjk wrap: no line is wider than the width", "[app][S4.2]") {
    const char* text = "高层次人才在火车济南站、济南西站、青岛站、青岛北站等出行时，可享受出行绿色通道服务。";
    for (float w = 2; w <= 20; w += 1) {
        INFO("width " << w);
        std::string joined;
        for (const auto& l : lines(text, w)) {
            size_t chars = 0;
            for (unsigned char ch : l) chars += (ch & 0xC0) != 0x80;
            CHECK(static_cast<float>(chars) <= w);
            joined += l;
        }
        CHECK(joined == text); // nothing lost or repeated
    }
}
