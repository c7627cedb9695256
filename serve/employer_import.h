// POST /api/v1/admin/employers/import (src/sync/admin.h, API.md): a system
// administrator's CSV file of employers, checked whole by data/employer_csv.h
// against the current state. When any row fails, the answer is 422
// error.import.rejected with every reject (its line and error) and nothing is
// registered; otherwise each row without an id gets E-<10 hex> and every
// RegisterEmployer is applied as the administrator in one transaction
// (store::commitLocalBatch): all are registered or none.
#pragma once
#include "sync_service.h"

#include <cstdint>
#include <string>

namespace huicai::serve {

Reply importEmployers(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now);

} // namespace huicai::serve
