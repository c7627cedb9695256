// Implements importRawRecords().
#include "store/raw_import.h"

#include "store/database.h"
#include "store/statement.h"

namespace huicai::store {

Status importRawRecords(Database& db, const std::vector<RawRow>& rows) {
    Transaction tx(db);
    if (auto s = tx.begun(); !s) return s;
    Statement put(db.handle(), "INSERT INTO record(kind,id,body) VALUES(?1,?2,?3) "
                               "ON CONFLICT(kind,id) DO UPDATE SET body=excluded.body");
    for (const auto& r : rows) {
        if (auto s = put.bind(1, r.kind).bind(2, r.id).bind(3, r.body).run("raw import"); !s) return s;
        put.reset();
    }
    return tx.commit();
}

} // namespace huicai::store
