// Implements iconText: a Private Use Area code point as three bytes of UTF-8.
#include "ui/style/icons.h"

namespace huicai::ui {

std::string iconText(Icon icon) {
    const auto c = static_cast<char32_t>(icon);
    if (c == 0) return {};
    std::string out;
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
    return out;
}

} // namespace huicai::ui
