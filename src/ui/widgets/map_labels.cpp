// Implements labelsThatFit: boxes taken greedily in the order of their ranks.
#include "ui/widgets/map_labels.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace huicai::ui {

std::vector<bool> labelsThatFit(const std::vector<LabelBox>& boxes, float gap) {
    std::vector<size_t> order(boxes.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return boxes[a].rank < boxes[b].rank; });
    std::vector<bool> fits(boxes.size(), false);
    std::vector<size_t> kept;
    for (size_t i : order) {
        const LabelBox& b = boxes[i];
        const bool clear = std::none_of(kept.begin(), kept.end(), [&](size_t k) {
            const LabelBox& o = boxes[k];
            return std::abs(b.x - o.x) * 2 < b.w + o.w + 2 * gap && std::abs(b.y - o.y) * 2 < b.h + o.h + 2 * gap;
        });
        if (!clear) continue;
        fits[i] = true;
        kept.push_back(i);
    }
    return fits;
}

} // namespace huicai::ui
