// Implements the checking JSON scanner: one pass, no allocation, nesting kept in a
// counter (an array or object's values are scanned in a loop, never by recursion
// deeper than the nesting itself).
#include "sync/json_scan.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace huicai::sync {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The four hex digits of a \u escape at `at`, or -1.
long hex4(std::string_view t, std::size_t at) {
    if (at + 4 > t.size()) return -1;
    long v = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const int d = hexDigit(t[at + i]);
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

// The length of the well-formed UTF-8 sequence at `at` (its first byte >= 0x80), or 0
// (overlong forms, surrogates and code points past U+10FFFF are not well formed).
std::size_t utf8Length(std::string_view t, std::size_t at) {
    const auto* s = reinterpret_cast<const unsigned char*>(t.data()) + at;
    const std::size_t left = t.size() - at;
    const auto cont = [&](std::size_t i, unsigned lo = 0x80, unsigned hi = 0xBF) { return i < left && s[i] >= lo && s[i] <= hi; };
    const unsigned c = s[0];
    if (c >= 0xE1 && c <= 0xEC) return cont(1) && cont(2) ? 3 : 0; // most of CJK: first
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if (c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

// The bytes that stand for themselves in a string: printable ASCII but the quote and
// the backslash.
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> a{};
    for (int c = 0x20; c < 0x80; ++c) a[c] = c != '"' && c != '\\';
    return a;
}();

// Whether the 8 bytes at `p` are all plain: none below 0x20, none from 0x80, no quote
// and no backslash (each test is exact for "any byte of the word").
bool plainWord(const unsigned char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101u;
    constexpr std::uint64_t kHighs = 0x8080808080808080u;
    std::uint64_t x = 0;
    std::memcpy(&x, p, sizeof x);
    const auto anyZero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    const std::uint64_t below20 = (x - kOnes * 0x20) & ~x & kHighs;
    return (below20 | anyZero(x ^ (kOnes * '"')) | anyZero(x ^ (kOnes * '\\')) | (x & kHighs)) == 0;
}

// A string literal at `at` (its opening quote): the position after it, or kJsonBad.
// With `out`, its text with the escapes decoded is appended there.
std::size_t scanString(std::string_view t, std::size_t at, std::string* out) {
    const auto* s = reinterpret_cast<const unsigned char*>(t.data());
    const std::size_t n = t.size();
    std::size_t i = at + 1;
    while (i < n) {
        // A run of plain bytes, then of well-formed UTF-8, in one append each.
        std::size_t run = i;
        for (;;) {
            while (run + 8 <= n && plainWord(s + run)) run += 8;
            while (run < n && kPlain[s[run]]) ++run;
            if (run >= n || s[run] < 0x80) break;
            const std::size_t len = utf8Length(t, run);
            if (!len) return kJsonBad;
            run += len;
        }
        if (out) out->append(t.data() + i, run - i);
        i = run;
        if (i >= n) break;
        const unsigned char c = s[i];
        if (c == '"') return i + 1;
        if (c < 0x20) return kJsonBad;
        // A backslash.
        if (i + 1 >= t.size()) return kJsonBad;
        const char e = t[i + 1];
        i += 2;
        char plain = 0;
        switch (e) {
        case '"': plain = '"'; break;
        case '\\': plain = '\\'; break;
        case '/': plain = '/'; break;
        case 'b': plain = '\b'; break;
        case 'f': plain = '\f'; break;
        case 'n': plain = '\n'; break;
        case 'r': plain = '\r'; break;
        case 't': plain = '\t'; break;
        case 'u': break;
        default: return kJsonBad;
        }
        if (e != 'u') {
            if (out) out->push_back(plain);
            continue;
        }
        long cp = hex4(t, i);
        if (cp < 0) return kJsonBad;
        i += 4;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return kJsonBad; // a low surrogate alone
        if (cp >= 0xD800 && cp <= 0xDBFF) {                // must be followed by its low half
            if (i + 6 > t.size() || t[i] != '\\' || t[i + 1] != 'u') return kJsonBad;
            const long low = hex4(t, i + 2);
            if (low < 0xDC00 || low > 0xDFFF) return kJsonBad;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
        }
        if (!out) continue;
        const auto u = static_cast<std::uint32_t>(cp);
        if (u < 0x80) {
            out->push_back(static_cast<char>(u));
        } else if (u < 0x800) {
            out->push_back(static_cast<char>(0xC0 | (u >> 6)));
            out->push_back(static_cast<char>(0x80 | (u & 0x3F)));
        } else if (u < 0x10000) {
            out->push_back(static_cast<char>(0xE0 | (u >> 12)));
            out->push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | (u & 0x3F)));
        } else {
            out->push_back(static_cast<char>(0xF0 | (u >> 18)));
            out->push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
            out->push_back(static_cast<char>(0x80 | (u & 0x3F)));
        }
    }
    return kJsonBad;
}

