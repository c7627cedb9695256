// Replay: runs a script of commands against a fresh in-memory state with the real
// reference data, and reports each command's outcome, derived deadlines and the
// final state of every record. Used by `huicai replay FILE.json` and the tests.
//
// Replay file format (UTF-8 JSON object; see also assets/examples/README.md):
//   {
//     "about": "what the script shows",               // optional, ignored
//     "setup": {                                      // optional
//       "actors": {                                   // optional aliases
//         "prov": {"id": "W-370000", "role": "window_specialist", "scope": "370000"}, …
//       },
//       "commands": [ …same form as below… ],         // optional; each must apply
//       "as_of": "2025-10-20"                         // optional date for derived facts
//     },
//     "commands": [
//       { "id": "c1",                                 // unique command id
//         "at": "2025-03-03",                         // the date the command is issued
//         "actor": "prov" | {"id": …, "role": …, "scope": …},  // alias or inline
//         "command": "SubmitCardApplication",         // a name of core/command.h
//         "args": { … } },                            // the payload's fields (snake_case)
//       … ]
//   }
// Roles: talent, employer_admin, employer_specialist, window_specialist,
// department_specialist, handling_specialist, system_admin (no scope).
// Dates are ISO YYYY-MM-DD; commands run in file order.
//
// Output (JSON object):
//   { "outcomes": [ {"index": 0, "id": "c1", "at": …, "command": …, "actor": …,
//                    "outcome": "applied", "changed": ["card_application/CA1", …]}
//                 | {…, "outcome": "rejected", "error": {"key": …, "detail": …}} ],
//     "summary": {"applied": n, "rejected": m},
//     "as_of": "…",     // setup.as_of, else the last command's date
//     "derived": { "card_application": {id: {"state", "due", "working_days_left", "overdue"}},
//                  "task": {id: {…}}, "local_credential": {id: {…}} },  // due: null = no limit
//     "state": { "<kind>": {id: record}, …, "holiday_years", "counters", "command_ids" } }
//
// Bad input is an error, not an outcome: malformed JSON (error.replay.json, detail
// "line L column C"), a missing/unknown/invalid member (error.command.field, detail
// "commands[3].args.application: missing"), an unknown command (error.command.unknown),
// an unknown actor alias (error.replay.actor), a rejected setup command
// (error.replay.setup_rejected, detail "setup.commands[i]: <key>").
#pragma once
#include "core/apply.h"
#include "data/command_json.h"
#include "data/reference.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace huicai {

struct ReplayStep {
    Date at;
    Command command;
};

struct ReplayScript {
    std::vector<ReplayStep> setup;
    std::vector<ReplayStep> commands;
    std::optional<Date> asOf;
};

Result<ReplayScript> parseReplay(std::string_view text);

// Runs the script on an empty state; the JSON report described above.
Result<Json> runReplay(const ReplayScript& script, const ReferenceView& ref);

} // namespace huicai
