// The strict reading of a message's JSON members that every decoder of the sync
// protocol shares (protocol.h, admin.h, files.h, registration.h): a body that must be
// an object, no member beyond those named, integers in a range, booleans, arrays,
// and the protocol and schema versions. Each refusal is error.sync.field with the
// member's path ("commands[3].seq: missing"), or error.sync.bad_json for a body
// that is no JSON at all. Parsing does not throw.
#pragma once
#include "core/result.h"
#include "sync/protocol.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace huicai::sync::json_members {

using Json = nlohmann::json;

// The longest short text member (an id, a key, a name, a token) a message may hold.
inline constexpr std::size_t kMaxText = 256;
// The longest record kind a pull page may name.
inline constexpr std::size_t kMaxKind = 64;
// The largest sequence number or cursor (a double holds every integer up to it).
inline constexpr std::int64_t kMaxSeq = std::int64_t{1} << 53;

// error.sync.field "<path>: <what>".
Error field(const std::string& path, const char* what);
Result<Json> parseObject(std::string_view body);
// Refuses the first member not in `allowed`, named with `path` before it.
Status onlyMembers(const Json& j, std::initializer_list<std::string_view> allowed, const std::string& path = "");
Result<std::int64_t> integer(const Json& j, const char* name, std::int64_t lo, std::int64_t hi, const std::string& path = "");
Result<bool> boolean(const Json& j, const char* name, const std::string& path = "");
Result<const Json*> array(const Json& j, const char* name);
// A string member of at most `maxLen` bytes; `required` ones may not be empty.
Result<std::string> text(const Json& j, const char* name, std::size_t maxLen, bool required, const std::string& path = "");
// An object member, returned in place.
Result<const Json*> object(const Json& j, const char* name, const std::string& path = "");
// "name[i]", the path of an array's element.
std::string indexed(const char* name, std::size_t i);
// The "protocol" and "schema" members.
Result<Versions> versions(const Json& j);
// A message's object holding only the "protocol" and "schema" members.
Json versionsJson(const Versions& v);

} // namespace huicai::sync::json_members
