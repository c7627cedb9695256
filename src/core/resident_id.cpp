// Implements the resident identity number check of GB 11643-1999 (ISO 7064 MOD 11-2
// check character, birth date, GB/T 2260 province prefix) and the passport check for
// foreign talents against the ISO 3166-1 alpha-3 list.
#include "core/resident_id.h"

#include <algorithm>
#include <array>
#include <string>

namespace huicai {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char c) { return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char toUpper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }
int digitsValue(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

// ISO 3166-1 alpha-3, officially assigned codes, sorted.
// clang-format off
constexpr std::array<std::string_view, 249> kAlpha3 = {
    "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARG", "ARM", "ASM", "ATA", "ATF", "ATG", "AUS", "AUT",
    "AZE", "BDI", "BEL", "BEN", "BES", "BFA", "BGD", "BGR", "BHR", "BHS", "BIH", "BLM", "BLR", "BLZ", "BMU", "BOL",
    "BRA", "BRB", "BRN", "BTN", "BVT", "BWA", "CAF", "CAN", "CCK", "CHE", "CHL", "CHN", "CIV", "CMR", "COD", "COG",
    "COK", "COL", "COM", "CPV", "CRI", "CUB", "CUW", "CXR", "CYM", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK", "DOM",
    "DZA", "ECU", "EGY", "ERI", "ESH", "ESP", "EST", "ETH", "FIN", "FJI", "FLK", "FRA", "FRO", "FSM", "GAB", "GBR",
    "GEO", "GGY", "GHA", "GIB", "GIN", "GLP", "GMB", "GNB", "GNQ", "GRC", "GRD", "GRL", "GTM", "GUF", "GUM", "GUY",
    "HKG", "HMD", "HND", "HRV", "HTI", "HUN", "IDN", "IMN", "IND", "IOT", "IRL", "IRN", "IRQ", "ISL", "ISR", "ITA",
    "JAM", "JEY", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO", "LBN", "LBR", "LBY",
    "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAC", "MAF", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX", "MHL",
    "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MNP", "MOZ", "MRT", "MSR", "MTQ", "MUS", "MWI", "MYS", "MYT", "NAM",
    "NCL", "NER", "NFK", "NGA", "NIC", "NIU", "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PCN", "PER",
    "PHL", "PLW", "PNG", "POL", "PRI", "PRK", "PRT", "PRY", "PSE", "PYF", "QAT", "REU", "ROU", "RUS", "RWA", "SAU",
    "SDN", "SEN", "SGP", "SGS", "SHN", "SJM", "SLB", "SLE", "SLV", "SMR", "SOM", "SPM", "SRB", "SSD", "STP", "SUR",
    "SVK", "SVN", "SWE", "SWZ", "SXM", "SYC", "SYR", "TCA", "TCD", "TGO", "THA", "TJK", "TKL", "TKM", "TLS", "TON",
    "TTO", "TUN", "TUR", "TUV", "TWN", "TZA", "UGA", "UKR", "UMI", "URY", "USA", "UZB", "VAT", "VCT", "VEN", "VGB",
    "VIR", "VNM", "VUT", "WLF", "WSM", "YEM", "ZAF", "ZMB", "ZWE",
};
// clang-format on

} // namespace

char residentIdCheckChar(std::string_view first17) {
    assert(first17.size() == 17 && std::all_of(first17.begin(), first17.end(), isDigit) &&
           "residentIdCheckChar: needs 17 digits");
    // Weight of position i (1-based from the left) is 2^(18-i) mod 11.
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
    return kCheck[sum % 11];
}

bool isProvinceCode(int p) {
    return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) || (p >= 41 && p <= 46) ||
           (p >= 50 && p <= 54) || (p >= 61 && p <= 65) || p == 71 || p == 81 || p == 82;
}

Result<ResidentIdInfo> validateResidentId(std::string_view number, Date today) {
    if (number.size() != 18) return makeError("error.id.length", std::to_string(number.size()));
    for (std::size_t i = 0; i < 17; ++i)
        if (!isDigit(number[i])) return makeError("error.id.chars", std::to_string(i + 1));
    const char last = toUpper(number[17]);
    if (!isDigit(last) && last != 'X') return makeError("error.id.chars", "18");

    const std::string_view region = number.substr(0, 6);
    // A mainland number carries a city or county code; Taiwan, Hong Kong and Macao
    // (71, 81, 82) use the bare province code on residence permits.
    const int province = digitsValue(region.substr(0, 2));
    if (!isProvinceCode(province) || (region.substr(2, 4) == "0000" && province < 71))
        return makeError("error.id.region", std::string(region));

    const std::string_view birth = number.substr(6, 8);
    const Ymd ymd{digitsValue(birth.substr(0, 4)), digitsValue(birth.substr(4, 2)), digitsValue(birth.substr(6, 2))};
    if (ymd.year < 1800 || !isValidYmd(ymd) || Date::fromYmd(ymd) > today)
        return makeError("error.id.birthdate", std::string(birth));

    const char expected = residentIdCheckChar(number.substr(0, 17));
    if (last != expected) return makeError("error.id.checksum", std::string("expected ") + expected);

    ResidentIdInfo info;
    info.number = std::string(number.substr(0, 17)) + last;
    info.regionCode = std::string(region);
    info.birthDate = Date::fromYmd(ymd);
    info.sex = (number[16] - '0') % 2 == 1 ? Sex::Male : Sex::Female;
    return info;
}

bool isIso3166Alpha3(std::string_view code) {
    return std::binary_search(kAlpha3.begin(), kAlpha3.end(), code);
}

Status validatePassport(std::string_view number, std::string_view nationality) {
    std::string nat;
    for (char c : nationality) nat += toUpper(c);
    if (nat.size() != 3 || !isIso3166Alpha3(nat)) return makeError("error.passport.nationality", std::string(nationality));
    if (number.size() < 5 || number.size() > 20)
        return makeError("error.passport.number", "length " + std::to_string(number.size()));
    for (std::size_t i = 0; i < number.size(); ++i)
        if (!isAsciiAlnum(number[i])) return makeError("error.passport.number", "position " + std::to_string(i + 1));
    return Ok{};
}

} // namespace huicai
