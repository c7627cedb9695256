// Which of the map's names are printed: where names would run into each other (the
// counties of a city's centre, on a phone), the more important one is printed and the
// other left out until a zoom gives it room. Every region stays an item of the widget
// map whether its name is printed or not. Pure geometry.
#pragma once
#include <vector>

namespace huicai::ui {

struct LabelBox {
    float x = 0, y = 0; // the centre, in pixels
    float w = 0, h = 0; // the printed name's extent
    int rank = 0;       // lower first: the region under the pointer, then the larger ones
};

// For each box, whether its name is printed: in the order of their ranks (ties in the
// given order), each box that keeps `gap` pixels from every box printed before it.
std::vector<bool> labelsThatFit(const std::vector<LabelBox>& boxes, float gap);

} // namespace huicai::ui
