// The baseline of the browser storage benchmark: imports record rows that are
// already encoded (kind, id, JSON body) into table `record` with one prepared
// INSERT, reused for every row, in one transaction. Comparing it with
// applyPullPage() on the same rows shows what a pull costs beyond the bare inserts.
#pragma once
#include "core/result.h"
#include "store/raw_rows.h"

#include <vector>

namespace huicai::store {

class Database;

// Inserts (or replaces) every row of `rows` in one transaction.
Status importRawRecords(Database& db, const std::vector<RawRow>& rows);

} // namespace huicai::store
