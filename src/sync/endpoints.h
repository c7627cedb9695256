// The addresses of /api/v1 as the client calls them (serve/ answers them, API.md
// describes each): every path and query the app sends is built here, beside the
// bodies (protocol.h, registration.h, admin.h, files.h) and the answers (answers.h).
#pragma once
#include "sync/admin.h"
#include "sync/registration.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace huicai::sync::endpoint {

inline constexpr const char* kSession = "/api/v1/session"; // POST sign in, DELETE sign out
inline constexpr const char* kPush = "/api/v1/push";
inline constexpr const char* kPull = "/api/v1/pull";
inline constexpr const char* kPassword = "/api/v1/password";
inline constexpr const char* kRegister = "/api/v1/register";
inline constexpr const char* kFiles = "/api/v1/files"; // POST a file's declaration
inline constexpr const char* kAccounts = "/api/v1/admin/accounts";
inline constexpr const char* kAccountsReset = "/api/v1/admin/accounts/reset";
inline constexpr const char* kAccountsDisable = "/api/v1/admin/accounts/disable";
inline constexpr const char* kEmployersImport = "/api/v1/admin/employers/import";
inline constexpr const char* kHolidaysPreview = "/api/v1/admin/holidays/preview";

// GET: the stored file of `sha256`.
inline std::string file(std::string_view sha256) { return std::string(kFiles) + "/" + std::string(sha256); }
// PUT: the file's bytes from `offset` on.
inline std::string fileChunk(std::string_view sha256, std::uint64_t offset) {
    return file(sha256) + "?offset=" + std::to_string(offset);
}
// GET: employers matching a registration form's search.
inline std::string employers(const EmployerQuery& query) { return "/api/v1/employers?" + employerQueryString(query); }
// GET: the audit log's page, or all of it as CSV.
inline std::string audit(const AuditQuery& query, bool csv = false) {
    return "/api/v1/admin/audit?" + auditQueryString(query) + (csv ? "&format=csv" : "");
}

} // namespace huicai::sync::endpoint
