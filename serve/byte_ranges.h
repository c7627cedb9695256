// The byte ranges of a file that a request's Range header gets, as RFC 9110
// section 14 lets a server answer them: each range clamped to the file and the
// unsatisfiable ones dropped, then sorted with overlapping and adjacent ones merged,
// so that no byte is sent twice however the ranges repeat; more than kMaxRanges
// separate ranges are not worth a multipart answer and the whole file is sent.
#pragma once
#include <httplib.h>

#include <cstddef>

namespace huicai::serve {

inline constexpr std::size_t kMaxRanges = 16;

struct FittedRanges {
    enum class Kind {
        Whole,
        Partial,
        Unsatisfiable
    };
    Kind kind = Kind::Whole;
    httplib::Ranges ranges; // Partial: sorted, disjoint, non-adjacent, within the file
};

// `ranges` as cpp-httplib parses them: (-1, n) is the last n bytes, (first, -1)
// runs to the end. No ranges at all is Whole.
FittedRanges fitRanges(const httplib::Ranges& ranges, std::size_t size);

} // namespace huicai::serve
