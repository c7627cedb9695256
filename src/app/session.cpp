// Implements the session's JSON forms and the role alias of an actor.
#include "app/session.h"

#include "sync/protocol.h"

#include <nlohmann/json.hpp>

namespace huicai::app {

using nlohmann::json;

namespace {

Error bad(std::string_view member) { return makeError("error.sync.field", std::string(member)); }

Result<Session> fromJson(const json& j) {
    if (!j.is_object()) return bad("session");
    const json& user = j.contains("user") ? j["user"] : json();
    if (!j.contains("token") || !j["token"].is_string() || j["token"].get<std::string>().empty()) return bad("token");
    if (!j.contains("expires_at") || !j["expires_at"].is_number_integer()) return bad("expires_at");
    if (!user.is_object()) return bad("user");
    for (const char* m : {"id", "login", "role", "scope"})
        if (!user.contains(m) || !user[m].is_string()) return bad(std::string("user.") + m);
    auto role = parseEnum<Role>(user["role"].get<std::string>());
    if (!role) return bad("user.role");
    Session s;
    s.token = j["token"].get<std::string>();
    s.expiresAt = j["expires_at"].get<std::int64_t>();
    s.login = user["login"].get<std::string>();
    s.name = user.contains("name") && user["name"].is_string() ? user["name"].get<std::string>() : s.login;
    s.actor = Actor{user["id"].get<std::string>(), *role, user["scope"].get<std::string>()};
    if (s.actor.id.empty()) return bad("user.id");
    if (j.contains("must_change_password")) {
        if (!j["must_change_password"].is_boolean()) return bad("must_change_password");
        s.mustChangePassword = j["must_change_password"].get<bool>();
    }
    return s;
}

} // namespace

std::string loginRequestBody(std::string_view login, std::string_view password, int schema) {
    return json{{"protocol", sync::kProtocolVersion}, {"schema", schema}, {"login", login}, {"password", password}}.dump();
}

Result<Session> parseLoginAnswer(std::string_view body) {
    return fromJson(json::parse(body, nullptr, false));
}

std::string sessionToJson(const Session& s) {
    return json{{"token", s.token},
                {"expires_at", s.expiresAt},
                {"user",
                 {{"id", s.actor.id},
                  {"login", s.login},
                  {"name", s.name},
                  {"role", enumId(s.actor.role)},
                  {"scope", s.actor.scope}}},
                {"must_change_password", s.mustChangePassword}}
        .dump();
}

Result<Session> sessionFromJson(std::string_view text) { return fromJson(json::parse(text, nullptr, false)); }

Error answerError(int status, std::string_view body) {
    if (status == 0) return makeError("error.http.unreachable", "");
    json j = json::parse(body, nullptr, false);
    if (j.is_object() && j.contains("error") && j["error"].is_object() && j["error"].contains("key") &&
        j["error"]["key"].is_string()) {
        const json& e = j["error"];
        return makeError(e["key"].get<std::string>(),
                         e.contains("detail") && e["detail"].is_string() ? e["detail"].get<std::string>() : "");
    }
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
