// The server's change feed, the change_log a pull reads. Besides the entries of the
// records a command changed ('put', 'delete'), a command that moves who a record
// concerns (core/access_change.h) leaves an 'access' entry for that record: for a
// record it did not change, so that an incremental pull sends it to an actor who
// can newly see it (its row's seq moves to the entry); and, whenever the record
// existed before, with the parties it had before (column parties), so a pull can
// tell an actor who saw it then and no longer does to drop it. Holiday years loaded
// by command are entries of kind holiday_year with the year as id.
#pragma once
#include "core/access_change.h"
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace huicai::store {

class Database;

// The records of `keys` as table `record` holds them (absent when it has no row).
Result<State> storedRecords(Database& db, const std::vector<std::string>& keys);

// The access changes of a command just applied to `state` in memory whose rows are
// not written yet: the table still holds the records as they were before it.
Result<std::vector<AccessChange>> pendingAccessChanges(Database& db, State& state, const std::vector<std::string>& changed);

// Writes the 'access' entries of `changes` (a changed record whose parties moved and
// that existed before; any other record listed). Call inside the command's
// transaction after its rows are written.
Status logAccessChanges(Database& db, const std::vector<AccessChange>& changes);

std::string partiesToJson(const Parties& parties);
std::optional<Parties> partiesFromJson(std::string_view text);

struct FeedRow {
    std::int64_t seq = 0;
    std::string kind, id;
    bool latest = false; // the record's (or holiday year's) current row was written by this entry
    std::string body;    // that row when latest
    std::string parties; // who it concerned before an 'access' entry; empty otherwise
};
// The entries after `cursor` a pull needs, in order, at most `limit`: each record's
// latest entry and every entry with parties (superseded entries are left out).
Result<std::vector<FeedRow>> feedAfter(Database& db, std::int64_t cursor, int limit);

} // namespace huicai::store
