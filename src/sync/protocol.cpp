// Implements the protocol decoders: parse without exceptions, then check every
// member's presence, type and range before building the typed request.
#include "sync/protocol.h"

#include "data/command_json.h"
#include "sync/json_members.h"

#include <nlohmann/json.hpp>

#include <set>

namespace huicai::sync {

namespace {

using namespace json_members;

Result<std::string> text(const Json& j, const char* name, std::size_t maxLen) {
    auto it = j.find(name);
    if (it == j.end()) return field(name, "missing");
    if (!it->is_string()) return field(name, "expected a string");
    const auto& s = it->get_ref<const std::string&>();
    if (s.empty() || s.size() > maxLen) return field(name, "empty or too long");
    return s;
}

} // namespace

Status checkVersions(const Versions& client, int serverSchema) {
    if (client.protocol != kProtocolVersion)
        return makeError("error.sync.protocol_version",
                         "client " + std::to_string(client.protocol) + ", server " + std::to_string(kProtocolVersion));
    if (client.schema != serverSchema)
        return makeError("error.sync.schema_version",
                         "client " + std::to_string(client.schema) + ", server " + std::to_string(serverSchema));
    return Ok{};
}

bool validClientId(std::string_view id) {
    if (id.size() < 8 || id.size() > 64) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

std::string pushedCommandId(std::string_view clientId, std::int64_t seq) {
    return std::string(clientId) + "-" + std::to_string(seq);
}

std::string encodeLogin(const LoginRequest& r) {
    Json j = versionsJson(r.versions);
    j["login"] = r.login;
    j["password"] = r.password;
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<LoginRequest> decodeLogin(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "login", "password"}, ""); !s) return s.error();
    auto v = versions(*j);
    if (!v) return v.error();
    auto login = text(*j, "login", 128);
    if (!login) return login.error();
    auto password = text(*j, "password", 1024);
    if (!password) return password.error();
    return LoginRequest{*v, *login, *password};
}

std::string encodePush(const PushRequest& r) {
    Json items = Json::array();
    for (const auto& item : r.commands) items.push_back(Json{{"seq", item.seq}, {"command", commandToJson(item.command)}});
    Json j = versionsJson(r.versions);
    j["client_id"] = r.clientId;
    j["commands"] = std::move(items);
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<PushRequest> decodePush(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "client_id", "commands"}, ""); !s) return s.error();
    auto v = versions(*j);
    if (!v) return v.error();
    auto client = text(*j, "client_id", 64);
    if (!client) return client.error();
    if (!validClientId(*client)) return field("client_id", "8 to 64 of A-Z a-z 0-9 - _");
    auto cmds = j->find("commands");
    if (cmds == j->end()) return field("commands", "missing");
    if (!cmds->is_array()) return field("commands", "expected an array");
    if (cmds->size() > kMaxPushCommands) return field("commands", "too many");
    PushRequest out{*v, *client, {}};
    std::int64_t last = 0;
    std::set<std::string> ids;
    std::size_t i = 0;
    for (const Json& item : *cmds) {
        const std::string path = indexed("commands", i++);
        if (!item.is_object()) return field(path, "expected an object");
        if (auto s = onlyMembers(item, {"seq", "command"}, path + "."); !s) return s.error();
        auto seq = integer(item, "seq", 1, (std::int64_t{1} << 53), path + ".");
        if (!seq) return seq.error();
        if (*seq <= last) return field(path + ".seq", "not increasing");
        last = *seq;
        auto c = item.find("command");
        if (c == item.end()) return field(path + ".command", "missing");
        auto command = commandFromJson(*c, path + ".command");
        if (!command) return command.error();
        if (command->id.empty() || command->id.size() > 128) return field(path + ".command.id", "empty or too long");
        if (!ids.insert(command->id).second) return field(path + ".command.id", "repeated in the request");
        out.commands.push_back(PushItem{*seq, std::move(*command)});
    }
    return out;
}

std::string encodeReveal(const RevealRequest& r) {
    Json j = versionsJson(r.versions);
    j["talent"] = r.talent;
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<RevealRequest> decodeReveal(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "talent"}, ""); !s) return s.error();
    auto v = versions(*j);
    if (!v) return v.error();
    auto talent = text(*j, "talent", 128);
    if (!talent) return talent.error();
    return RevealRequest{*v, *talent};
}

std::string encodePull(const PullRequest& r) {
    Json j = versionsJson(r.versions);
    j["cursor"] = r.cursor;
    j["limit"] = r.limit;
    return j.dump();
}

Result<PullRequest> decodePull(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "cursor", "limit"}, ""); !s) return s.error();
    auto v = versions(*j);
    if (!v) return v.error();
    auto cursor = integer(*j, "cursor", 0, (std::int64_t{1} << 53), "");
    if (!cursor) return cursor.error();
    PullRequest out{*v, *cursor, kDefaultPullLimit};
    if (j->contains("limit")) {
        auto limit = integer(*j, "limit", 1, kMaxPullLimit, "");
        if (!limit) return limit.error();
        out.limit = static_cast<int>(*limit);
    }
    return out;
}

} // namespace huicai::sync
