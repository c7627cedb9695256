// The repository of the domain state: every record of the core's State is one row
// of table `record` (kind, id, JSON body written by the core's codec, and on the
// server the change-log sequence that last wrote it); holiday years, counters and
// applied command ids have a table each; every applied command leaves one audit row.
// Loading the rows back gives a State equal to the one that was saved.
#pragma once
#include "core/apply.h"
#include "core/model.h"
#include "core/result.h"
#include "store/statement.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace huicai::store {

class Database;

// The parts of the State outside the record tables that a command may change.
struct StateExtras {
    std::map<int, HolidayYear> holidayYears;
    std::map<std::string, int, std::less<>> counters;
};
StateExtras extrasOf(const State& state);

// Reads every row into a State.
Result<State> loadState(Database& db);

// Writes what an applied command changed: the rows of `applied.changed` as they are
// in `after` (deleted when gone), the holiday years and counters that differ from
// `before`, the command id and the audit entry. With `logChanges` (the server) each
// changed row also gets a change-log entry whose sequence is stored as the row's
// seq, so a pull finds it; the browser passes false. Call inside a transaction.
Status writeCommandEffects(Database& db, const State& after, const StateExtras& before, const Command& command,
                           const Applied& applied, bool logChanges);

// Replaces one record row with a body (JSON text) received from the server, or
// deletes it when `body` is empty. When a pending local command had overwritten the
// row, the server's version it keeps (table record_base) becomes this one too.
Status putRecordRow(Database& db, std::string_view kind, std::string_view id, std::string_view body);

// putRecordRow for many rows (a pull page): its statements prepared once, and the
// server versions of table record_base looked at only when it holds any (pending local
// commands). Use inside one transaction, with no local command applied meanwhile.
class ServerRowWriter {
public:
    explicit ServerRowWriter(Database& db);
    Status put(std::string_view kind, std::string_view id, std::string_view body);

private:
    Statement m_base, m_del, m_put;
    bool m_hasBase = true;
};

// Replaces the holiday year `year` with a body (JSON text {"year","off","work"})
// received from the server, or deletes it when `body` is empty.
Status putHolidayYearRow(Database& db, int year, std::string_view body);

// The browser: puts back the server's version of every row pending local commands
// overwrote (writeCommandEffects with logChanges false keeps them) and forgets them,
// so that the rows are the server's alone. Call inside a transaction.
Status restoreServerRows(Database& db);

// Replaces every domain row by the contents of `state` (no audit rows).
Status replaceState(Database& db, const State& state);

// Appends an audit entry that changed no record (e.g. an identifier revealed).
Status appendAudit(Database& db, const AuditEntry& entry);

// Number of audit rows, and the audit entries of one command id.
std::int64_t auditCount(Database& db);
std::vector<AuditEntry> auditOf(Database& db, std::string_view commandId);

} // namespace huicai::store