// A number at `at`: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, and finite as a
// double when it is read as one (a fraction, an exponent, or too many digits for a
// 64-bit integer), as the parser requires.
std::size_t scanNumber(std::string_view t, std::size_t at) {
    std::size_t i = at;
    if (i < t.size() && t[i] == '-') ++i;
    if (i >= t.size() || !isDigit(t[i])) return kJsonBad;
    if (t[i] == '0') ++i;
    else
        while (i < t.size() && isDigit(t[i])) ++i;
    if (i < t.size() && t[i] == '.') {
        ++i;
        if (i >= t.size() || !isDigit(t[i])) return kJsonBad;
        while (i < t.size() && isDigit(t[i])) ++i;
    }
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
        if (i >= t.size() || !isDigit(t[i])) return kJsonBad;
        while (i < t.size() && isDigit(t[i])) ++i;
    }
    const std::string_view token = t.substr(at, i - at);
    if (token.find_first_of(".eE") != std::string_view::npos || token.size() > 19) {
        const std::string text(token); // strtod wants a terminated string
        if (std::isinf(std::strtod(text.c_str(), nullptr))) return kJsonBad;
    }
    return i;
}

std::size_t scanLiteral(std::string_view t, std::size_t at, std::string_view word) {
    return t.substr(at, word.size()) == word ? at + word.size() : kJsonBad;
}

// A scalar (string, number, literal) at `at`; kJsonBad for anything else.
std::size_t scanScalar(std::string_view t, std::size_t at) {
    switch (t[at]) {
    case '"': return scanString(t, at, nullptr);
    case 't': return scanLiteral(t, at, "true");
    case 'f': return scanLiteral(t, at, "false");
    case 'n': return scanLiteral(t, at, "null");
    default: return scanNumber(t, at);
    }
}

} // namespace

std::size_t skipJsonSpace(std::string_view text, std::size_t at) {
    while (at < text.size() && isSpace(text[at])) ++at;
    return at;
}

std::size_t skipJsonValue(std::string_view t, std::size_t at) {
    // The open arrays and objects, innermost last: '[' or '{'.
    char open[kMaxJsonDepth];
    int depth = 0;
    std::size_t i = at;
    // A member's name and colon at i: the position of its value, or kJsonBad.
    const auto memberName = [&t](std::size_t n) {
        if (n >= t.size() || t[n] != '"' || (n = scanString(t, n, nullptr)) == kJsonBad) return kJsonBad;
        n = skipJsonSpace(t, n);
        return n < t.size() && t[n] == ':' ? skipJsonSpace(t, n + 1) : kJsonBad;
    };
    for (;;) {
        // A value at i.
        if (i >= t.size()) return kJsonBad;
        const char c = t[i];
        if (c == '[' || c == '{') {
            if (depth == kMaxJsonDepth) return kJsonBad;
            open[depth++] = c;
            i = skipJsonSpace(t, i + 1);
            if (i >= t.size()) return kJsonBad;
            if (t[i] == (c == '[' ? ']' : '}')) { // empty
                --depth;
                ++i;
            } else if (c == '{') { // the first member's name and colon
                if ((i = memberName(i)) == kJsonBad) return kJsonBad;
                continue;
            } else {
                continue;
            }
        } else {
            i = scanScalar(t, i);
            if (i == kJsonBad) return kJsonBad;
        }
        // After a value: close what ends here, or go on to the next member or element.
        for (;;) {
            if (depth == 0) return i;
            i = skipJsonSpace(t, i);
            if (i >= t.size()) return kJsonBad;
            const char close = open[depth - 1] == '[' ? ']' : '}';
            if (t[i] == close) {
                --depth;
                ++i;
                continue;
            }
            if (t[i] != ',') return kJsonBad;
            i = skipJsonSpace(t, i + 1);
            if (open[depth - 1] == '{' && (i = memberName(i)) == kJsonBad) return kJsonBad;
            break;
        }
    }
}

std::optional<std::string> jsonStringText(std::string_view literal) {
    if (literal.empty() || literal[0] != '"') return std::nullopt;
    std::string out;
    out.reserve(literal.size());
    if (scanString(literal, 0, &out) != literal.size()) return std::nullopt;
    return out;
}

} // namespace huicai::sync
