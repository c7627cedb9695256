// Implements the name check: a UTF-8 decoder that stops at the first code point
// a name may not hold.
#include "core/name_text.h"

#include <cstdint>
#include <cstdio>

namespace huicai {

namespace {

// The code point at s[i], advancing i; -1 when the bytes there are not UTF-8
// (overlong forms, surrogates and values past U+10FFFF included).
std::int32_t decode(std::string_view s, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i++]);
    if (b0 < 0x80) return b0;
    int extra = 0;
    std::int32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        extra = 1;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        extra = 2;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        extra = 3;
        cp = b0 & 0x07;
    } else return -1;
    for (int k = 0; k < extra; ++k) {
        if (i >= s.size()) return -1;
        const auto b = static_cast<unsigned char>(s[i++]);
        if ((b & 0xC0) != 0x80) return -1;
        cp = (cp << 6) | (b & 0x3F);
    }
    constexpr std::int32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    return cp;
}

bool refused(std::int32_t cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return true;                            // control characters
    if (cp == '<' || cp == '>') return true;                                             // markup
    if (cp == 0x061C || cp == 0x200E || cp == 0x200F) return true;                       // direction marks
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return true;   // embeddings, overrides, isolates
    return cp == 0x200B || cp == 0x2028 || cp == 0x2029 || cp == 0x2060 || cp == 0xFEFF; // invisible separators
}

} // namespace

Status checkNameText(std::string_view name) {
    for (std::size_t i = 0; i < name.size();) {
        const std::int32_t cp = decode(name, i);
        if (cp < 0) return makeError("error.name.characters", "UTF-8");
        if (refused(cp)) {
            char hex[16];
            std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
            return makeError("error.name.characters", hex);
        }
    }
    return Ok{};
}

} // namespace huicai
