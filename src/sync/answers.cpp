// Implements the answers' encoders and checked decoders: parse without exceptions,
// then check every member's presence, type and range before building the struct.
#include "sync/answers.h"

#include "sync/json_members.h"

namespace huicai::sync {

namespace {

using namespace json_members;

constexpr std::size_t kMaxDetail = 4096;

Result<WireError> wireError(const Json& e, const std::string& path) {
    if (auto s = onlyMembers(e, {"key", "message", "detail"}, path + "."); !s) return s.error();
    WireError out;
    auto key = text(e, "key", kMaxText, true, path + ".");
    if (!key) return key.error();
    out.key = std::move(*key);
    for (auto [name, target] : {std::pair{"message", &out.message}, {"detail", &out.detail}}) {
        if (!e.contains(name)) continue;
        auto v = text(e, name, kMaxDetail, false, path + ".");
        if (!v) return v.error();
        *target = std::move(*v);
    }
    return out;
}

Result<PullChange> pullChangeAt(Json& c, const std::string& path) {
    if (!c.is_object()) return field(path, "expected an object");
    if (auto s = onlyMembers(c, {"seq", "kind", "id", "record"}, path + "."); !s) return s.error();
    PullChange out;
    auto seq = integer(c, "seq", 1, kMaxSeq, path + ".");
    if (!seq) return seq.error();
    out.seq = *seq;
    auto kind = text(c, "kind", kMaxKind, true, path + ".");
    if (!kind) return kind.error();
    out.kind = std::move(*kind);
    auto id = text(c, "id", kMaxText, true, path + ".");
    if (!id) return id.error();
    out.id = std::move(*id);
    auto record = c.find("record");
    if (record == c.end()) return field(path + ".record", "missing");
    if (!record->is_object() && !record->is_null()) return field(path + ".record", "expected an object or null");
    out.record = std::move(*record);
    return out;
}

// The change at `index` of a page's changes. The path named in an error is spelled out
// only when there is one: a change is read without it first (nothing of `c` is taken
// unless it is read whole), and read again with it when it is refused.
Result<PullChange> pullChange(Json& c, std::size_t index) {
    if (auto out = pullChangeAt(c, {})) return out;
    return pullChangeAt(c, indexed("changes", index));
}

} // namespace

Json wireErrorJson(const WireError& e) {
    Json j{{"key", e.key}, {"message", e.message}};
    if (!e.detail.empty()) j["detail"] = e.detail;
    return j;
}

Json errorAnswerJson(const ErrorAnswer& a) {
    Json j{{"error", wireErrorJson(a.error)}};
    if (a.expected) j["expected"] = *a.expected;
    return j;
}

Result<ErrorAnswer> decodeErrorAnswer(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    auto e = object(*j, "error", "");
    if (!e) return e.error();
    auto error = wireError(**e, "error");
    if (!error) return error.error();
    ErrorAnswer out{std::move(*error), std::nullopt};
    if (j->contains("expected")) {
        auto expected = integer(*j, "expected", 0, kMaxSeq, "");
        if (!expected) return expected.error();
        out.expected = static_cast<std::uint64_t>(*expected);
    }
    return out;
}

Json sessionAnswerJson(const SessionAnswer& a) {
    Json j{{"token", a.token},
           {"expires_at", a.expiresAt},
           {"must_change_password", a.mustChangePassword},
           {"user",
            {{"id", a.user.id},
             {"login", a.user.login},
             {"role", enumId(a.user.role)},
             {"scope", a.user.scope},
             {"name", a.user.name}}}};
    if (a.versions) j.update(versionsJson(*a.versions));
    return j;
}

Result<SessionAnswer> decodeSessionAnswer(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"token", "expires_at", "protocol", "schema", "must_change_password", "user"}); !s)
        return s.error();
    SessionAnswer out;
    auto token = text(*j, "token", kMaxText, true, "");
    if (!token) return token.error();
    out.token = std::move(*token);
    auto expires = integer(*j, "expires_at", 0, kMaxSeq, "");
    if (!expires) return expires.error();
    out.expiresAt = *expires;
    if (j->contains("protocol") || j->contains("schema")) {
        auto v = versions(*j);
        if (!v) return v.error();
        out.versions = *v;
    }
    if (j->contains("must_change_password")) {
        auto mustChange = boolean(*j, "must_change_password");
        if (!mustChange) return mustChange.error();
        out.mustChangePassword = *mustChange;
    }
    auto user = object(*j, "user", "");
    if (!user) return user.error();
    const Json& u = **user;
    if (auto s = onlyMembers(u, {"id", "login", "role", "scope", "name"}, "user."); !s) return s.error();
    for (auto [name, target, required] :
         {std::tuple{"id", &out.user.id, true}, {"login", &out.user.login, true}, {"scope", &out.user.scope, false}}) {
        auto t = text(u, name, kMaxText, required, "user.");
        if (!t) return t.error();
        *target = std::move(*t);
    }
    auto role = text(u, "role", 64, true, "user.");
    if (!role) return role.error();
    auto r = parseEnum<Role>(*role);
    if (!r) return field("user.role", "not a role");
    out.user.role = *r;
    out.user.name = out.user.login;
    if (u.contains("name")) {
        auto name = text(u, "name", kMaxText, false, "user.");
        if (!name) return name.error();
        out.user.name = std::move(*name);
    }
    return out;
}

