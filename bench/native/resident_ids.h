// Valid resident id numbers for the benchmarks' talents: Lixia district, the birth
// date and serial varied with `n`, and the GB 11643 check character.
#pragma once
#include <cstdio>
#include <string>

namespace bench {

inline std::string residentId(int n) {
    static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char* m = "10X98765432";
    char base[32]; // 17 digits for n >= 0
    std::snprintf(base, sizeof base, "370102%04d%02d%02d%03d", 1960 + n % 40, 1 + n % 12, 1 + n % 28, n % 1000);
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += (base[i] - '0') * w[i];
    return std::string(base) + m[sum % 11];
}

} // namespace bench
