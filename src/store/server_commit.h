// The server's commit of one pushed command. In one transaction it either applies
// the command through the core (rows with their change-log sequences, audit entry)
// or records its rejection, and in both cases advances the client's last applied
// sequence and remembers the answer, so a retried push gets the same answer and the
// command is applied exactly once. The change log also gets an 'access' entry for
// each record whose visibility the command moved (store/change_feed.h), and the
// command's actor is remembered as the author of each attachment reference it put
// into a record (store/file_repo.h). When the
// database fails nothing is kept and the in-memory State is reloaded from it. An
// empty client id (the server seeding its own records) skips the client bookkeeping.
#pragma once
#include "core/apply.h"
#include "store/server_repo.h"

#include <string_view>
#include <vector>

namespace huicai::store {

class Database;

Result<PushResultRow> commitPushed(Database& db, State& state, const Command& command, const Context& ctx,
                                   std::string_view clientId, std::int64_t seq);

// Records, in one transaction, that the client's command at `seq` was refused before
// the core saw it (`why`), advancing the client's last sequence like a rejection.
Result<PushResultRow> refusePushed(Database& db, std::string_view clientId, std::int64_t seq, const std::string& commandId,
                                   const Error& why);

// Applies `commands` in order without a client (the server's own work, each under its
// own actor), all in one transaction: every one is applied with its rows, change-log
// entries, access entries and audit row, or none is. The core's refusal of any
// (its error, the detail prefixed with "<command id>: ") or a database failure keeps
// nothing and reloads the State from the database.
Status commitLocalBatch(Database& db, State& state, const std::vector<Command>& commands, const Context& ctx);

} // namespace huicai::store
