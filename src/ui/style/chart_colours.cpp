// Implements the chart colours from the colour roles where one fits.
#include "ui/style/chart_colours.h"

#include "ui/style/palette.h"

#include <algorithm>

namespace huicai::ui {

ImU32 seriesColour(int i) {
    static constexpr ImU32 kSeries[kSeriesCount] = {IM_COL32(0x1f, 0x5f, 0xa8, 0xff), IM_COL32(0x2e, 0x9e, 0x6a, 0xff),
                                                    IM_COL32(0xe0, 0xa1, 0x00, 0xff), IM_COL32(0xc2, 0x4e, 0x3a, 0xff),
                                                    IM_COL32(0x7a, 0x52, 0xb3, 0xff), IM_COL32(0x9a, 0xa4, 0xb1, 0xff)};
    return kSeries[std::clamp(i, 0, kSeriesCount - 1)];
}

ImU32 chartTrack() { return colour(Tone::Bar); }
ImU32 noDataColour() { return IM_COL32(0xd5, 0xd9, 0xdf, 0xff); }

ImU32 mixColours(ImU32 a, ImU32 b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    auto ch = [&](int shift) {
        const float x = float((a >> shift) & 0xff), y = float((b >> shift) & 0xff);
        return ImU32(x + (y - x) * t + 0.5f) << shift;
    };
    return ch(IM_COL32_R_SHIFT) | ch(IM_COL32_G_SHIFT) | ch(IM_COL32_B_SHIFT) | (0xffu << IM_COL32_A_SHIFT);
}

ImU32 rateRamp(double rate) {
    const ImU32 bad = IM_COL32(0xc2, 0x4e, 0x3a, 0xff), middle = IM_COL32(0xe0, 0xa1, 0x00, 0xff),
                good = IM_COL32(0x1e, 0x85, 0x4a, 0xff);
    return rate < 0.5 ? mixColours(bad, middle, float(rate * 2)) : mixColours(middle, good, float(rate * 2 - 1));
}

ImU32 mapSea() { return mixColours(colour(Tone::Surface), colour(Tone::Primary), 0.08f); }
ImU32 mapBorder() { return colour(Tone::Surface); }
ImU32 mapOutside() { return colour(Tone::Bar); }
ImU32 mapLabel() { return colour(Tone::Text); }
ImU32 mapLabelHalo() { return (colour(Tone::Surface) & ~IM_COL32_A_MASK) | IM_COL32(0, 0, 0, 200); }

ImU32 volumeRamp(double share) { return mixColours(IM_COL32(0xc9, 0xdc, 0xf2, 0xff), colour(Tone::Primary), float(share)); }

} // namespace huicai::ui
