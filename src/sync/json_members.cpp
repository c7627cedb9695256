// Implements the shared member checks of the sync decoders.
#include "sync/json_members.h"

namespace huicai::sync::json_members {

Error field(const std::string& path, const char* what) { return makeError("error.sync.field", path + ": " + what); }

Result<Json> parseObject(std::string_view body) {
    Json j = Json::parse(body.begin(), body.end(), nullptr, false);
    if (j.is_discarded()) return makeError("error.sync.bad_json", "body");
    if (!j.is_object()) return field("body", "expected an object");
    return j;
}

Status onlyMembers(const Json& j, std::initializer_list<std::string_view> allowed, const std::string& path) {
    for (auto it = j.begin(); it != j.end(); ++it) {
        bool ok = false;
        for (auto a : allowed) ok = ok || it.key() == a;
        if (!ok) return field(path + it.key(), "unknown member");
    }
    return Ok{};
}

Result<std::int64_t> integer(const Json& j, const char* name, std::int64_t lo, std::int64_t hi, const std::string& path) {
    auto it = j.find(name);
    if (it == j.end()) return field(path + name, "missing");
    if (!it->is_number_integer()) return field(path + name, "expected an integer");
    std::int64_t v = 0;
    if (it->is_number_unsigned()) {
        const auto u = it->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(hi)) return field(path + name, "out of range");
        v = static_cast<std::int64_t>(u);
    } else {
        v = it->get<std::int64_t>();
    }
    if (v < lo || v > hi) return field(path + name, "out of range");
    return v;
}

Result<bool> boolean(const Json& j, const char* name, const std::string& path) {
    auto it = j.find(name);
    if (it == j.end()) return field(path + name, "missing");
    if (!it->is_boolean()) return field(path + name, "expected true or false");
    return it->get<bool>();
}

Result<const Json*> array(const Json& j, const char* name) {
    auto it = j.find(name);
    if (it == j.end()) return field(name, "missing");
    if (!it->is_array()) return field(name, "expected an array");
    return &*it;
}

Result<std::string> text(const Json& j, const char* name, std::size_t maxLen, bool required, const std::string& path) {
    auto it = j.find(name);
    if (it == j.end()) return field(path + name, "missing");
    if (!it->is_string()) return field(path + name, "expected a string");
    const auto& s = it->get_ref<const std::string&>();
    if (required && s.empty()) return field(path + name, "empty");
    if (s.size() > maxLen) return field(path + name, "too long");
    return s;
}

Result<const Json*> object(const Json& j, const char* name, const std::string& path) {
    auto it = j.find(name);
    if (it == j.end()) return field(path + name, "missing");
    if (!it->is_object()) return field(path + name, "expected an object");
    return &*it;
}

std::string indexed(const char* name, std::size_t i) { return std::string(name) + "[" + std::to_string(i) + "]"; }

Result<Versions> versions(const Json& j) {
    auto p = integer(j, "protocol", 0, 1 << 20, "");
    if (!p) return p.error();
    auto s = integer(j, "schema", 0, 1 << 20, "");
    if (!s) return s.error();
    return Versions{static_cast<int>(*p), static_cast<int>(*s)};
}

Json versionsJson(const Versions& v) { return Json{{"protocol", v.protocol}, {"schema", v.schema}}; }

} // namespace huicai::sync::json_members
