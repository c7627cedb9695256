// Implements writeRawRows().
#include "store/raw_rows.h"

#include "store/database.h"
#include "store/statement.h"

#include <sqlite3.h>

namespace huicai::store {

Status writeRawRows(Database& db, const std::vector<RawRow>& rows, const std::string& commandId, std::int64_t seq) {
    Transaction tx(db);
    if (auto s = tx.begun(); !s) return s;
    for (const auto& r : rows) {
        Statement log(db.handle(), "INSERT INTO change_log(kind,id,op) VALUES(?1,?2,'put')");
        if (auto s = log.bind(1, r.kind).bind(2, r.id).run("raw change log"); !s) return s;
        Statement put(db.handle(), "INSERT INTO record(kind,id,body,seq) VALUES(?1,?2,?3,?4) "
                                   "ON CONFLICT(kind,id) DO UPDATE SET body=excluded.body, seq=excluded.seq");
        if (auto s = put.bind(1, r.kind).bind(2, r.id).bind(3, r.body).bind(4, sqlite3_last_insert_rowid(db.handle())).run("raw record");
            !s)
            return s;
    }
    Statement audit(db.handle(), "INSERT INTO audit(command_id,actor,role,command,at,changed) VALUES(?1,'a','talent','c','2025-06-02','[]')");
    if (auto s = audit.bind(1, commandId).run("raw audit"); !s) return s;
    Statement ids(db.handle(), "INSERT INTO applied_command(id) VALUES(?1)");
    if (auto s = ids.bind(1, commandId).run("raw command id"); !s) return s;
    Statement push(db.handle(), "INSERT INTO push_result(client_id,seq,command_id,status) VALUES('bench-client',?1,?2,'applied')");
    if (auto s = push.bind(1, seq).bind(2, commandId).run("raw push result"); !s) return s;
    return tx.commit();
}

} // namespace huicai::store
