// Implements local commits and the outbox repository.
#include "store/outbox.h"

#include "data/command_json.h"
#include "store/database.h"
#include "store/state_repo.h"
#include "store/statement.h"

namespace huicai::store {

namespace {
constexpr const char* kNextSeq = "sync.next_seq";
}

std::int64_t nextOutboxSeq(Database& db) {
    auto v = db.setting(kNextSeq);
    if (!v) return 1;
    std::int64_t n = 0;
    for (char c : *v) {
        if (c < '0' || c > '9') return 1;
        n = n * 10 + (c - '0');
    }
    return n < 1 ? 1 : n;
}

Result<Applied> commitLocal(Database& db, State& state, const Command& command, const Context& ctx) {
    const StateExtras before = extrasOf(state);
    auto applied = apply(state, command, ctx);
    if (!applied) return applied;
    auto store = [&]() -> Status {
        Transaction tx(db);
        if (auto s = tx.begun(); !s) return s;
        if (auto s = writeCommandEffects(db, state, before, command, *applied, false); !s) return s;
        const std::int64_t seq = nextOutboxSeq(db);
        Statement st(db.handle(), "INSERT INTO outbox(seq,command_id,name,body,at) VALUES(?1,?2,?3,?4,?5)");
        if (auto s = st.bind(1, seq)
                         .bind(2, command.id)
                         .bind(3, commandName(command.payload))
                         .bind(4, commandToJson(command).dump())
                         .bind(5, ctx.now.iso())
                         .run("write outbox");
            !s)
            return s;
        if (auto s = db.setSetting(kNextSeq, std::to_string(seq + 1)); !s) return s;
        return tx.commit();
    };
    if (auto s = store(); !s) {
        // The database kept nothing: bring the memory back to what it holds.
        if (auto reloaded = loadState(db)) state = std::move(*reloaded);
        return s.error();
    }
    return applied;
}

Result<std::vector<OutboxEntry>> outboxEntries(Database& db, bool pendingOnly) {
    std::vector<OutboxEntry> out;
    Statement st(db.handle(), pendingOnly ? "SELECT seq,command_id,name,body,at,status,error_key,error_detail FROM outbox "
                                            "WHERE status='pending' ORDER BY seq"
                                          : "SELECT seq,command_id,name,body,at,status,error_key,error_detail FROM outbox "
                                            "ORDER BY seq");
    while (st.step()) {
        OutboxEntry e;
        e.seq = st.integer(0);
        e.commandId = st.text(1);
        e.name = st.text(2);
        e.body = st.text(3);
        if (auto d = Date::parse(st.text(4))) e.at = *d;
        e.rejected = st.text(5) == "rejected";
        if (!st.isNull(6)) e.error = Error{st.text(6), st.text(7)};
        out.push_back(std::move(e));
    }
    if (st.failed()) return st.error("read outbox");
    return out;
}

Status acknowledge(Database& db, std::int64_t seq) {
    Statement st(db.handle(), "DELETE FROM outbox WHERE seq=?1");
    return st.bind(1, seq).run("acknowledge outbox entry");
}

Status markRejected(Database& db, std::int64_t seq, const Error& error) {
    Statement st(db.handle(), "UPDATE outbox SET status='rejected', error_key=?2, error_detail=?3 WHERE seq=?1");
    return st.bind(1, seq).bind(2, error.key).bind(3, error.detail).run("mark outbox entry rejected");
}

Status discard(Database& db, std::int64_t seq) { return acknowledge(db, seq); }

} // namespace huicai::store
