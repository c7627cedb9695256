// Tests of the holiday notice reader: the real 2024, 2025 and 2026 notices of the
// State Council General Office give exactly the days of assets/holidays.json (the
// published data every deadline is computed with), plain ISO lines and a mix of
// both are read, and each fault is named.
#include "core/holiday_notice.h"

#include "data/asset_files.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace huicai;

namespace {

// 国办发明电〔2023〕7号, as published (title, clauses, closing paragraph, signature).
const char* const kNotice2024 =
    "国务院办公厅关于2024年部分节假日安排的通知\n"
    "国办发明电〔2023〕7号\n"
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "　　经国务院批准，现将2024年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。\n"
    "　　一、元旦：1月1日放假，与周末连休。\n"
    "　　二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。\n"
    "　　三、清明节：4月4日至6日放假调休，共3天。4月7日（星期日）上班。\n"
    "　　四、劳动节：5月1日至5日放假调休，共5天。4月28日（星期日）、5月11日（星期六）上班。\n"
    "　　五、端午节：6月10日放假，与周末连休。\n"
    "　　六、中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。\n"
    "　　七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。\n"
    "　　节假日期间，各地区、各部门要妥善安排好值班和安全、保卫、疫情防控等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。\n"
    "国务院办公厅\n"
    "2023年10月25日\n";

// 国办发明电〔2024〕12号: six clauses (National Day and Mid-Autumn share one).
const char* const kNotice2025 =
    "国务院办公厅关于2025年部分节假日安排的通知\n"
    "经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。\n"
    "一、元旦：1月1日（周三）放假1天，不调休。\n"
    "二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。\n"
    "三、清明节：4月4日（周五）至6日（周日）放假，共3天。\n"
    "四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。\n"
    "五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。\n"
    "六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。\n"
    "节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。\n"
    "国务院办公厅\n"
    "2024年11月12日\n";

const char* const kNotice2026 =
    "国务院办公厅关于2026年部分节假日安排的通知\n"
    "经国务院批准，现将2026年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。\n"
    "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\n"
    "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。\n"
    "三、清明节：4月4日（周六）至6日（周一）放假，共3天。\n"
    "四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。\n"
    "五、端午节：6月19日（周五）至21日（周日）放假，共3天。\n"
    "六、中秋节：9月25日（周五）至27日（周日）放假，共3天。\n"
    "七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。\n"
    "国务院办公厅\n"
    "2025年11月4日\n";

std::vector<std::string> isoOf(const std::vector<Date>& dates) {
    std::vector<std::string> out;
    for (Date d : dates) out.push_back(d.iso());
    return out;
}

// The year's "off" and "work" lists of assets/holidays.json.
std::pair<std::vector<std::string>, std::vector<std::string>> published(int year) {
    auto text = readTextFile(std::string(HUICAI_ASSETS_DIR) + "/holidays.json");
    REQUIRE(text.ok());
    const auto j = nlohmann::json::parse(*text);
    const auto& y = j.at("years").at(std::to_string(year));
    return {y.at("off").get<std::vector<std::string>>(), y.at("work").get<std::vector<std::string>>()};
}

void readsAsPublished(int year, const std::string& text, const std::vector<std::string>& names) {
    auto got = readHolidayNotice(year, text);
    INFO((got ? std::string() : got.error().key + " " + got.error().detail));
    REQUIRE(got.ok());
    const auto [off, work] = published(year);
    REQUIRE(!off.empty());
    CHECK(got->year == year);
    CHECK(isoOf(got->off) == off);
    CHECK(isoOf(got->work) == work);
    CHECK(got->names == names);
}

std::string oneLine(std::string text) {
    std::string out;
    for (char c : text)
        if (c != '\n') out += c;
    return out;
}

Error errorOf(int year, const std::string& text) {
    auto got = readHolidayNotice(year, text);
    INFO(text);
    REQUIRE_FALSE(got.ok());
    return got.error();
}

} // namespace

