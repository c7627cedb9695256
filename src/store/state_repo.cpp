// Implements the state repository with the core's JSON codec for record bodies.
#include "store/state_repo.h"

#include "data/command_json.h"
#include "store/database.h"
#include "store/statement.h"

#include <sqlite3.h>

#include <cstdlib>

namespace huicai::store {

namespace {

Error corrupt(const std::string& detail) { return makeError("error.store.corrupt", detail); }

Status writeRecord(Database& db, const State& state, const std::string& key, std::int64_t seq) {
    auto parts = splitRecordKey(key);
    if (!parts) return corrupt("record key " + key);
    Json body = recordToJson(state, key);
    if (body.is_null()) {
        Statement del(db.handle(), "DELETE FROM record WHERE kind=?1 AND id=?2");
        return del.bind(1, parts->first).bind(2, parts->second).run("delete record");
    }
    Statement put(db.handle(),
                  "INSERT INTO record(kind,id,body,seq) VALUES(?1,?2,?3,?4) "
                  "ON CONFLICT(kind,id) DO UPDATE SET body=excluded.body, seq=excluded.seq");
    return put.bind(1, parts->first).bind(2, parts->second).bind(3, body.dump()).bind(4, seq).run("write record");
}

Status writeHolidayYear(Database& db, const HolidayYear& y, std::int64_t seq = 0) {
    Statement st(db.handle(), "INSERT INTO holiday_year(year,body,seq) VALUES(?1,?2,?3) "
                              "ON CONFLICT(year) DO UPDATE SET body=excluded.body, seq=excluded.seq");
    State one;
    one.holidayYears[y.year] = y;
    return st.bind(1, y.year).bind(2, stateToJson(one)["holiday_years"][std::to_string(y.year)].dump()).bind(3, seq).run("write holiday year");
}

Status writeCounter(Database& db, const std::string& name, int value) {
    Statement st(db.handle(), "INSERT INTO counter(name,value) VALUES(?1,?2) ON CONFLICT(name) DO UPDATE SET value=excluded.value");
    return st.bind(1, name).bind(2, value).run("write counter");
}

} // namespace

StateExtras extrasOf(const State& state) { return StateExtras{state.holidayYears, state.counters}; }

Result<State> loadState(Database& db) {
    Json j = Json::object();
    {
        Statement st(db.handle(), "SELECT kind,id,body FROM record");
        while (st.step()) {
            Json body = Json::parse(st.text(2), nullptr, false);
            if (body.is_discarded()) return corrupt("record " + st.text(0) + "/" + st.text(1));
            j[st.text(0)][st.text(1)] = std::move(body);
        }
        if (st.failed()) return st.error("read records");
    }
    {
        Json years = Json::object();
        Statement st(db.handle(), "SELECT year,body FROM holiday_year");
        while (st.step()) {
            Json body = Json::parse(st.text(1), nullptr, false);
            if (body.is_discarded()) return corrupt("holiday year " + st.text(0));
            years[std::to_string(st.integer(0))] = std::move(body);
        }
        if (st.failed()) return st.error("read holiday years");
        j["holiday_years"] = std::move(years);
    }
    {
        Json counters = Json::object();
        Statement st(db.handle(), "SELECT name,value FROM counter");
        while (st.step()) counters[st.text(0)] = st.integer(1);
        if (st.failed()) return st.error("read counters");
        j["counters"] = std::move(counters);
    }
    {
        Json ids = Json::array();
        Statement st(db.handle(), "SELECT id FROM applied_command ORDER BY id");
        while (st.step()) ids.push_back(st.text(0));
        if (st.failed()) return st.error("read command ids");
        j["command_ids"] = std::move(ids);
    }
    auto state = stateFromJson(j);
    if (!state) return corrupt(state.error().detail);
    return state;
}

Status writeCommandEffects(Database& db, const State& after, const StateExtras& before, const Command& command,
                           const Applied& applied, bool logChanges) {
    std::map<int, std::int64_t> yearSeqs; // holiday years' change-log sequences
    for (const auto& key : applied.changed) {
        std::int64_t seq = 0;
        if (logChanges) {
            auto parts = splitRecordKey(key);
            if (!parts) return corrupt("record key " + key);
            Statement log(db.handle(), "INSERT INTO change_log(kind,id,op) VALUES(?1,?2,?3)");
            const bool year = parts->first == "holiday_year"; // a holiday year loaded by command
            const char* op = year || recordExists(after, key) ? "put" : "delete";
            if (auto s = log.bind(1, parts->first).bind(2, parts->second).bind(3, op).run("write change log"); !s) return s;
            seq = sqlite3_last_insert_rowid(db.handle());
            if (year) yearSeqs[std::atoi(parts->second.c_str())] = seq;
        }
        if (!logChanges) {
            // The browser: keep the server's version of the row before the first
            // pending command overwrites it ('' when the server has no such row).
            auto parts = splitRecordKey(key);
            if (!parts) return corrupt("record key " + key);
            Statement base(db.handle(),
                           "INSERT OR IGNORE INTO record_base(kind,id,body) "
                           "VALUES(?1,?2,COALESCE((SELECT body FROM record WHERE kind=?1 AND id=?2),''))");
            if (auto s = base.bind(1, parts->first).bind(2, parts->second).run("keep server row"); !s) return s;
        }
        if (auto s = writeRecord(db, after, key, seq); !s) return s;
    }
    for (const auto& [year, y] : after.holidayYears) {
        auto it = before.holidayYears.find(year);
        const auto logged = yearSeqs.find(year);
        if (it == before.holidayYears.end() || !(it->second == y) || logged != yearSeqs.end())
            if (auto s = writeHolidayYear(db, y, logged == yearSeqs.end() ? 0 : logged->second); !s) return s;
    }
    for (const auto& [name, value] : after.counters) {
        auto it = before.counters.find(name);
        if (it == before.counters.end() || it->second != value)
            if (auto s = writeCounter(db, name, value); !s) return s;
    }
    {
        Statement st(db.handle(), "INSERT OR IGNORE INTO applied_command(id) VALUES(?1)");
        if (auto s = st.bind(1, command.id).run("write command id"); !s) return s;
    }
    return appendAudit(db, applied.audit);
}

Status putRecordRow(Database& db, std::string_view kind, std::string_view id, std::string_view body) {
    return ServerRowWriter(db).put(kind, id, body);
}

ServerRowWriter::ServerRowWriter(Database& db)
    : m_base(db.handle(), "UPDATE record_base SET body=?3 WHERE kind=?1 AND id=?2"),
      m_del(db.handle(), "DELETE FROM record WHERE kind=?1 AND id=?2"),
      m_put(db.handle(), "INSERT INTO record(kind,id,body) VALUES(?1,?2,?3) ON CONFLICT(kind,id) DO UPDATE SET body=excluded.body") {
    Statement any(db.handle(), "SELECT EXISTS(SELECT 1 FROM record_base)");
    m_hasBase = !any.step() || any.integer(0) != 0; // unreadable: keep them in step anyway
}

Status ServerRowWriter::put(std::string_view kind, std::string_view id, std::string_view body) {
    if (m_hasBase) {
        auto s = m_base.bind(1, kind).bind(2, id).bind(3, body).run("update server row");
        m_base.reset();
        if (!s) return s;
    }
    Statement& write = body.empty() ? m_del : m_put;
    write.bind(1, kind).bind(2, id);
    if (!body.empty()) write.bind(3, body);
    auto s = write.run(body.empty() ? "delete record" : "write record");
    write.reset();
    return s;
}

Status putHolidayYearRow(Database& db, int year, std::string_view body) {
    if (body.empty()) {
        Statement del(db.handle(), "DELETE FROM holiday_year WHERE year=?1");
        return del.bind(1, year).run("delete holiday year");
    }
    Statement put(db.handle(), "INSERT INTO holiday_year(year,body) VALUES(?1,?2) ON CONFLICT(year) DO UPDATE SET body=excluded.body");
    return put.bind(1, year).bind(2, body).run("write holiday year");
}

Status restoreServerRows(Database& db) {
    Statement del(db.handle(),
                  "DELETE FROM record WHERE EXISTS (SELECT 1 FROM record_base b "
                  "WHERE b.kind=record.kind AND b.id=record.id AND b.body='')");
    if (auto s = del.run("restore deleted rows"); !s) return s;
    Statement put(db.handle(),
                  "INSERT INTO record(kind,id,body) SELECT kind,id,body FROM record_base WHERE body<>'' "
                  "ON CONFLICT(kind,id) DO UPDATE SET body=excluded.body");
    if (auto s = put.run("restore server rows"); !s) return s;
    return db.exec("DELETE FROM record_base");
}

Status replaceState(Database& db, const State& state) {
    if (auto s = db.exec("DELETE FROM record; DELETE FROM record_base; DELETE FROM holiday_year; DELETE FROM counter; DELETE FROM applied_command;"); !s)
        return s;
    for (const auto& key : allRecordKeys(state))
        if (auto s = writeRecord(db, state, key, 0); !s) return s;
    for (const auto& [year, y] : state.holidayYears)
        if (auto s = writeHolidayYear(db, y); !s) return s;
    for (const auto& [name, value] : state.counters)
        if (auto s = writeCounter(db, name, value); !s) return s;
    for (const auto& id : state.commandIds) {
        Statement st(db.handle(), "INSERT INTO applied_command(id) VALUES(?1)");
        if (auto s = st.bind(1, id).run("write command id"); !s) return s;
    }
    return Ok{};
}

Status appendAudit(Database& db, const AuditEntry& a) {
    Statement st(db.handle(), "INSERT INTO audit(command_id,actor,role,command,at,changed) VALUES(?1,?2,?3,?4,?5,?6)");
    return st.bind(1, a.commandId)
        .bind(2, a.actor)
        .bind(3, enumId(a.role))
        .bind(4, a.command)
        .bind(5, a.at.iso())
        .bind(6, Json(a.changed).dump())
        .run("write audit");
}

std::int64_t auditCount(Database& db) {
    Statement st(db.handle(), "SELECT count(*) FROM audit");
    return st.step() ? st.integer(0) : -1;
}

std::vector<AuditEntry> auditOf(Database& db, std::string_view commandId) {
    std::vector<AuditEntry> out;
    Statement st(db.handle(), "SELECT command_id,actor,role,command,at,changed FROM audit WHERE command_id=?1");
    st.bind(1, commandId);
    while (st.step()) {
        AuditEntry a;
        a.commandId = st.text(0);
        a.actor = st.text(1);
        a.role = parseEnum<Role>(st.text(2)).value_or(Role::Talent);
        a.command = st.text(3);
        if (auto d = Date::parse(st.text(4))) a.at = *d;
        Json changed = Json::parse(st.text(5), nullptr, false);
        if (changed.is_array())
            for (const auto& c : changed)
                if (c.is_string()) a.changed.push_back(c.get<std::string>());
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace huicai::store
