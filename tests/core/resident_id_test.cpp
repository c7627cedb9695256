// Tests of the resident identity number check (GB 11643-1999) and the passport check.
// Check characters of the valid numbers are computed here from the MOD 11-2 weights,
// written out below, not taken from the code under test.
#include "core/resident_id.h"

#include <catch2/catch.hpp>

#include <string>

using namespace huicai;

namespace {

// ISO 7064 MOD 11-2 as GB 11643-1999 states it: weights W_i = 2^(i-1) mod 11 for the
// 17 positions counted from the right, i.e. from the left:
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
// sum mod 11 = 0..10 maps to:
constexpr char kCheckFor[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

std::string withCheck(const std::string& first17) {
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
    return first17 + kCheckFor[sum % 11];
}

const Date kToday = Date::fromYmd({2026, 3, 1});

} // namespace

TEST_CASE("resident id: the weights are 2^(i-1) mod 11", "[S7.1][core][id]") {
    for (int pos = 0; pos < 17; ++pos) {
        int w = 1;
        for (int k = 0; k < 17 - pos; ++k) w = (w * 2) % 11;
        CHECK(kWeights[pos] == w);
    }
}

TEST_CASE("resident id: valid numbers give birth date and sex", "[S7.1][core][id]") {
    struct Case {
        int no;
        std::string number;
        const char* birth;
        Sex sex;
    };
    const Case cases[] = {
        {1, "11010519491231002X", "1949-12-31", Sex::Female}, // the example number of GB 11643-1999
        {2, withCheck("37010219900307123"), "1990-03-07", Sex::Male},
        {3, withCheck("37020219851130004"), "1985-11-30", Sex::Female},
        {4, withCheck("37172820000229001"), "2000-02-29", Sex::Male},   // leap day
        {5, withCheck("65010220260301008"), "2026-03-01", Sex::Female}, // born today
        {6, withCheck("81000019700101005"), "1970-01-01", Sex::Male},   // Hong Kong prefix 81
    };
    for (const Case& c : cases) {
        INFO("case " << c.no << ": " << c.number);
        auto r = validateResidentId(c.number, kToday);
        REQUIRE(r.ok());
        CHECK(r->birthDate.iso() == c.birth);
        CHECK(r->sex == c.sex);
        CHECK(r->regionCode == c.number.substr(0, 6));
        CHECK(residentIdCheckChar(c.number.substr(0, 17)) == c.number[17]);
    }
}

TEST_CASE("resident id: a lower-case x check character is accepted and normalised", "[S7.1][core][id]") {
    auto r = validateResidentId("11010519491231002x", kToday);
    REQUIRE(r.ok());
    CHECK(r->number == "11010519491231002X");
}

TEST_CASE("resident id: each failure has its own key", "[S7.1][core][id]") {
    const std::string good = withCheck("37010219900307123");
    std::string wrongCheck = good;
    wrongCheck[17] = good[17] == '0' ? '1' : '0';
    struct Case {
        int no;
        std::string number;
        const char* key;
        std::string detail;
    };
    const Case cases[] = {
        {1, "3701021990030712", "error.id.length", "16"},
        {2, good + "1", "error.id.length", "19"},
        {3, "", "error.id.length", "0"},
        {4, "37010219900307A23X", "error.id.chars", "15"},
        {5, "37010219900307123Z", "error.id.chars", "18"},
        {6, " 3701021990030712X", "error.id.chars", "1"},
        {7, wrongCheck, "error.id.checksum", std::string("expected ") + good[17]},
        {8, withCheck("37010219900230123"), "error.id.birthdate", "19900230"},  // 30 February
        {9, withCheck("37010220260302123"), "error.id.birthdate", "20260302"},  // after today
        {10, withCheck("37010219901301123"), "error.id.birthdate", "19901301"}, // month 13
        {11, withCheck("99010219900307123"), "error.id.region", "990102"},
        {12, withCheck("10010219900307123"), "error.id.region", "100102"},
        {13, withCheck("38010219900307123"), "error.id.region", "380102"},
        {14, withCheck("37000019900307123"), "error.id.region", "370000"},
    };
    for (const Case& c : cases) {
        INFO("case " << c.no << ": '" << c.number << "'");
        auto r = validateResidentId(c.number, kToday);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == c.key);
        CHECK(r.error().detail == c.detail);
    }
}

TEST_CASE("resident id: province codes follow GB/T 2260", "[S7.1][core][id]") {
    const int valid[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                         50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    int count = 0;
    for (int p = 0; p < 100; ++p) count += isProvinceCode(p) ? 1 : 0;
    CHECK(count == 34);
    for (int p : valid) CHECK(isProvinceCode(p));
}

TEST_CASE("passport: number and ISO 3166-1 alpha-3 nationality", "[S7.1][core][id]") {
    struct Case {
        int no;
        const char* number;
        const char* nationality;
        const char* key; // nullptr when valid
    };
    const Case cases[] = {
        {1, "E12345678", "USA", nullptr},
        {2, "C0123", "deu", nullptr},                // lower-case nationality accepted
        {3, "ABCDEFGHIJ0123456789", "GBR", nullptr}, // 20 characters
        {4, "1234", "USA", "error.passport.number"},
        {5, "ABCDEFGHIJ01234567890", "JPN", "error.passport.number"}, // 21 characters
        {6, "E1234567-8", "FRA", "error.passport.number"},
        {7, "E12345678", "XYZ", "error.passport.nationality"},
        {8, "E12345678", "US", "error.passport.nationality"},
        {9, "E12345678", "", "error.passport.nationality"},
        {10, "K98765432", "KOR", nullptr},
    };
    for (const Case& c : cases) {
        INFO("case " << c.no);
        auto s = validatePassport(c.number, c.nationality);
        if (!c.key) {
            CHECK(s.ok());
        } else {
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().key == c.key);
        }
    }
    CHECK(isIso3166Alpha3("CHN"));
    CHECK_FALSE(isIso3166Alpha3("chn"));
}
