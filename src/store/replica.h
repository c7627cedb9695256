// The browser's side of sync on its local database, without any I/O: building a
// push request from the outbox, applying the server's answer to the outbox,
// applying a pull page (rows and cursor in one transaction) and rebasing (the
// server's rows, then the still-pending outbox commands re-applied on top). The
// HTTP calls and their scheduling belong to the app; the messages are src/sync's
// (protocol.h, answers.h), which encodes and decodes them: this side takes and gives
// their typed forms only.
#pragma once
#include "core/apply.h"
#include "core/result.h"
#include "sync/answers.h"
#include "sync/protocol.h"
#include "sync/pull_text.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace huicai::store {

class Database;

// The client id of this database, made from `seed` on first use and kept.
std::string replicaClientId(Database& db, const std::string& seed);
// The last server cursor applied (0 at first).
std::int64_t replicaCursor(Database& db);

// The push request of the pending outbox entries, at most `max`, at the current
// protocol and schema (sync::encodePush sends it). An entry whose body is no command
// is error.store.corrupt naming its seq.
Result<sync::PushRequest> pushRequest(Database& db, const std::string& clientId, std::size_t max);
// Removes applied entries and marks rejected ones with their error.
Status applyPushAnswer(Database& db, const sync::PushAnswer& answer);
// Writes the page's records and its cursor together; true when more pages follow.
// A holiday year the core's codec cannot read is error.sync.field.
Result<bool> applyPullPage(Database& db, const sync::PullPage& page);
// The same for a page read from its text (sync/pull_text.h): each record is stored as
// the text the server sent, neither built as a tree nor written out again (the browser).
Result<bool> applyPullPage(Database& db, const sync::PullPageText& page);
// The same for a parsed page, checked by sync::decodeParsedPullPage first.
Result<bool> applyPullPage(Database& db, nlohmann::json page);
// The state of the server's rows (the rows pending commands overwrote are put back
// first, so a rejected or discarded command leaves nothing behind) with the pending
// commands applied on top, their rows written (no new outbox entries). Commands that
// no longer apply stay pending and are reported by the server on the next push.
Result<State> rebase(Database& db, const Context& ctx);

} // namespace huicai::store
