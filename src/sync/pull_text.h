// A pull page read from its text with each record left as the JSON text the server
// sent: what the browser stores, so it is neither built as a tree nor written out
// again. The page is checked as decodePullPage checks it (answers.h: the same errors,
// error.sync.bad_json for text that is not JSON at all) and each record is checked to
// be well-formed JSON (sync/json_scan.h).
#pragma once
#include "core/result.h"
#include "sync/answers.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::sync {

struct PullChangeText {
    std::int64_t seq = 0;
    std::string kind;
    std::string id;
    std::string_view record; // the object's text as sent; empty for a tombstone (null)
};
struct PullPageText {
    Versions versions;
    std::int64_t cursor = 0;
    bool more = false;
    std::vector<PullChangeText> changes; // their records point into the body
};
// `body` must outlive the result.
Result<PullPageText> decodePullPageText(std::string_view body);

} // namespace huicai::sync
