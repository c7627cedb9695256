// Session: the signed-in user of the server mode, as the login answer gives it
// (src/sync/API.md, POST /api/v1/session) and as it is kept in the browser's
// settings between visits: the bearer token, its expiry, and the user's actor.
// Also the role alias a user's actor acts as on the role screens.
#pragma once
#include "core/actor.h"
#include "core/regions.h"
#include "core/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace huicai::app {

struct Session {
    std::string token;
    std::int64_t expiresAt = 0; // unix seconds
    std::string login;
    std::string name;
    Actor actor;
    // The account was given a one-time password: it must set its own before anything
    // else (the server refuses every other call until then).
    bool mustChangePassword = false;

    bool valid() const { return !token.empty() && !actor.id.empty(); }
    bool operator==(const Session&) const = default;
};

// The login request body for `login`/`password` at the current protocol and schema.
std::string loginRequestBody(std::string_view login, std::string_view password, int schema);
// A 200 answer of the login call; error.sync.field naming the member otherwise.
Result<Session> parseLoginAnswer(std::string_view body);
// The session as kept in the settings, and back (error.sync.field when damaged).
std::string sessionToJson(const Session& s);
Result<Session> sessionFromJson(std::string_view text);

// The error of a non-200 answer: its {"error":{"key","detail"}}, or error.http.status
// with the status as detail (0: error.http.unreachable) when the body has none.
Error answerError(int status, std::string_view body);

// "talent", "employer_admin", "employer_specialist", "window_province",
// "window_city", "window_county" (also key zones), "department", "handling", "admin".
std::string roleAlias(const Actor& actor, const RegionTree& regions);

// A file name part made of the user id: letters, digits, '-' and '_' kept, the rest '_'.
std::string fileSafe(std::string_view id);

} // namespace huicai::app
