// The administration routes (src/sync/admin.h, API.md): the password change, the
// accounts (accounts.h), the audit trail and the employer import
// (employer_import.h). The audit trail is read here:
//   GET /api/v1/admin/audit?unit=&actor=&record=&from=&to=&offset=&limit=[&format=csv]
// system administrators only; newest first, in pages as JSON, or every matching
// entry as a CSV file (UTF-8 with a byte order mark, RFC 4180 quoting, and a cell
// that a spreadsheet would take for a formula, one starting with = + - @ or a tab
// or carriage return, gets a leading ').
#pragma once
#include "sync_service.h"

#include <cstdint>
#include <string>

namespace huicai::serve {

class ApiRouter;

struct AuditAnswer {
    Reply reply;     // the JSON answer or the error
    std::string csv; // the file when format=csv and the query held
};

// `param(name)` reads a query parameter ("" when absent).
AuditAnswer readAudit(SyncService& sync, const std::string& authorization, std::int64_t now,
                      const std::function<std::string(const char*)>& param);

// POST /api/v1/admin/holidays/preview (sync/admin.h): the deadlines a holiday year
// would move, over the whole state; 422 with the calendar's error when
// LoadHolidayYear would refuse the year.
Reply previewHolidays(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now);

// One CSV cell: the formula guard, then quoted when it holds , " CR or LF.
std::string csvCell(std::string_view text);

void addAdminRoutes(ApiRouter& router, SyncService& sync);

} // namespace huicai::serve
