// Accounts over the API (src/sync/admin.h, API.md):
//   POST /api/v1/password               the signed-in user's own password change
//                                       (also while the account must change it)
//   GET  /api/v1/admin/accounts         the accounts the actor manages, with their
//                                       last sign-in
//   POST /api/v1/admin/accounts         a new account with a one-time password
//   POST /api/v1/admin/accounts/reset   a new one-time password
//   POST /api/v1/admin/accounts/disable disable or enable an account
// Who manages which account is core/account_policy.h. A staff account is made
// together with its staff record: RegisterSpecialist applied through the core as the
// administrator, so the core's own rules hold (the unit exists; an employer
// administrator registers its own unit's specialists only), in one transaction with
// the account (store/registration_commit.h). Every account made or reset must set
// its own password at its next sign-in; a reset or a disable ends the account's
// sessions at once. Password hashes are computed outside the database lock.
#pragma once
#include "sync_service.h"

#include <cstdint>
#include <string>

namespace huicai::serve {

Reply changePassword(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now);
Reply listAccounts(SyncService& sync, const std::string& authorization, std::int64_t now);
Reply createAccount(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now);
Reply resetAccount(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now);
Reply disableAccount(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now);

// The HTTP status of an administration error key (403 denied, 404 unknown account,
// 409 conflicts, 422 the core's refusals, 500 the store's failures).
int adminStatus(const Error& e);

} // namespace huicai::serve
