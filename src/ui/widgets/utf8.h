// UTF-8 decoding for the text widgets and the font set (one code point at a time).
#pragma once
#include <cstddef>
#include <string_view>

namespace huicai::ui {

// Decodes the code point at `i` and advances `i` past it; U+FFFD for a bad sequence.
char32_t decodeUtf8(std::string_view s, size_t& i);

} // namespace huicai::ui
