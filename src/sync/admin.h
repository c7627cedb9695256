// Administration over the API: staff accounts (created with a one-time password,
// reset, disabled, listed with their last sign-in), the signed-in user's own password
// change (required at the first sign-in of an account given a one-time password),
// the audit trail of every command, and the import of employers from a CSV file.
// Who may manage which account is core/account_policy.h; the exact JSON is in API.md
// next to this file. Every decoder is strict like protocol.h's: unknown members,
// wrong types and out-of-range values are error.sync.field naming the member.
#pragma once
#include "core/actor.h"
#include "core/command_card.h"
#include "core/holiday_preview.h"
#include "core/result.h"
#include "sync/protocol.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::sync {

constexpr int kDefaultAuditLimit = 100;
constexpr int kMaxAuditLimit = 1000;
// The largest CSV text an import takes (bytes); the server's --max-body also bounds it.
constexpr std::size_t kMaxImportBytes = 512 * 1024;

// POST /api/v1/password {"protocol","schema","old_password","new_password"} -> {"ok":true}
// The new password follows checkNewPassword (registration.h) and differs from the old.
struct PasswordChange {
    Versions versions;
    std::string oldPassword, newPassword;
};
std::string encodePasswordChange(const PasswordChange& r);
Result<PasswordChange> decodePasswordChange(std::string_view body);

// One account as GET /api/v1/admin/accounts lists it:
// {"accounts":[{"id","login","name","role","scope","disabled","must_change","last_sign_in"}]}
// last_sign_in is Unix seconds, 0 for never. A system administrator sees every staff
// and administrator account; an employer administrator the specialists of its unit.
struct AccountEntry {
    std::string id, login, name;
    Role role = Role::Talent;
    std::string scope;
    bool disabled = false;
    bool mustChange = false;
    std::int64_t lastSignIn = 0;
    bool operator==(const AccountEntry&) const = default;
};
std::string encodeAccountList(const std::vector<AccountEntry>& accounts);
Result<std::vector<AccountEntry>> decodeAccountList(std::string_view body);

// POST /api/v1/admin/accounts {"protocol","schema","login","name","role","scope"}
// -> {"id","login","password"}: a staff account of a unit and role (the staff record
// registered through the core as RegisterSpecialist, scope the unit), or a system
// administrator (scope ""). The password is a one-time password, shown once; the
// account must set its own at first sign-in.
struct NewAccount {
    Versions versions;
    std::string login, name;
    Role role = Role::EmployerSpecialist;
    std::string scope;
};
std::string encodeNewAccount(const NewAccount& r);
Result<NewAccount> decodeNewAccount(std::string_view body);

// The answer of account creation and of a password reset.
struct IssuedPassword {
    std::string id, login, password;
    bool operator==(const IssuedPassword&) const = default;
};
std::string encodeIssuedPassword(const IssuedPassword& r);
Result<IssuedPassword> decodeIssuedPassword(std::string_view body);

// POST /api/v1/admin/accounts/reset   {"protocol","schema","id"} -> IssuedPassword
// POST /api/v1/admin/accounts/disable {"protocol","schema","id","disabled":bool} -> {"ok":true}
// A reset or a disable ends every session of the account at once; disabling the last
// enabled system administrator is refused (error.admin.last_admin).
struct AccountAction {
    Versions versions;
    std::string id;
    bool disabled = true; // the disable call only
};
std::string encodeAccountReset(const AccountAction& r);
Result<AccountAction> decodeAccountReset(std::string_view body);
std::string encodeAccountDisable(const AccountAction& r);
Result<AccountAction> decodeAccountDisable(std::string_view body);

// GET /api/v1/admin/audit?unit=&actor=&record=&from=YYYY-MM-DD&to=YYYY-MM-DD&offset=N&limit=M
// -> {"entries":[{"seq","at","actor","role","unit","command","records":["kind/id"]}],
//     "total":T,"more":bool}, newest first; with &format=csv the same entries, all of
// them, as text/csv (UTF-8 with a BOM). unit matches the actor's scope, record a
// prefix of one of the records ("talent/" or "talent/T-1"); from and to are dates
// of `at`, both ends included. System administrators only.
struct AuditQuery {
    std::string unit, actor, record, from, to;
    int offset = 0;
    int limit = kDefaultAuditLimit;
};
// "unit=...&actor=...&..." with every value percent-encoded; empty members left out.
std::string auditQueryString(const AuditQuery& q);
struct AuditEntry {
    std::int64_t seq = 0;
    std::string at, actor, role, unit, command;
    std::vector<std::string> records;
    bool operator==(const AuditEntry&) const = default;
};
struct AuditPage {
    std::vector<AuditEntry> entries;
    int total = 0;
    bool more = false;
};
std::string encodeAuditPage(const AuditPage& p);
Result<AuditPage> decodeAuditPage(std::string_view body);

// POST /api/v1/admin/employers/import {"protocol","schema","csv":"<text>"}
// -> {"imported":N,"ids":["E-…"]} when every row holds, or 422 with the error
// error.import.rejected and "rejects":[{"row","key","detail"}] when one does not, in
// which case nothing is imported. The rows are data/employer_csv.h's.
struct ImportRequest {
    Versions versions;
    std::string csv;
};
std::string encodeImportRequest(const ImportRequest& r);
Result<ImportRequest> decodeImportRequest(std::string_view body);
struct ImportReject {
    int row = 0; // 1-based line of the file, the header being line 1
    Error error;
};
struct ImportAnswer {
    int imported = 0;
    std::vector<std::string> ids;
    std::vector<ImportReject> rejects;
};
// Either shape: a 200 answer fills imported/ids, a 422 one fills rejects.
Result<ImportAnswer> decodeImportAnswer(std::string_view body);

// POST /api/v1/admin/holidays/preview {"protocol","schema","year","off":[…],"work":[…]}
// (the LoadHolidayYear arguments) -> {"shifts":[{"record","what","before","after",
// "provisional"}]}: core/holiday_preview.h computed over the server's current state
// (the browser's copy may be behind it). Those who may load holidays only.
struct HolidayPreviewRequest {
    Versions versions;
    LoadHolidayYear year;
};
std::string encodeHolidayPreviewRequest(const HolidayPreviewRequest& r);
Result<HolidayPreviewRequest> decodeHolidayPreviewRequest(std::string_view body);
std::string encodeDeadlineShifts(const std::vector<DeadlineShift>& shifts);
Result<std::vector<DeadlineShift>> decodeDeadlineShifts(std::string_view body);

} // namespace huicai::sync
