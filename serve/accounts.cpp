// Implements the password change and the account administration routes' work.
#include "accounts.h"

#include "admin_account.h"
#include "auth.h"
#include "responses.h"

#include "core/account_policy.h"
#include "core/name_text.h"
#include "store/database.h"
#include "store/registration_commit.h"
#include "store/server_repo.h"
#include "sync/admin.h"
#include "sync/registration.h"

#include <algorithm>

namespace huicai::serve {

namespace {

// The core's context at the server's date (its reference data outlive the call).
Context context(SyncService& sync) {
    return sync.reference().at(sync.today());
}

using nlohmann::json;

Status versionsOk(const sync::Versions& v) { return sync::checkVersions(v, store::currentSchemaVersion()); }

// A staff record's id: S-<10 hex>; an administrator's: ADMIN-<10 hex>.
std::string newAccountId(store::Database& db, const State& state, Role role) {
    const std::string prefix = role == Role::SystemAdmin ? "ADMIN-" : "S-";
    std::string id;
    do id = prefix + newToken().substr(0, 10);
    while (state.staff.count(id) || store::userById(db, id));
    return id;
}

} // namespace

int adminStatus(const Error& e) {
    static const std::map<std::string, int, std::less<>> kStatus = {
        {"error.admin.denied", 403},
        {"error.access.denied", 403},
        {"error.admin.unknown_account", 404},
        {"error.admin.login_taken", 409},
        {"error.admin.last_admin", 409},
        {"error.admin.self", 409},
        {"error.password.old_wrong", 403},
        {"error.register.login_format", 400},
        {"error.register.password_length", 400},
        {"error.register.password_common", 400},
        {"error.sync.field", 400},
        {"error.sync.bad_json", 400},
        {"error.import.too_large", 413},
        {"error.http.internal", 500},
    };
    if (auto it = kStatus.find(e.key); it != kStatus.end()) return it->second;
    if (e.key.rfind("error.store.", 0) == 0) return 500;
    return 422;
}

Reply changePassword(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now) {
    auto user = sync.userOf(authorization, now, SessionUse::PasswordChange);
    if (!user) return sync.error(SyncService::authStatus(user.error()), user.error());
    auto req = sync::decodePasswordChange(body);
    if (!req) return sync.error(400, req.error());
    if (auto v = versionsOk(req->versions); !v) return sync.error(versionStatus(v.error()), v.error());
    // Guesses at the old password through a stolen session count like sign-ins.
    auto& throttle = sync.throttles().loginByAccount;
    if (auto wait = throttle.admit(user->login, now); wait > 0) return sync.rateLimited(wait);
    const bool good = verifyPassword(user->passwordHash, req->oldPassword);
    throttle.done(user->login, now, !good);
    if (!good) return sync.error(403, makeError("error.password.old_wrong", ""));
    if (req->newPassword == req->oldPassword) return sync.error(422, makeError("error.password.same", ""));
    if (auto s = sync::checkNewPassword(req->newPassword, &sync.commonPasswords()); !s) return sync.error(400, s.error());
    auto hash = hashPassword(req->newPassword, sync.options().fastPasswords);
    if (!hash) return sync.error(500, makeError("error.http.internal", "password hash"));
    return sync.withState([&](store::Database& db, State&) -> Reply {
        // The session must still be valid, and the password the one just checked.
        auto again = sync.authenticate(db, authorization, now, SessionUse::PasswordChange);
        if (!again) return sync.error(SyncService::authStatus(again.error()), again.error());
        if (again->passwordHash != user->passwordHash) return sync.error(403, makeError("error.password.old_wrong", ""));
        if (auto s = store::setPassword(db, user->id, *hash, false); !s) return sync.error(500, s.error());
        // Whoever else held a session of the account (the one who knew the old
        // password) is signed out; this session goes on.
        if (auto s = store::deleteSessionsOf(db, user->id, tokenHash(bearerToken(authorization))); !s)
            return sync.error(500, s.error());
        return Reply{200, json{{"ok", true}}};
    });
}

Reply listAccounts(SyncService& sync, const std::string& authorization, std::int64_t now) {
    return sync.withState([&](store::Database& db, State& state) -> Reply {
        auto user = sync.authenticate(db, authorization, now);
        if (!user) return sync.error(SyncService::authStatus(user.error()), user.error());
        const Actor actor = user->actor();
        if (!managesAccounts(actor)) return sync.error(403, makeError("error.admin.denied", "accounts"));
        const auto signIns = store::lastSignIns(db);
        const Context ctx = context(sync);
        std::vector<sync::AccountEntry> out;
        for (const auto& u : store::allUsers(db)) {
            if (!mayManageAccount(actor, u.role, u.scope, state, ctx)) continue;
            auto last = signIns.find(u.id);
            out.push_back(sync::AccountEntry{u.id, u.login, u.displayName, u.role, u.scope, u.disabled, u.mustChange,
                                             last == signIns.end() ? 0 : last->second});
        }
        return Reply{200, json::parse(sync::encodeAccountList(out))};
    });
}

Reply createAccount(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now) {
    auto admin = sync.userOf(authorization, now);
    if (!admin) return sync.error(SyncService::authStatus(admin.error()), admin.error());
    if (!managesAccounts(admin->actor())) return sync.error(403, makeError("error.admin.denied", "accounts"));
    auto req = sync::decodeNewAccount(body);
    if (!req) return sync.error(400, req.error());
    if (auto v = versionsOk(req->versions); !v) return sync.error(versionStatus(v.error()), v.error());
    if (auto s = sync::checkNewLogin(req->login); !s) return sync.error(400, s.error());
    if (auto s = checkNameText(req->name); !s) return sync.error(422, s.error());
    const std::string password = oneTimePassword();
    auto hash = hashPassword(password, sync.options().fastPasswords);
    if (!hash) return sync.error(500, makeError("error.http.internal", "password hash"));
    return sync.withState([&](store::Database& db, State& state) -> Reply {
        auto user = sync.authenticate(db, authorization, now);
        if (!user) return sync.error(SyncService::authStatus(user.error()), user.error());
        if (auto s = mayCreateAccount(user->actor(), req->role, req->scope, state, context(sync)); !s)
            return sync.error(403, s.error());
        if (store::userByLogin(db, req->login)) return sync.error(409, makeError("error.admin.login_taken", req->login));
        const std::string id = newAccountId(db, state, req->role);
        store::UserRow row{id, req->login, *hash, req->role, req->scope, req->name, true, false};
        if (req->role == Role::SystemAdmin) {
            if (auto s = store::insertUser(db, row); !s) return sync.error(500, s.error());
        } else {
            const Command command{"account-" + id, user->actor(), RegisterSpecialist{id, req->name, req->role, req->scope}};
            if (auto s = store::commitRegistration(db, state, command, context(sync), row); !s) {
                Error e = s.error();
                if (e.key == "error.register.login_taken") e.key = "error.admin.login_taken";
                return sync.error(adminStatus(e), e);
            }
        }
        return Reply{200, json::parse(sync::encodeIssuedPassword({id, req->login, password}))};
    });
}

namespace {

// The account `id` when the actor may manage it; error.admin.unknown_account
// otherwise, for an account that exists but is not the actor's to manage too.
Result<store::UserRow> managedAccount(store::Database& db, const State& state, const Context& ctx, const Actor& actor,
                                      const std::string& id) {
    auto target = store::userById(db, id);
    if (!target || !mayManageAccount(actor, target->role, target->scope, state, ctx))
        return makeError("error.admin.unknown_account", id);
    return *target;
}

} // namespace

Reply resetAccount(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now) {
    auto admin = sync.userOf(authorization, now);
    if (!admin) return sync.error(SyncService::authStatus(admin.error()), admin.error());
    if (!managesAccounts(admin->actor())) return sync.error(403, makeError("error.admin.denied", "accounts"));
    auto req = sync::decodeAccountReset(body);
    if (!req) return sync.error(400, req.error());
    if (auto v = versionsOk(req->versions); !v) return sync.error(versionStatus(v.error()), v.error());
    if (req->id == admin->id) return sync.error(409, makeError("error.admin.self", req->id));
    const std::string password = oneTimePassword();
    auto hash = hashPassword(password, sync.options().fastPasswords);
    if (!hash) return sync.error(500, makeError("error.http.internal", "password hash"));
    return sync.withState([&](store::Database& db, State& state) -> Reply {
        auto user = sync.authenticate(db, authorization, now);
        if (!user) return sync.error(SyncService::authStatus(user.error()), user.error());
        auto target = managedAccount(db, state, context(sync), user->actor(), req->id);
        if (!target) return sync.error(404, target.error());
        if (auto s = store::setPassword(db, target->id, *hash, true); !s) return sync.error(500, s.error());
        if (auto s = store::deleteSessionsOf(db, target->id); !s) return sync.error(500, s.error());
        return Reply{200, json::parse(sync::encodeIssuedPassword({target->id, target->login, password}))};
    });
}

Reply disableAccount(SyncService& sync, const std::string& authorization, const std::string& body, std::int64_t now) {
    auto req = sync::decodeAccountDisable(body);
    return sync.withState([&](store::Database& db, State& state) -> Reply {
        auto user = sync.authenticate(db, authorization, now);
        if (!user) return sync.error(SyncService::authStatus(user.error()), user.error());
        if (!managesAccounts(user->actor())) return sync.error(403, makeError("error.admin.denied", "accounts"));
        if (!req) return sync.error(400, req.error());
        if (auto v = versionsOk(req->versions); !v) return sync.error(versionStatus(v.error()), v.error());
        auto target = managedAccount(db, state, context(sync), user->actor(), req->id);
        if (!target) return sync.error(404, target.error());
        if (req->disabled) {
            if (target->role == Role::SystemAdmin && !target->disabled && store::enabledAdminCount(db) <= 1)
                return sync.error(409, makeError("error.admin.last_admin", target->id));
            if (target->id == user->id) return sync.error(409, makeError("error.admin.self", target->id));
        }
        if (auto s = store::setDisabled(db, target->id, req->disabled); !s) return sync.error(500, s.error());
        if (req->disabled)
            if (auto s = store::deleteSessionsOf(db, target->id); !s) return sync.error(500, s.error());
        return Reply{200, json{{"ok", true}}};
    });
}

} // namespace huicai::serve
