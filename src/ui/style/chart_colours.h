// The colours of charts and the dashboard's map: six series colours told apart by
// hue, the ramps a value is coloured along (bad → good for a rate, light → strong for
// a volume), and the colour of "no data", which is never a value's colour.
#pragma once
#include <imgui.h>

namespace huicai::ui {

inline constexpr int kSeriesCount = 6; // the last is "the rest"
ImU32 seriesColour(int i);
ImU32 chartTrack();
ImU32 noDataColour();
// a → b at t (0…1, clamped).
ImU32 mixColours(ImU32 a, ImU32 b, float t);
// A rate from 0 (danger) through amber to 1 (success).
ImU32 rateRamp(double rate);
// A share of the largest volume (0…1) from light to the primary colour.
ImU32 volumeRamp(double share);
// The map: the sea behind the land, the borders between regions, a region outside the
// window's area, a region's name and the halo that keeps it legible on any fill.
ImU32 mapSea();
ImU32 mapBorder();
ImU32 mapOutside();
ImU32 mapLabel();
ImU32 mapLabelHalo();

} // namespace huicai::ui
