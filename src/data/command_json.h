// JSON codec of the domain model: commands (for replay files, the sync outbox and
// the server), their outcomes, and the whole state (every record table). It is
// generic over the field lists of core/model_fields.h: strings, integers, booleans,
// dates (ISO "2025-03-14"), named enums (their ids), optionals (null or absent),
// arrays, maps and nested structs. Nothing throws (it builds with exceptions off).
//
// Decoding is strict for commands: an unknown member, a member of the wrong type, a
// bad date or enum id, or a missing required member (a string, number, date or enum
// that is not optional; arrays, booleans and optionals may be left out) fails with
// error.command.field and a detail naming the path, e.g.
// "commands[3].args.application: missing". State decoding is lenient (absent members
// keep their defaults) so that older rows still load.
//
// Command JSON: {"id": "c1", "actor": {"id": "...", "role": "talent", "scope": "..."},
//                "command": "SubmitCardApplication", "args": {...}}
#pragma once
#include "core/apply.h"
#include "core/command.h"
#include "core/model.h"

#include <nlohmann/json.hpp>

#include <string>

namespace huicai {

using Json = nlohmann::json;

Json commandToJson(const Command& command);
// `path` prefixes error details ("commands[3]"). error.command.unknown for an unknown name.
Result<Command> commandFromJson(const Json& j, const std::string& path);
// Args only (the payload), by command name.
Result<Payload> payloadFromJson(std::string_view name, const Json& args, const std::string& path);
Json payloadToJson(const Payload& payload);

Json actorToJson(const Actor& actor);
Result<Actor> actorFromJson(const Json& j, const std::string& path);

// {"employer": {"E1": {...}}, ..., "holiday_years": {...}, "counters": {...}, "command_ids": [...]}
Json stateToJson(const State& state);
Result<State> stateFromJson(const Json& j);
// One record as JSON, or null when the key names no record.
Json recordToJson(const State& state, std::string_view key);

Json auditToJson(const AuditEntry& audit);
Json errorToJson(const Error& error);

} // namespace huicai
