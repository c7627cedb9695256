// A checking JSON scanner that builds nothing: it finds where a value ends and says
// whether it is well formed (RFC 8259: strings' escapes and UTF-8, numbers' grammar,
// the three literals, nesting up to kMaxJsonDepth), so that a large value can be kept
// as the text it came as. What nlohmann::json::parse accepts it accepts, and the
// other way round (tests/sync/pull_text_test.cpp, tests/fuzz/fuzz_sync.cpp), but for
// two things: nesting deeper than kMaxJsonDepth, which the parser takes, and a NUL
// byte outside a string, which the parser takes for the end of the text.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace huicai::sync {

inline constexpr int kMaxJsonDepth = 512;
inline constexpr std::size_t kJsonBad = std::string_view::npos;

// The position of the first non-whitespace character at or after `at`.
std::size_t skipJsonSpace(std::string_view text, std::size_t at);
// The position just after the value that starts at `at` (no whitespace before it), or
// kJsonBad when it is not well formed.
std::size_t skipJsonValue(std::string_view text, std::size_t at);
// The text of a JSON string literal (quotes included, as skipJsonValue found it) with
// its escapes decoded; nullopt when it is not a well-formed string.
std::optional<std::string> jsonStringText(std::string_view literal);

} // namespace huicai::sync
