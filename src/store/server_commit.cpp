// Implements commitPushed().
#include "store/server_commit.h"

#include "core/attachment.h"
#include "data/command_json.h"
#include "store/change_feed.h"
#include "store/database.h"
#include "store/file_repo.h"
#include "store/state_repo.h"
#include "store/statement.h"

#include <set>

namespace huicai::store {

namespace {

// The hashes of the attachment references among the strings of `j`.
void namedAttachments(const nlohmann::json& j, std::set<std::string>& out) {
    if (j.is_string()) {
        if (auto hash = attachmentHash(j.get_ref<const std::string&>())) out.insert(std::move(*hash));
    } else if (j.is_structured()) {
        for (const auto& item : j) namedAttachments(item, out);
    }
}

// The command's actor put a reference into a record when the record holds it after
// the command and the command's arguments name it.
Status writeReferenceAuthors(Database& db, const State& after, const Command& command, const Applied& applied) {
    std::vector<std::pair<std::string, std::string>> held; // (record key, hash)
    for (const auto& key : applied.changed)
        for (auto& hash : attachmentsOf(after, key)) held.emplace_back(key, std::move(hash));
    if (held.empty()) return Ok{};
    std::set<std::string> named;
    namedAttachments(commandToJson(command)["args"], named);
    for (const auto& [key, hash] : held)
        if (named.count(hash))
            if (auto s = addReferenceAuthor(db, key, hash, command.actor.id); !s) return s;
    return Ok{};
}

} // namespace

Result<PushResultRow> commitPushed(Database& db, State& state, const Command& command, const Context& ctx,
                                   std::string_view clientId, std::int64_t seq) {
    const StateExtras before = extrasOf(state);
    auto applied = apply(state, command, ctx);
    PushResultRow row{command.id, applied.ok(), applied ? std::string() : applied.error().key,
                      applied ? std::string() : applied.error().detail};
    auto store = [&]() -> Status {
        Transaction tx(db);
        if (auto s = tx.begun(); !s) return s;
        if (applied) {
            // Who gains or loses sight of a record is decided by its parties, and
            // only the records whose parties read a changed record can see theirs
            // move (core/access_change.h); the table still holds the changed rows as
            // they were, which gives the state before the command for comparing.
            auto access = pendingAccessChanges(db, state, applied->changed);
            if (!access) return access.error();
            if (auto s = writeCommandEffects(db, state, before, command, *applied, true); !s) return s;
            if (auto s = writeReferenceAuthors(db, state, command, *applied); !s) return s;
            if (auto s = logAccessChanges(db, *access); !s) return s;
        }
        if (!clientId.empty()) {
            if (auto s = setClientSeq(db, clientId, seq); !s) return s;
            if (auto s = insertPushResult(db, clientId, seq, row); !s) return s;
        }
        return tx.commit();
    };
    if (auto s = store(); !s) {
        if (applied)
            if (auto reloaded = loadState(db)) state = std::move(*reloaded);
        return s.error();
    }
    return row;
}

Status commitLocalBatch(Database& db, State& state, const std::vector<Command>& commands, const Context& ctx) {
    auto store = [&]() -> Status {
        Transaction tx(db);
        if (auto s = tx.begun(); !s) return s;
        for (const auto& command : commands) {
            const StateExtras before = extrasOf(state);
            auto applied = apply(state, command, ctx);
            if (!applied) return makeError(applied.error().key, command.id + ": " + applied.error().detail);
            auto access = pendingAccessChanges(db, state, applied->changed);
            if (!access) return access.error();
            if (auto s = writeCommandEffects(db, state, before, command, *applied, true); !s) return s;
            if (auto s = writeReferenceAuthors(db, state, command, *applied); !s) return s;
            if (auto s = logAccessChanges(db, *access); !s) return s;
        }
        return tx.commit();
    };
    if (auto s = store(); !s) {
        if (auto reloaded = loadState(db)) state = std::move(*reloaded);
        return s.error();
    }
    return Ok{};
}

Result<PushResultRow> refusePushed(Database& db, std::string_view clientId, std::int64_t seq, const std::string& commandId,
                                   const Error& why) {
    PushResultRow row{commandId, false, why.key, why.detail};
    Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    if (auto s = setClientSeq(db, clientId, seq); !s) return s.error();
    if (auto s = insertPushResult(db, clientId, seq, row); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return row;
}

} // namespace huicai::store
