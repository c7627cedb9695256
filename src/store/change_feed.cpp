// Implements the change feed: access entries from the core's access changes, the
// parties codec, and the pull's reading of the change log.
#include "store/change_feed.h"

#include "data/command_json.h"
#include "store/database.h"
#include "store/statement.h"

#include <sqlite3.h>

namespace huicai::store {

namespace {

using Lists = std::pair<const char*, std::vector<std::string> Parties::*>;
constexpr Lists kLists[] = {
    {"talents", &Parties::talents},
    {"employers", &Parties::employers},
    {"specialists", &Parties::specialists},
    {"windows", &Parties::windows},
    {"departments", &Parties::departments},
    {"agencies", &Parties::agencies},
};

} // namespace

Result<State> storedRecords(Database& db, const std::vector<std::string>& keys) {
    Json j = Json::object();
    Statement st(db.handle(), "SELECT body FROM record WHERE kind=?1 AND id=?2");
    for (const auto& key : keys) {
        auto parts = splitRecordKey(key);
        if (!parts) return makeError("error.store.corrupt", "record key " + key);
        st.reset();
        st.bind(1, parts->first).bind(2, parts->second);
        if (st.step()) {
            Json body = Json::parse(st.text(0), nullptr, false);
            if (body.is_discarded()) return makeError("error.store.corrupt", "record " + key);
            j[parts->first][parts->second] = std::move(body);
        }
        if (st.failed()) return st.error("read record");
    }
    auto state = stateFromJson(j);
    if (!state) return makeError("error.store.corrupt", state.error().detail);
    return state;
}

Result<std::vector<AccessChange>> pendingAccessChanges(Database& db, State& state, const std::vector<std::string>& changed) {
    auto before = storedRecords(db, changed);
    if (!before) return before.error();
    return accessChanges(state, *before, changed);
}

Status logAccessChanges(Database& db, const std::vector<AccessChange>& changes) {
    for (const auto& c : changes) {
        if (!c.moved() || (c.changed && !c.before)) continue; // unchanged, or only created
        auto parts = splitRecordKey(c.key);
        if (!parts) return makeError("error.store.corrupt", "record key " + c.key);
        Statement log(db.handle(), "INSERT INTO change_log(kind,id,op,parties) VALUES(?1,?2,'access',?3)");
        log.bind(1, parts->first).bind(2, parts->second);
        if (c.before) log.bind(3, partiesToJson(*c.before));
        else log.bindNull(3);
        if (auto s = log.run("write access change"); !s) return s;
        const std::int64_t seq = sqlite3_last_insert_rowid(db.handle());
        Statement move(db.handle(), "UPDATE record SET seq=?3 WHERE kind=?1 AND id=?2");
        if (auto s = move.bind(1, parts->first).bind(2, parts->second).bind(3, seq).run("move record seq"); !s) return s;
    }
    return Ok{};
}

std::string partiesToJson(const Parties& p) {
    Json j = Json::object();
    for (const auto& [name, member] : kLists)
        if (!(p.*member).empty()) j[name] = p.*member;
    if (p.everyone) j["everyone"] = true;
    return j.dump();
}

std::optional<Parties> partiesFromJson(std::string_view text) {
    Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return std::nullopt;
    Parties p;
    for (const auto& [name, member] : kLists) {
        auto it = j.find(name);
        if (it == j.end()) continue;
        if (!it->is_array()) return std::nullopt;
        for (const auto& v : *it) {
            if (!v.is_string()) return std::nullopt;
            (p.*member).push_back(v.get<std::string>());
        }
    }
    if (auto it = j.find("everyone"); it != j.end()) {
        if (!it->is_boolean()) return std::nullopt;
        p.everyone = it->get<bool>();
    }
    return p;
}

Result<std::vector<FeedRow>> feedAfter(Database& db, std::int64_t cursor, int limit) {
    // A record kind never is 'holiday_year', so at most one of r and h joins.
    Statement st(db.handle(),
                 "SELECT c.seq, c.kind, c.id, c.parties, coalesce(r.seq, h.seq) = c.seq, coalesce(r.body, h.body) "
                 "FROM change_log c "
                 "LEFT JOIN record r ON r.kind = c.kind AND r.id = c.id "
                 "LEFT JOIN holiday_year h ON c.kind = 'holiday_year' AND h.year = CAST(c.id AS INTEGER) "
                 "WHERE c.seq > ?1 AND (coalesce(r.seq, h.seq) = c.seq OR c.parties IS NOT NULL) "
                 "ORDER BY c.seq LIMIT ?2");
    st.bind(1, cursor).bind(2, static_cast<std::int64_t>(limit));
    std::vector<FeedRow> out;
    while (st.step()) {
        FeedRow row{st.integer(0), st.text(1), st.text(2), !st.isNull(4) && st.integer(4) == 1, {}, st.text(3)};
        if (row.latest) row.body = st.text(5);
        out.push_back(std::move(row));
    }
    if (st.failed()) return st.error("read change feed");
    return out;
}

} // namespace huicai::store
