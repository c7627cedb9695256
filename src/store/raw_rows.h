// The baseline of the server benchmark: writes rows that are already encoded
// (record bodies, one audit row, change-log entries and the push answer) straight
// into their tables in one transaction, with no domain logic in between. Comparing
// it with commitPushed() on the same rows shows what the core costs.
#pragma once
#include "core/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace huicai::store {

class Database;

struct RawRow {
    std::string kind, id, body;
};

Status writeRawRows(Database& db, const std::vector<RawRow>& rows, const std::string& commandId, std::int64_t seq);

} // namespace huicai::store
