// The browser's outbox and local changes. commitLocal() runs a command through the
// core's apply() and, in one SQLite transaction, writes the rows it changed, its
// audit entry and an outbox entry (the next local sequence number, the command as
// JSON, the date it was issued). Either all of that is stored or nothing is, and
// the in-memory State is left as the database says. The outbox keeps an entry until
// the server acknowledges it (removed) or rejects it (kept, marked rejected, with
// the error key the UI shows, until the user retries or discards it).
#pragma once
#include "core/apply.h"
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace huicai::store {

class Database;

struct OutboxEntry {
    std::int64_t seq = 0;
    std::string commandId;
    std::string name;
    std::string body; // the command as JSON (data/command_json.h)
    Date at;
    bool rejected = false;
    std::optional<Error> error;
};

// Applies `command` to `state` and stores its effects and its outbox entry.
Result<Applied> commitLocal(Database& db, State& state, const Command& command, const Context& ctx);

// Entries in sequence order; `pendingOnly` leaves out the rejected ones.
Result<std::vector<OutboxEntry>> outboxEntries(Database& db, bool pendingOnly);
// The server applied the entry with this sequence: remove it.
Status acknowledge(Database& db, std::int64_t seq);
// The server rejected it: keep it, marked, with the reason.
Status markRejected(Database& db, std::int64_t seq, const Error& error);
// The user gives it up.
Status discard(Database& db, std::int64_t seq);

// The sequence the next local command gets (1 for a new database).
std::int64_t nextOutboxSeq(Database& db);

} // namespace huicai::store
