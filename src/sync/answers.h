// The answers of the session, reveal, push and pull calls and the error shape every call
// may answer with: typed structs, the server's encoders (JSON objects, so a pull
// page's records are never printed and parsed again on the server) and the client's
// checked decoders. A decoder refuses a missing or unknown member, a wrong type or
// an out-of-range value with error.sync.field and a detail naming the member
// ("results[2].status: missing"), and a body that is no JSON with
// error.sync.bad_json. The exact JSON is in API.md next to this file.
#pragma once
#include "core/actor.h"
#include "core/model_org.h"
#include "core/result.h"
#include "sync/protocol.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::sync {

// {"key","message","detail"}: an error as the server sends it. `message` is the
// server's English text (clients show their own by key); `detail` is left out of
// the JSON when empty.
struct WireError {
    std::string key;
    std::string message;
    std::string detail;
    Error error() const { return Error{key, detail}; }
    bool operator==(const WireError&) const = default;
};
nlohmann::json wireErrorJson(const WireError& e);

// A refusal: {"error":{"key","message","detail"}}, with "expected":N beside it when
// a chunk came at another offset than the server's (error.files.offset). The
// envelope is shared by every call, and some add members of their own (an import's
// "rejects", decoded by decodeImportAnswer), so other top-level members are let be.
struct ErrorAnswer {
    WireError error;
    std::optional<std::uint64_t> expected;
};
nlohmann::json errorAnswerJson(const ErrorAnswer& a);
Result<ErrorAnswer> decodeErrorAnswer(std::string_view body);

// POST /api/v1/session and POST /api/v1/register, 200:
// {"token","expires_at","protocol","schema","must_change_password",
//  "user":{"id","login","role","scope","name"}}. scope is "" for a system
// administrator; name may be "". The server sends every member; the decoder also
// reads the answer of an earlier server of the same protocol, which left out the
// versions, must_change_password (then false) and the user's name (then the
// login), and checks each of them when present.
struct SessionUser {
    std::string id, login;
    Role role = Role::Talent;
    std::string scope, name;
    bool operator==(const SessionUser&) const = default;
};
struct SessionAnswer {
    std::string token;
    std::int64_t expiresAt = 0; // unix seconds
    std::optional<Versions> versions;
    bool mustChangePassword = false;
    SessionUser user;
};
nlohmann::json sessionAnswerJson(const SessionAnswer& a);
Result<SessionAnswer> decodeSessionAnswer(std::string_view body);

// POST /api/v1/reveal, 200: {"talent","id_type","id_number","audit"}: the unmasked
// identity number of a talent, and the id of the audit entry the reveal made.
struct RevealAnswer {
    std::string talent;
    IdType idType = IdType::ResidentId;
    std::string idNumber, audit;
    bool operator==(const RevealAnswer&) const = default;
};
nlohmann::json revealAnswerJson(const RevealAnswer& a);
Result<RevealAnswer> decodeRevealAnswer(std::string_view body);

// POST /api/v1/push, 200: {"protocol","schema","last_seq","server_seq",
//   "results":[{"seq","command_id","status":"applied"|"rejected","repeated",
//               "error":{…} (rejected only)}]}
struct PushResult {
    std::int64_t seq = 0;
    std::string commandId;
    bool applied = false;
    bool repeated = false;
    std::optional<WireError> error; // present exactly when not applied
};
struct PushAnswer {
    Versions versions;
    std::int64_t lastSeq = 0;
    std::int64_t serverSeq = 0;
    std::vector<PushResult> results;
};
nlohmann::json pushAnswerJson(const PushAnswer& a);
Result<PushAnswer> decodePushAnswer(std::string_view body);

// POST /api/v1/pull, 200: {"protocol","schema","cursor","more",
//   "changes":[{"seq","kind","id","record":{…}|null}]}. A null record is a
// tombstone: the actor no longer sees the record. The record itself is the
// store's to read (its kind's codec); here it is only an object or null.
struct PullChange {
    std::int64_t seq = 0;
    std::string kind;
    std::string id;
    nlohmann::json record; // an object, or null for a tombstone
};
struct PullPage {
    Versions versions;
    std::int64_t cursor = 0;
    bool more = false;
    std::vector<PullChange> changes;
};
nlohmann::json pullPageJson(PullPage page);
Result<PullPage> decodePullPage(std::string_view body);
// The same from a parsed body, whose records are moved out.
Result<PullPage> decodeParsedPullPage(nlohmann::json&& body);

} // namespace huicai::sync
