// Identity documents of talents: the PRC resident identity number (GB 11643-1999:
// 17 digits, an ISO 7064 MOD 11-2 check character, the birth date and an
// administrative-division prefix per GB/T 2260) and, for foreign talents, a
// passport number with its ISO 3166-1 alpha-3 nationality. `today` is passed in;
// nothing here reads the clock.
#pragma once
#include "core/date.h"
#include "core/result.h"

#include <string>
#include <string_view>

namespace huicai {

enum class Sex {
    Male,
    Female
};

struct ResidentIdInfo {
    std::string number;     // the 18 characters, check character upper-cased
    std::string regionCode; // the first 6 digits (GB/T 2260 division of first registration)
    Date birthDate;
    Sex sex = Sex::Male; // from the parity of the 17th digit (odd = male)
};

// Validates an 18-character resident identity number. The checks run in this order,
// each with its own key: error.id.length (detail: the length found),
// error.id.chars (detail: 1-based position of the first bad character),
// error.id.region (detail: the 6-digit prefix; the province must be one of
// isProvinceCode, and a mainland prefix must name a city or county, not "xx0000"),
// error.id.birthdate (detail: the
// 8 birth digits), error.id.checksum (detail: "expected X").
Result<ResidentIdInfo> validateResidentId(std::string_view number, Date today);

// The MOD 11-2 check character ('0'..'9' or 'X') of 17 digits.
// Precondition: `first17` is exactly 17 ASCII digits.
char residentIdCheckChar(std::string_view first17);

// True for a GB/T 2260 province-level code 11..82 that exists (11-15, 21-23,
// 31-37, 41-46, 50-54, 61-65, 71, 81, 82).
bool isProvinceCode(int twoDigits);

// True when `code` is an upper-case ISO 3166-1 alpha-3 country code.
bool isIso3166Alpha3(std::string_view code);

// A foreign talent's passport: `nationality` an ISO 3166-1 alpha-3 code (upper or
// lower case; error.passport.nationality), `number` 5..20 ASCII letters and digits
// (error.passport.number; detail says length or position).
Status validatePassport(std::string_view number, std::string_view nationality);

} // namespace huicai
