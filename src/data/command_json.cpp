// Implements command_json.h over the generic codec of command_json_codec.h.
#include "data/command_json.h"

#include "data/command_json_codec.h"

namespace huicai {

using codec::Mode;

Json actorToJson(const Actor& a) { return codec::encode(a); }

Result<Actor> actorFromJson(const Json& j, const std::string& path) {
    Actor a;
    if (j.is_object() && !j.contains("scope")) { // the system administrator has no scope
        Json withScope = j;
        withScope["scope"] = "";
        auto st = codec::decode(withScope, a, path, Mode::Strict);
        if (!st) return st.error();
        return a;
    }
    auto st = codec::decode(j, a, path, Mode::Strict);
    if (!st) return st.error();
    return a;
}

Json payloadToJson(const Payload& p) {
    return std::visit([](const auto& x) { return codec::encode(x); }, p);
}

namespace {
template <std::size_t I = 0>
Result<Payload> decodeAlternative(std::string_view name, const Json& args, const std::string& path) {
    if constexpr (I == std::variant_size_v<Payload>) {
        return makeError("error.command.unknown", path + ": " + std::string(name));
    } else {
        using P = std::variant_alternative_t<I, Payload>;
        if (name != P::kName) return decodeAlternative<I + 1>(name, args, path);
        P p{};
        auto st = codec::decode(args, p, path, Mode::Strict);
        if (!st) return st.error();
        return Payload{std::move(p)};
    }
}
} // namespace

Result<Payload> payloadFromJson(std::string_view name, const Json& args, const std::string& path) {
    return decodeAlternative(name, args, path);
}

Json commandToJson(const Command& c) {
    return Json{{"id", c.id}, {"actor", actorToJson(c.actor)}, {"command", std::string(commandName(c.payload))}, {"args", payloadToJson(c.payload)}};
}

Result<Command> commandFromJson(const Json& j, const std::string& path) {
    if (!j.is_object()) return codec::fieldError(path, "expected an object");
    for (auto it = j.begin(); it != j.end(); ++it)
        if (it.key() != "id" && it.key() != "actor" && it.key() != "command" && it.key() != "args")
            return codec::fieldError(path + "." + it.key(), "unknown field");
    Command c;
    auto id = j.find("id");
    if (id == j.end()) return codec::fieldError(path + ".id", "missing");
    if (auto st = codec::decode(*id, c.id, path + ".id", Mode::Strict); !st) return st.error();
    auto actor = j.find("actor");
    if (actor == j.end()) return codec::fieldError(path + ".actor", "missing");
    auto a = actorFromJson(*actor, path + ".actor");
    if (!a) return a.error();
    c.actor = *a;
    auto name = j.find("command");
    if (name == j.end() || !name->is_string()) return codec::fieldError(path + ".command", "missing");
    auto args = j.find("args");
    const Json empty = Json::object();
    auto p = payloadFromJson(name->get_ref<const std::string&>(), args == j.end() ? empty : *args, path + ".args");
    if (!p) return p.error();
    c.payload = std::move(*p);
    return c;
}

Json stateToJson(const State& s) {
    Json o = Json::object();
    State::tables(s, [&](std::string_view kind, const auto& table) { o[std::string(kind)] = codec::encode(table); });
    o["holiday_years"] = codec::encode(s.holidayYears);
    o["counters"] = codec::encode(s.counters);
    o["command_ids"] = codec::encode(s.commandIds);
    return o;
}

Result<State> stateFromJson(const Json& j) {
    if (!j.is_object()) return codec::fieldError("state", "expected an object");
    State s;
    Status result = Ok{};
    State::tables(s, [&](std::string_view kind, auto& table) {
        if (!result) return;
        auto it = j.find(std::string(kind));
        if (it != j.end()) result = codec::decode(*it, table, std::string(kind), Mode::Lenient);
    });
    if (!result) return result.error();
    if (auto it = j.find("holiday_years"); it != j.end())
        if (auto st = codec::decode(*it, s.holidayYears, "holiday_years", Mode::Lenient); !st) return st.error();
    if (auto it = j.find("counters"); it != j.end())
        if (auto st = codec::decode(*it, s.counters, "counters", Mode::Lenient); !st) return st.error();
    if (auto it = j.find("command_ids"); it != j.end())
        if (auto st = codec::decode(*it, s.commandIds, "command_ids", Mode::Lenient); !st) return st.error();
    return s;
}

Json recordToJson(const State& s, std::string_view key) {
    const auto parts = splitRecordKey(key);
    Json out = nullptr;
    if (!parts) return out;
    State::tables(s, [&](std::string_view kind, const auto& table) {
        if (kind != parts->first) return;
        auto it = table.find(parts->second);
        if (it != table.end()) out = codec::encode(it->second);
    });
    return out;
}

Json auditToJson(const AuditEntry& a) { return codec::encode(a); }

Json errorToJson(const Error& e) { return Json{{"key", e.key}, {"detail", e.detail}}; }

} // namespace huicai
