// Implements decodeUtf8.
#include "ui/widgets/utf8.h"

namespace huicai::ui {

char32_t decodeUtf8(std::string_view s, size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i++]);
    if (b0 < 0x80) return b0;
    const int extra = b0 >= 0xF8 ? -1 : b0 >= 0xF0 ? 3
                                    : b0 >= 0xE0   ? 2
                                    : b0 >= 0xC0   ? 1
                                                   : -1;
    if (extra < 0) return 0xFFFD;
    char32_t cp = b0 & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) {
        if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    }
    return cp;
}

} // namespace huicai::ui
