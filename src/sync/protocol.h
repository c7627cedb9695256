// The versioned wire protocol shared by the web app and the server: the protocol
// version, the message shapes of session, push and pull, and their strict decoders.
// A client and a server speak together only when their kProtocolVersion values are
// equal and the client's database has the server's schema version; otherwise the
// client is told to reload (see checkVersions). The exact JSON, answers included,
// is in API.md next to this file; every decoder rejects unknown members, wrong types and
// out-of-range values with error.sync.field and a detail naming the member. Each
// request has its encoder here beside its decoder; the answers are answers.h's.
#pragma once
#include "core/command.h"
#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::sync {

// Bumped whenever a message shape changes incompatibly.
constexpr int kProtocolVersion = 1;

constexpr std::size_t kMaxPushCommands = 500;
constexpr int kMaxPullLimit = 1000;
constexpr int kDefaultPullLimit = 200;

// {"protocol": 1, "schema": 3} members present in every request body.
struct Versions {
    int protocol = 0;
    int schema = 0;
};

// error.sync.protocol_version (the HTTP answer is 426) or error.sync.schema_version
// (409) when the client must reload; the detail says "client X, server Y".
Status checkVersions(const Versions& client, int serverSchema);

// POST /api/v1/session {"protocol":1,"schema":3,"login":"...","password":"..."}
struct LoginRequest {
    Versions versions;
    std::string login;
    std::string password;
};
std::string encodeLogin(const LoginRequest& r);
Result<LoginRequest> decodeLogin(std::string_view body);

// POST /api/v1/push {"protocol":1,"schema":3,"client_id":"c-...",
//   "commands":[{"seq":1,"command":{"id":...,"actor":{...},"command":"Name","args":{...}}}, ...]}
// Sequences are positive and strictly increasing; at most kMaxPushCommands.
struct PushItem {
    std::int64_t seq = 0;
    Command command;
};
struct PushRequest {
    Versions versions;
    std::string clientId;
    std::vector<PushItem> commands;
};
std::string encodePush(const PushRequest& r);
Result<PushRequest> decodePush(std::string_view body);

// POST /api/v1/pull {"protocol":1,"schema":3,"cursor":0,"limit":200}; limit optional.
struct PullRequest {
    Versions versions;
    std::int64_t cursor = 0;
    int limit = kDefaultPullLimit;
};
std::string encodePull(const PullRequest& r);
Result<PullRequest> decodePull(std::string_view body);

// POST /api/v1/reveal {"protocol":1,"schema":3,"talent":"T1"}: the unmasked
// identity number of a talent the actor may see; the server audits every reveal.
struct RevealRequest {
    Versions versions;
    std::string talent;
};
std::string encodeReveal(const RevealRequest& r);
Result<RevealRequest> decodeReveal(std::string_view body);

// A client id: 8 to 64 characters of [A-Za-z0-9_-].
bool validClientId(std::string_view id);

// The id of the command a client pushes at outbox sequence `seq`: "<client id>-<seq>"
// (decimal, no leading zeros). The server applies a pushed command only under this
// id, and a client id belongs to one user, so no user can take another's ids.
std::string pushedCommandId(std::string_view clientId, std::int64_t seq);

} // namespace huicai::sync
