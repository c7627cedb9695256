// The map's names that are printed (ui/widgets/map_labels.h): where two would run into
// each other, the one ranked first keeps its name; apart, all are printed.
#include "ui/widgets/map_labels.h"

#include <catch2/catch.hpp>

using huicai::ui::LabelBox;
using huicai::ui::labelsThatFit;

TEST_CASE("map labels 1. names apart are all printed, and of two that overlap the first ranked", "[S8.1.2][map]") {
    // Three names on a row, 40 wide: the first two 30 apart (overlapping), the third far.
    std::vector<LabelBox> boxes = {{100, 50, 40, 12, 1}, {130, 50, 40, 12, 0}, {300, 50, 40, 12, 2}};
    CHECK(labelsThatFit(boxes, 2) == std::vector<bool>{false, true, true});
    boxes[0].rank = -1; // the region under the pointer: printed, its neighbour not
    CHECK(labelsThatFit(boxes, 2) == std::vector<bool>{true, false, true});
    // Zoomed in, the same names 60 apart: both printed.
    boxes[1].x = 160;
    CHECK(labelsThatFit(boxes, 2) == std::vector<bool>{true, true, true});
}

TEST_CASE("map labels 2. the gap counts, on both axes, and equal ranks keep the given order", "[S8.1.2][map]") {
    // 42 apart with width 40: 2 pixels of space, less than a gap of 3, more than one of 1.
    const std::vector<LabelBox> row = {{0, 0, 40, 12, 0}, {42, 0, 40, 12, 0}};
    CHECK(labelsThatFit(row, 3) == std::vector<bool>{true, false});
    CHECK(labelsThatFit(row, 0.5f) == std::vector<bool>{true, true});
    // One above the other: 12 high, 13 apart.
    const std::vector<LabelBox> column = {{0, 0, 40, 12, 0}, {10, 13, 40, 12, 0}};
    CHECK(labelsThatFit(column, 2) == std::vector<bool>{true, false});
    CHECK(labelsThatFit(column, 0) == std::vector<bool>{true, true});
    // A name that overlaps only one left out is printed: left out names take no room.
    const std::vector<LabelBox> chain = {{0, 0, 40, 12, 0}, {30, 0, 40, 12, 1}, {60, 0, 40, 12, 2}};
    CHECK(labelsThatFit(chain, 2) == std::vector<bool>{true, false, true});
    CHECK(labelsThatFit({}, 2).empty());
}
