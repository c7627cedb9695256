// Implements the session's JSON forms (the login answer's, sync/answers.h) and the
// role alias of an actor.
#include "app/session.h"

#include "sync/answers.h"
#include "sync/protocol.h"

#include <nlohmann/json.hpp>

namespace huicai::app {

namespace {

Session sessionOf(sync::SessionAnswer&& answer) {
    Session s;
    s.token = std::move(answer.token);
    s.expiresAt = answer.expiresAt;
    s.login = std::move(answer.user.login);
    s.name = std::move(answer.user.name);
    s.actor = Actor{std::move(answer.user.id), answer.user.role, std::move(answer.user.scope)};
    s.mustChangePassword = answer.mustChangePassword;
    return s;
}

} // namespace

std::string loginRequestBody(std::string_view login, std::string_view password, int schema) {
    return sync::encodeLogin(sync::LoginRequest{sync::Versions{sync::kProtocolVersion, schema}, std::string(login),
                                                std::string(password)});
}

Result<Session> parseLoginAnswer(std::string_view body) {
    auto answer = sync::decodeSessionAnswer(body);
    if (!answer) return answer.error();
    return sessionOf(std::move(*answer));
}

// The settings keep the login answer without the versions; sessions kept by earlier
// releases lack must_change_password and the user's name too, which the answer's
// decoder reads with their defaults.
std::string sessionToJson(const Session& s) {
    const sync::SessionAnswer kept{s.token, s.expiresAt, std::nullopt, s.mustChangePassword,
                                   sync::SessionUser{s.actor.id, s.login, s.actor.role, s.actor.scope, s.name}};
    return sync::sessionAnswerJson(kept).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Session> sessionFromJson(std::string_view text) { return parseLoginAnswer(text); }

Error answerError(int status, std::string_view body) {
    if (status == 0) return makeError("error.http.unreachable", "");
    if (auto answer = sync::decodeErrorAnswer(body)) return answer->error.error();
    return makeError("error.http.status", std::to_string(status));
}

std::string roleAlias(const Actor& actor, const RegionTree& regions) {
    switch (actor.role) {
    case Role::Talent: return "talent";
    case Role::EmployerAdmin: return "employer_admin";
    case Role::EmployerSpecialist: return "employer_specialist";
    case Role::DepartmentSpecialist: return "department";
    case Role::HandlingSpecialist: return "handling";
    case Role::SystemAdmin: return "admin";
    case Role::WindowSpecialist: {
        const Region* r = regions.region(actor.scope);
        if (r && r->level == RegionLevel::Province) return "window_province";
        if (r && r->level == RegionLevel::City) return "window_city";
        return "window_county";
    }
    }
    return "admin";
}

std::string fileSafe(std::string_view id) {
    std::string out;
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        out += ok ? c : '_';
    }
    return out.empty() ? "_" : out;
}

} // namespace huicai::app
