// Implements breakLines: a greedy line breaker with the CJK rules of cjk_wrap.h.
#include "ui/widgets/cjk_wrap.h"

#include "ui/widgets/utf8.h"

namespace huicai::ui {

namespace {

bool isCjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool isClosing(char32_t c) {
    static constexpr std::u32string_view kClosing =
        U"，。、；：？！）」』》〉】〕”’…—·,.;:?!)]}%％～";
    return kClosing.find(c) != std::u32string_view::npos;
}

bool isOpening(char32_t c) {
    static constexpr std::u32string_view kOpening = U"（「『《〈【〔“‘([{";
    return kOpening.find(c) != std::u32string_view::npos;
}

bool canBreakBetween(char32_t prev, char32_t c) {
    if (c == ' ') return false; // break after the space, not before it
    if (isClosing(c) || isOpening(prev)) return false;
    if (prev == ' ') return true;
    return isCjk(c) || isCjk(prev);
}

std::string_view trimRight(std::string_view s) {
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

} // namespace

std::vector<std::string_view> breakLines(std::string_view text, float width,
                                         const std::function<float(char32_t)>& advance) {
    std::vector<std::string_view> lines;
    size_t lineStart = 0, lastBreak = std::string_view::npos;
    float lineWidth = 0, widthAtBreak = 0;
    char32_t prev = 0;
    for (size_t i = 0; i < text.size();) {
        const size_t at = i;
        const char32_t c = decodeUtf8(text, i);
        if (c == '\n') {
            lines.push_back(trimRight(text.substr(lineStart, at - lineStart)));
            lineStart = i;
            lineWidth = 0;
            lastBreak = std::string_view::npos;
            prev = 0;
            continue;
        }
        if (at > lineStart && canBreakBetween(prev, c)) {
            lastBreak = at;
            widthAtBreak = lineWidth;
        }
        const float adv = advance(c);
        if (lineWidth + adv > width && at > lineStart && c != ' ') {
            if (lastBreak != std::string_view::npos && lastBreak > lineStart) {
                lines.push_back(trimRight(text.substr(lineStart, lastBreak - lineStart)));
                lineStart = lastBreak;
                lineWidth -= widthAtBreak;
            } else {
                lines.push_back(trimRight(text.substr(lineStart, at - lineStart)));
                lineStart = at;
                lineWidth = 0;
            }
            lastBreak = std::string_view::npos;
        }
        lineWidth += adv;
        prev = c;
    }
    if (lineStart < text.size()) lines.push_back(trimRight(text.substr(lineStart)));
    return lines;
}

} // namespace huicai::ui
