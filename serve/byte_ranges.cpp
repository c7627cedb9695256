// Implements the clamping, merging and counting of byte ranges.
#include "byte_ranges.h"

#include <algorithm>

namespace huicai::serve {

FittedRanges fitRanges(const httplib::Ranges& ranges, std::size_t size) {
    if (ranges.empty()) return {};
    httplib::Ranges fitted;
    const auto end = static_cast<ssize_t>(size);
    for (auto [first, last] : ranges) {
        if (first < 0) {
            if (last <= 0) continue;
            first = end - std::min(last, end);
            last = end - 1;
        } else {
            if (first >= end || (last >= 0 && last < first)) continue;
            if (last < 0 || last >= end) last = end - 1;
        }
        if (first <= last) fitted.emplace_back(first, last);
    }
    if (fitted.empty()) return {FittedRanges::Kind::Unsatisfiable, {}};
    std::sort(fitted.begin(), fitted.end());
    httplib::Ranges merged;
    for (const auto& r : fitted) {
        if (!merged.empty() && r.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, r.second);
        else
            merged.push_back(r);
    }
    if (merged.size() > kMaxRanges) return {};
    return {FittedRanges::Kind::Partial, std::move(merged)};
}

} // namespace huicai::serve