TEST_CASE("holiday notice: the 2024, 2025 and 2026 notices give the published days", "[calendar]") {
    readsAsPublished(2024, kNotice2024, {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"});
    readsAsPublished(2025, kNotice2025, {"元旦", "春节", "清明节", "劳动节", "端午节", "国庆节、中秋节"});
    readsAsPublished(2026, kNotice2026, {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"});
}

TEST_CASE("holiday notice: pasted without line breaks, with CRLF or with ASCII punctuation and digits it reads the same", "[calendar]") {
    readsAsPublished(2024, oneLine(kNotice2024), {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"});
    std::string crlf;
    for (char c : std::string(kNotice2025)) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    readsAsPublished(2025, "\xEF\xBB\xBF" + crlf, {"元旦", "春节", "清明节", "劳动节", "端午节", "国庆节、中秋节"});
    // ASCII parentheses and colon, full-width digits, 星期 and the separators ， ； ,
    const std::string typed =
        "一、元旦:１月１日(星期四)至３日(星期六)放假调休,共3天;1月4日(星期日)上班。\n"
        "二、春节：2月15日(周日)至23日（周一）放假调休，共9天；2月14日（周六）、2月28日(周六)上班。\n"
        "三、清明节：4月4日至6日放假，共3天。四、劳动节：5月1日至5日放假调休，共5天。5月9日上班。\n"
        "五、端午节：6月19日至21日放假。六、中秋节：9月25日至27日放假。\n"
        "七、国庆节：10月1日至7日放假调休，共7天。9月20日，10月10日上班。\n";
    readsAsPublished(2026, typed, {"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"});
}

TEST_CASE("holiday notice: plain ISO lines and a mix of both", "[calendar]") {
    auto plain = readHolidayNotice(2027, "2027-01-01\n\n  2027-02-05..2027-02-11  \r\nwork 2027-02-14\n上班 2027-02-20\n2027-02-08\n");
    REQUIRE(plain.ok());
    CHECK(isoOf(plain->off) == std::vector<std::string>{"2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",
                                                        "2027-02-09", "2027-02-10", "2027-02-11"});
    CHECK(isoOf(plain->work) == std::vector<std::string>{"2027-02-14", "2027-02-20"});
    CHECK(plain->names.empty());

    auto mixed = readHolidayNotice(2027, "一、元旦：1月1日（周五）放假1天，不调休。\n"
                                         "二、春节：2月5日至11日放假调休，共7天。2月14日（周日）上班。\n"
                                         "work 2027-02-20\n2027-02-11\n2027-10-01..2027-10-07\n");
    REQUIRE(mixed.ok());
    CHECK(isoOf(mixed->off) == std::vector<std::string>{"2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",
                                                        "2027-02-09", "2027-02-10", "2027-02-11", "2027-10-01", "2027-10-02",
                                                        "2027-10-03", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"});
    CHECK(isoOf(mixed->work) == std::vector<std::string>{"2027-02-14", "2027-02-20"});
    CHECK(mixed->names == std::vector<std::string>{"元旦", "春节"});
}

TEST_CASE("holiday notice: each fault is named with the line at fault", "[calendar]") {
    struct Case {
        int no;
        int year;
        const char* text;
        const char* key;
        const char* detail;
    };
    const Case cases[] = {
        {1, 2027, "2027-01-01\n2027-02-30\n", "error.holiday.unreadable", "2027-02-30"},
        {2, 2027, "2027/01/01", "error.holiday.unreadable", "2027/01/01"},
        {3, 2027, "work 2027-02-14..", "error.holiday.unreadable", "work 2027-02-14.."},
        {4, 2027, "2027-02-11..2027-02-05", "error.holiday.unreadable", "2027-02-11..2027-02-05"},
        {5, 2027, "一、元旦：2月30日放假。", "error.holiday.unreadable", "一、元旦：2月30日放假。"},
        {6, 2027, "春节：2月11日至5日放假。", "error.holiday.unreadable", "春节：2月11日至5日放假。"},
        {7, 2027, "2026-12-31", "error.holiday.year", "2026-12-31"},
        {8, 2027, "上班 2027-12-26..2028-01-02", "error.holiday.year", "上班 2027-12-26..2028-01-02"},
        {9, 2027, "一、元旦：2026年12月31日放假。", "error.holiday.year", "一、元旦：2026年12月31日放假。"},
        // The 2026 notice loaded as 2027 is refused at its title.
        {10, 2027, kNotice2026, "error.holiday.year", "国务院办公厅关于2026年部分节假日安排的通知"},
        {11, 2027, "", "error.holiday.empty", ""},
        {12, 2027, "国务院办公厅\n各省、自治区、直辖市人民政府：\n", "error.holiday.empty", ""},
        {13, 2027, "2027-02-14\nwork 2027-02-14\n", "error.holiday.overlap", "2027-02-14"},
        {14, 2027, "二、春节：2月13日至14日放假。2月14日（周日）上班。", "error.holiday.overlap", "2027-02-14"},
        // What WorkCalendar::setYear refuses is refused here: a make-up day on a Monday.
        {15, 2027, "2027-01-01\nwork 2027-01-04\n", "error.calendar.makeup_not_weekend", "2027-01-04"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION("case " << c.no) {
            const Error e = errorOf(c.year, c.text);
            CHECK(e.key == c.key);
            CHECK(e.detail == c.detail);
        }
    }
}