Json revealAnswerJson(const RevealAnswer& a) {
    return Json{{"talent", a.talent}, {"id_type", enumId(a.idType)}, {"id_number", a.idNumber}, {"audit", a.audit}};
}

Result<RevealAnswer> decodeRevealAnswer(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"talent", "id_type", "id_number", "audit"}); !s) return s.error();
    RevealAnswer out;
    std::string idType;
    for (auto [name, target] : {std::pair{"talent", &out.talent}, {"id_type", &idType}, {"id_number", &out.idNumber}, {"audit", &out.audit}}) {
        auto t = text(*j, name, kMaxText, true, "");
        if (!t) return t.error();
        *target = std::move(*t);
    }
    auto type = parseEnum<IdType>(idType);
    if (!type) return field("id_type", "expected resident_id or passport");
    out.idType = *type;
    return out;
}

Json pushAnswerJson(const PushAnswer& a) {
    Json results = Json::array();
    for (const auto& r : a.results) {
        Json item{{"seq", r.seq},
                  {"command_id", r.commandId},
                  {"status", r.applied ? "applied" : "rejected"},
                  {"repeated", r.repeated}};
        if (r.error) item["error"] = wireErrorJson(*r.error);
        results.push_back(std::move(item));
    }
    Json j = versionsJson(a.versions);
    j["last_seq"] = a.lastSeq;
    j["server_seq"] = a.serverSeq;
    j["results"] = std::move(results);
    return j;
}

Result<PushAnswer> decodePushAnswer(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "last_seq", "server_seq", "results"}); !s) return s.error();
    PushAnswer out;
    auto v = versions(*j);
    if (!v) return v.error();
    out.versions = *v;
    auto last = integer(*j, "last_seq", 0, kMaxSeq, "");
    if (!last) return last.error();
    out.lastSeq = *last;
    auto server = integer(*j, "server_seq", 0, kMaxSeq, "");
    if (!server) return server.error();
    out.serverSeq = *server;
    auto list = array(*j, "results");
    if (!list) return list.error();
    std::size_t i = 0;
    for (const Json& r : **list) {
        const std::string at = indexed("results", i++);
        const std::string path = at + ".";
        if (!r.is_object()) return field(at, "expected an object");
        if (auto s = onlyMembers(r, {"seq", "command_id", "status", "repeated", "error"}, path); !s) return s.error();
        PushResult result;
        auto seq = integer(r, "seq", 1, kMaxSeq, path);
        if (!seq) return seq.error();
        result.seq = *seq;
        auto id = text(r, "command_id", kMaxText, true, path);
        if (!id) return id.error();
        result.commandId = std::move(*id);
        auto status = text(r, "status", 16, true, path);
        if (!status) return status.error();
        if (*status != "applied" && *status != "rejected") return field(path + "status", "expected applied or rejected");
        result.applied = *status == "applied";
        auto repeated = boolean(r, "repeated", path);
        if (!repeated) return repeated.error();
        result.repeated = *repeated;
        const bool hasError = r.contains("error");
        if (result.applied && hasError) return field(path + "error", "present on an applied command");
        if (!result.applied) {
            auto e = object(r, "error", path);
            if (!e) return e.error();
            auto error = wireError(**e, path + "error");
            if (!error) return error.error();
            result.error = std::move(*error);
        }
        out.results.push_back(std::move(result));
    }
    return out;
}

Json pullPageJson(PullPage page) {
    Json changes = Json::array();
    for (auto& c : page.changes)
        changes.push_back(Json{{"seq", c.seq}, {"kind", std::move(c.kind)}, {"id", std::move(c.id)}, {"record", std::move(c.record)}});
    Json j = versionsJson(page.versions);
    j["cursor"] = page.cursor;
    j["more"] = page.more;
    j["changes"] = std::move(changes);
    return j;
}

Result<PullPage> decodePullPage(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    return decodeParsedPullPage(std::move(*j));
}

Result<PullPage> decodeParsedPullPage(Json&& j) {
    if (!j.is_object()) return field("body", "expected an object");
    if (auto s = onlyMembers(j, {"protocol", "schema", "cursor", "more", "changes"}); !s) return s.error();
    PullPage out;
    auto v = versions(j);
    if (!v) return v.error();
    out.versions = *v;
    auto cursor = integer(j, "cursor", 0, kMaxSeq, "");
    if (!cursor) return cursor.error();
    out.cursor = *cursor;
    auto more = boolean(j, "more");
    if (!more) return more.error();
    out.more = *more;
    auto changes = j.find("changes");
    if (changes == j.end()) return field("changes", "missing");
    if (!changes->is_array()) return field("changes", "expected an array");
    out.changes.reserve(changes->size());
    std::size_t i = 0;
    for (Json& c : *changes) {
        auto change = pullChange(c, i++);
        if (!change) return change.error();
        out.changes.push_back(std::move(*change));
    }
    return out;
}

} // namespace huicai::sync
