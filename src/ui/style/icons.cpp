// Implements iconText: a Private Use Area code point as three bytes of UTF-8, and the
// record of the icons asked for.
#include "ui/style/icons.h"

#include <algorithm>

namespace huicai::ui {

namespace {

std::vector<char32_t>& asked() {
    static std::vector<char32_t> icons;
    return icons;
}

} // namespace

const std::vector<char32_t>& iconsAskedFor() { return asked(); }

std::string iconText(Icon icon) {
    const auto c = static_cast<char32_t>(icon);
    if (c == 0) return {};
    auto& icons = asked();
    if (std::find(icons.begin(), icons.end(), c) == icons.end()) icons.push_back(c);
    std::string out;
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
    return out;
}

} // namespace huicai::ui
