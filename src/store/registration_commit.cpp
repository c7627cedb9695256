// Implements commitRegistration().
#include "store/registration_commit.h"

#include "store/change_feed.h"
#include "store/database.h"
#include "store/state_repo.h"
#include "store/statement.h"

namespace huicai::store {

Status commitRegistration(Database& db, State& state, const Command& command, const Context& ctx, const UserRow& user) {
    if (userByLogin(db, user.login)) return makeError("error.register.login_taken", user.login);
    const StateExtras before = extrasOf(state);
    auto applied = apply(state, command, ctx);
    if (!applied) return applied.error();
    auto store = [&]() -> Status {
        Transaction tx(db);
        if (auto s = tx.begun(); !s) return s;
        auto access = pendingAccessChanges(db, state, applied->changed);
        if (!access) return access.error();
        if (auto s = insertUser(db, user); !s) return s;
        if (auto s = writeCommandEffects(db, state, before, command, *applied, true); !s) return s;
        if (auto s = logAccessChanges(db, *access); !s) return s;
        return tx.commit();
    };
    if (auto s = store(); !s) {
        if (auto reloaded = loadState(db)) state = std::move(*reloaded);
        if (userByLogin(db, user.login)) return makeError("error.register.login_taken", user.login);
        return s.error();
    }
    return Ok{};
}

} // namespace huicai::store
