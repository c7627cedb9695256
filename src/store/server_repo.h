// The server's repositories: users (with their argon2id password hash, role and
// scope), sessions (by the hash of their bearer token, with an expiry), clients
// (the user a client id belongs to and the last push sequence applied from it), remembered push answers, and the rows a
// pull sends (records changed after a change-log sequence). Times are Unix seconds
// passed in by the caller.
#pragma once
#include "core/actor.h"
#include "core/result.h"

#include <cstdint>
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
    Actor actor() const { return Actor{id, role, scope}; }
};

Status insertUser(Database& db, const UserRow& user);
std::optional<UserRow> userByLogin(Database& db, std::string_view login);
std::optional<UserRow> userById(Database& db, std::string_view id);
std::int64_t userCount(Database& db);
std::vector<UserRow> allUsers(Database& db);

Status insertSession(Database& db, std::string_view tokenHash, std::string_view userId, std::int64_t expiresAt);
// The user id of a session still valid at `now`.
std::optional<std::string> sessionUser(Database& db, std::string_view tokenHash, std::int64_t now);
Status deleteSession(Database& db, std::string_view tokenHash);

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

} // namespace huicai::store
