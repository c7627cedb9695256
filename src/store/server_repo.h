// The server's repositories: users (with their argon2id password hash, role and
// scope), sessions (by the hash of their bearer token, with an expiry), clients
// (the user a client id belongs to and the last push sequence applied from it), remembered push answers, and the rows a
// pull sends (records changed after a change-log sequence). Times are Unix seconds
// passed in by the caller.
#pragma once
#include "core/actor.h"
#include "core/result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace huicai::store {

class Database;

struct UserRow {
    std::string id; // the actor id
    std::string login;
    std::string passwordHash;
    Role role = Role::Talent;
    std::string scope;
    std::string displayName;
    bool mustChange = false; // holds a one-time password: must set its own first
    bool disabled = false;   // no session is given or honoured
    Actor actor() const { return Actor{id, role, scope}; }
};

Status insertUser(Database& db, const UserRow& user);
std::optional<UserRow> userByLogin(Database& db, std::string_view login);
std::optional<UserRow> userById(Database& db, std::string_view id);
std::int64_t userCount(Database& db);
std::vector<UserRow> allUsers(Database& db);
// A new password hash and whether it is a one-time password (must_change).
Status setPassword(Database& db, std::string_view userId, std::string_view passwordHash, bool mustChange);
Status setDisabled(Database& db, std::string_view userId, bool disabled);
// System administrators not disabled.
std::int64_t enabledAdminCount(Database& db);

// Sign-ins, for the administrators' account list.
Status recordSignIn(Database& db, std::string_view userId, std::int64_t at, std::string_view address);
// The latest sign-in time of every account that signed in (user id -> Unix seconds).
std::map<std::string, std::int64_t> lastSignIns(Database& db);

Status insertSession(Database& db, std::string_view tokenHash, std::string_view userId, std::int64_t expiresAt);
// The user id of a session still valid at `now`.
std::optional<std::string> sessionUser(Database& db, std::string_view tokenHash, std::int64_t now);
Status deleteSession(Database& db, std::string_view tokenHash);
// Ends every session of a user but the one of `keepTokenHash` (none when empty).
Status deleteSessionsOf(Database& db, std::string_view userId, std::string_view keepTokenHash = {});

struct ClientRow {
    std::string userId;
    std::int64_t lastSeq = 0;
};
std::optional<ClientRow> clientById(Database& db, std::string_view clientId);
Status insertClient(Database& db, std::string_view clientId, std::string_view userId);
Status setClientSeq(Database& db, std::string_view clientId, std::int64_t seq);

struct PushResultRow {
    std::string commandId;
    bool applied = false;
    std::string errorKey, errorDetail;
};
Status insertPushResult(Database& db, std::string_view clientId, std::int64_t seq, const PushResultRow& row);
std::optional<PushResultRow> pushResult(Database& db, std::string_view clientId, std::int64_t seq);

struct ChangedRow {
    std::int64_t seq = 0;
    std::string kind, id, body;
};
// Records whose last change is after `cursor`, in change order, at most `limit`.
Result<std::vector<ChangedRow>> recordsChangedAfter(Database& db, std::int64_t cursor, int limit);
// The highest change-log sequence (0 when empty).
std::int64_t lastChangeSeq(Database& db);
// How many audit rows name this command id (1 after it was applied once).
std::int64_t auditRowsOf(Database& db, std::string_view commandId);

// The audit trail as administrators read it (sync/admin.h): each row with the unit
// (scope) of its actor's account, "" for the server's own commands.
struct AuditFilter {
    std::string unit, actor, record; // record: a prefix of one of the changed record keys
    std::string from, to;            // YYYY-MM-DD, both included; "" for open
    int offset = 0;
    int limit = -1; // -1: every row
};
struct AuditRow {
    std::int64_t seq = 0;
    std::string at, actor, role, unit, command;
    std::vector<std::string> records;
};
struct AuditRows {
    std::vector<AuditRow> rows; // newest first
    int total = 0;              // rows matching the filter, all pages
};
Result<AuditRows> auditRows(Database& db, const AuditFilter& filter);

} // namespace huicai::store
