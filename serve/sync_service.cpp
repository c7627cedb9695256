// Implements SyncService: authentication, push with exactly-once per client
// sequence, pull filtered by the core's access policy with identifiers masked and
// tombstones for records an actor lost sight of (store/change_feed.h).
#include "sync_service.h"

#include "auth.h"
#include "responses.h"
#include "card_signing.h"

#include "core/access.h"
#include "core/attachment.h"
#include "data/asset_files.h"
#include "data/command_json.h"
#include "data/reference.h"
#include "store/change_feed.h"
#include "store/database.h"
#include "store/file_repo.h"
#include "store/server_commit.h"
#include "store/state_repo.h"
#include "sync/answers.h"
#include "sync/protocol.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <set>

namespace huicai::serve {

namespace {

using nlohmann::json;

constexpr int kMaxPullBatches = 10;

bool needsIdentifiers(const Actor& actor, std::string_view kind, std::string_view id) {
    if (actor.role == Role::WindowSpecialist || actor.role == Role::SystemAdmin) return true;
    return actor.role == Role::Talent && kind == "talent" && id == actor.id;
}

Result<sync::CommonPasswords> loadCommonPasswords() {
    const char* env = std::getenv("HUICAI_COMMON_PASSWORDS");
    const std::string path = env && *env ? env : kCommonPasswordsFile;
    auto text = readTextFile(path);
    if (!text) return makeError("error.serve.password_list", path);
    auto list = sync::CommonPasswords::parse(*text, path);
    if (!list) return makeError("error.serve.password_list", path);
    return list;
}

} // namespace

#ifndef HUICAI_COMMON_PASSWORDS_FILE
#define HUICAI_COMMON_PASSWORDS_FILE "common-passwords.json"
#endif
const char* const kCommonPasswordsFile = HUICAI_COMMON_PASSWORDS_FILE;

std::string bearerToken(const std::string& authorization) {
    constexpr std::string_view prefix = "Bearer ";
    if (authorization.size() <= prefix.size() || authorization.compare(0, prefix.size(), prefix) != 0) return {};
    return authorization.substr(prefix.size());
}

void maskRecord(json& record, std::string_view kind, const Actor& actor) {
    if (kind != "talent" || !record.is_object()) return;
    auto id = record.find("id");
    if (id != record.end() && id->is_string() && needsIdentifiers(actor, kind, id->get_ref<const std::string&>())) return;
    auto number = record.find("id_number");
    if (number == record.end() || !number->is_string()) return;
    std::string s = number->get<std::string>();
    for (std::size_t i = 0; i < s.size(); ++i)
        if (i >= 3 && i + 2 < s.size()) s[i] = '*';
    *number = s;
}

Result<std::unique_ptr<SyncService>> SyncService::open(SharedDatabase& db, const Options& options) {
    if (!initCrypto()) return makeError("error.http.internal", "libsodium");
    auto loaded = loadReference(assetsDir());
    if (!loaded) return loaded.error();
    auto ref = std::make_unique<Reference>(std::move(*loaded));
    auto common = loadCommonPasswords();
    if (!common) return common.error();
    auto dummy = hashPassword(newToken(), options.fastPasswords);
    if (!dummy) return makeError("error.http.internal", "password hash");
    auto state = db.with([](store::Database& d) { return store::loadState(d); });
    if (!state) return state.error();
    auto keys = CardKeys::open(options.data, options.rotateCardKey);
    if (!keys) return keys.error();
    if (!options.withdrawCardKey.empty() && options.withdrawCardKey == keys->currentId())
        return makeError("error.serve.card_key_current", options.withdrawCardKey);
    std::unique_ptr<SyncService> sync(new SyncService(db, options, std::move(ref), std::move(*state), std::move(*common),
                                                      std::move(*dummy), std::move(*keys)));
    if (auto s = db.with([&](store::Database& d) { return sync->signCards(d); }); !s) return s.error();
    return sync;
}

SyncService::SyncService(SharedDatabase& db, Options options, std::unique_ptr<Reference> ref, State state,
                         sync::CommonPasswords common, std::string dummyHash, CardKeys keys)
    : m_db(db), m_options(std::move(options)), m_ref(std::move(ref)),
      m_messages(MessageTable::load(assetPath("i18n"))), m_state(std::move(state)),
      m_commonPasswords(std::move(common)), m_dummyHash(std::move(dummyHash)), m_cardKeys(std::move(keys)) {}

Status SyncService::signCards(store::Database& db) {
    const Context ctx = m_ref->at(today());
    for (const auto& command : cardSigningCommands(m_state, m_cardKeys, m_options.withdrawCardKey)) {
        auto r = store::commitPushed(db, m_state, command, ctx, {}, 0);
        if (!r) return r.error();
    }
    return Ok{};
}

std::int64_t SyncService::now() const {
    return m_clock ? m_clock() : static_cast<std::int64_t>(std::time(nullptr));
}

Date SyncService::today() const {
    if (!m_options.today.empty())
        if (auto d = Date::parse(m_options.today)) return *d;
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    return Date::fromYmd({local.tm_year + 1900, local.tm_mon + 1, local.tm_mday});
}

Reply SyncService::error(int status, const Error& e) const {
    return Reply{status, sync::errorAnswerJson({sync::WireError{e.key, m_messages.text(e), e.detail}, std::nullopt})};
}

Reply SyncService::rateLimited(std::int64_t seconds) const {
    Reply r = error(429, makeError("error.session.rate_limited", std::to_string(seconds)));
    r.retryAfter = seconds;
    return r;
}

Result<store::UserRow> SyncService::authenticate(store::Database& db, const std::string& authorization, std::int64_t now,
                                                 SessionUse use) {
    const std::string token = bearerToken(authorization);
    if (token.empty()) return makeError("error.session.required", "Authorization: Bearer");
    auto userId = store::sessionUser(db, tokenHash(token), now);
    if (!userId) return makeError("error.session.invalid", "token");
    auto user = store::userById(db, *userId);
    if (!user) return makeError("error.session.invalid", "user");
    if (user->disabled) return makeError("error.session.disabled", user->login);
    if (user->mustChange && use != SessionUse::PasswordChange) return makeError("error.session.password_change", user->login);
    return *user;
}

Result<store::UserRow> SyncService::userOf(const std::string& authorization, std::int64_t now, SessionUse use) {
    return m_db.with([&](store::Database& db) { return authenticate(db, authorization, now, use); });
}

int SyncService::authStatus(const Error& e) {
    return e.key == "error.session.disabled" || e.key == "error.session.password_change" ? 403 : 401;
}

bool SyncService::attachmentVisible(const Actor& actor, std::string_view sha256) {
    return m_db.with([&](store::Database& db) {
        return huicai::attachmentVisible(actor, sha256, m_state, m_ref->regions,
                                         [&](const std::string& key) { return store::referenceVouched(db, key, sha256); });
    });
}

Status SyncService::addUser(const store::UserRow& user, const std::string& password) {
    auto hash = hashPassword(password, m_options.fastPasswords);
    if (!hash) return makeError("error.http.internal", "password hash");
    store::UserRow row = user;
    row.passwordHash = *hash;
    return m_db.with([&](store::Database& db) { return store::insertUser(db, row); });
}

Status SyncService::applyLocal(const Command& command, Date at) {
    return m_db.with([&](store::Database& db) -> Status {
        const Context ctx = m_ref->at(at);
        auto r = store::commitPushed(db, m_state, command, ctx, {}, 0);
        if (!r) return r.error();
        if (!r->applied) return makeError(r->errorKey, command.id + ": " + r->errorDetail);
        if (std::holds_alternative<IssueCard>(command.payload)) return signCards(db);
        return Ok{};
    });
}

Reply SyncService::login(const std::string& body, const std::string& address, std::int64_t now) {
    auto req = sync::decodeLogin(body);
    if (!req) return error(400, req.error());
    const int schema = store::currentSchemaVersion();
    if (auto v = sync::checkVersions(req->versions, schema); !v) return error(versionStatus(v.error()), v.error());
    // Failures are counted by address (many accounts tried from one place) and by
    // account name, known or not (one account tried from many places); neither is
    // a lockout, and the account's delays stay short so the owner can still sign in.
    const std::string from = addressKey(address);
    if (auto wait = m_throttles.loginByAddress.admit(from, now); wait > 0) return rateLimited(wait);
    if (auto wait = m_throttles.loginByAccount.admit(req->login, now); wait > 0) {
        m_throttles.loginByAddress.done(from, now, false);
        return rateLimited(wait);
    }
    auto user = m_db.with([&](store::Database& db) { return store::userByLogin(db, req->login); });
    // The costly hash check runs outside the lock, for an unknown login too.
    const bool good = verifyPassword(user ? user->passwordHash : m_dummyHash, req->password) && user.has_value();
    m_throttles.loginByAddress.done(from, now, !good);
    m_throttles.loginByAccount.done(req->login, now, !good, good);
    if (!good) return error(401, makeError("error.session.bad_login", req->login));
    return m_db.with([&](store::Database& db) -> Reply {
        // Read again under the lock: an administrator may have disabled the account
        // or reset its password while the hash was checked.
        auto u = store::userById(db, user->id);
        if (!u || u->passwordHash != user->passwordHash) return error(401, makeError("error.session.bad_login", req->login));
        // Said only to one who knows the password, so it tells nobody else the account exists.
        if (u->disabled) return error(403, makeError("error.session.disabled", u->login));
        const std::string token = newToken();
        const std::int64_t expires = now + m_options.sessionTtl;
        if (auto s = store::insertSession(db, tokenHash(token), u->id, expires); !s) return error(500, s.error());
        if (auto s = store::recordSignIn(db, u->id, now, address); !s) return error(500, s.error());
        return Reply{200, sync::sessionAnswerJson(sync::SessionAnswer{
                              token, expires, sync::Versions{sync::kProtocolVersion, schema}, u->mustChange,
                              sync::SessionUser{u->id, u->login, u->role, u->scope, u->displayName}})};
    });
}

Reply SyncService::logout(const std::string& authorization) {
    const std::string token = bearerToken(authorization);
    if (token.empty()) return error(401, makeError("error.session.required", "Authorization: Bearer"));
    return m_db.with([&](store::Database& db) -> Reply {
        auto user = store::sessionUser(db, tokenHash(token), 0);
        if (!user) return error(401, makeError("error.session.invalid", "token"));
        if (auto s = store::deleteSession(db, tokenHash(token)); !s) return error(500, s.error());
        return Reply{200, json{{"ok", true}}};
    });
}

Reply SyncService::push(const std::string& authorization, const std::string& body, std::int64_t now) {
    return m_db.with([&](store::Database& db) -> Reply {
        auto user = authenticate(db, authorization, now);
        if (!user) return error(authStatus(user.error()), user.error());
        auto req = sync::decodePush(body);
        if (!req) return error(req.error().key == "error.command.unknown" ? 422 : 400, req.error());
        const int schema = store::currentSchemaVersion();
        if (auto v = sync::checkVersions(req->versions, schema); !v) return error(versionStatus(v.error()), v.error());
        const Actor actor = user->actor();
        for (const auto& item : req->commands) {
            if (!(item.command.actor == actor))
                return error(403, makeError("error.sync.actor_mismatch", "seq " + std::to_string(item.seq)));
            if (serverOnlyCommand(commandName(item.command.payload)))
                return error(403, makeError("error.sync.server_only", "seq " + std::to_string(item.seq)));
        }
        auto client = store::clientById(db, req->clientId);
        if (client && client->userId != user->id) return error(403, makeError("error.sync.client_forged", req->clientId));
        if (!client) {
            if (auto s = store::insertClient(db, req->clientId, user->id); !s) return error(500, s.error());
            client = store::ClientRow{user->id, 0};
        }
        const Context ctx = m_ref->at(today());
        sync::PushAnswer answer{sync::Versions{sync::kProtocolVersion, schema}, client->lastSeq, 0, {}};
        std::int64_t& last = answer.lastSeq;
        for (const auto& item : req->commands) {
            sync::PushResult r{item.seq, item.command.id, false, false, std::nullopt};
            std::optional<store::PushResultRow> row;
            if (item.seq <= last) {
                row = store::pushResult(db, req->clientId, item.seq);
                r.repeated = true;
                if (!row) row = store::PushResultRow{item.command.id, false, "error.sync.field", "seq " + std::to_string(item.seq) + ": passed"};
            } else if (const auto expected = sync::pushedCommandId(req->clientId, item.seq); item.command.id != expected) {
                // Command ids are the client's own: "<client id>-<seq>" under a client id bound to this user.
                auto refused = store::refusePushed(db, req->clientId, item.seq, item.command.id,
                                                   makeError("error.sync.command_id", "seq " + std::to_string(item.seq) + ": " + expected));
                if (!refused) return error(500, refused.error());
                row = *refused;
                last = item.seq;
            } else {
                auto committed = store::commitPushed(db, m_state, item.command, ctx, req->clientId, item.seq);
                if (!committed) return error(500, committed.error());
                row = *committed;
                if (row->applied && std::holds_alternative<IssueCard>(item.command.payload))
                    if (auto s = signCards(db); !s) return error(500, s.error());
                last = item.seq;
            }
            r.applied = row->applied;
            if (!row->applied) {
                const Error e{row->errorKey, row->errorDetail};
                r.error = sync::WireError{e.key, m_messages.text(e), e.detail};
            }
            answer.results.push_back(std::move(r));
        }
        answer.serverSeq = store::lastChangeSeq(db);
        return Reply{200, sync::pushAnswerJson(answer)};
    });
}

Reply SyncService::pull(const std::string& authorization, const std::string& body, std::int64_t now) {
    return m_db.with([&](store::Database& db) -> Reply {
        auto user = authenticate(db, authorization, now);
        if (!user) return error(authStatus(user.error()), user.error());
        auto req = sync::decodePull(body);
        if (!req) return error(400, req.error());
        const int schema = store::currentSchemaVersion();
        if (auto v = sync::checkVersions(req->versions, schema); !v) return error(versionStatus(v.error()), v.error());
        const Actor actor = user->actor();
        sync::PullPage page{sync::Versions{sync::kProtocolVersion, schema}, req->cursor, false, {}};
        auto& changes = page.changes;
        std::int64_t& cursor = page.cursor;
        bool& more = page.more;
        std::set<std::string> dropped; // tombstones already in this answer
        for (int batch = 0; batch < kMaxPullBatches; ++batch) {
            auto rows = store::feedAfter(db, cursor, req->limit);
            if (!rows) return error(500, rows.error());
            more = static_cast<int>(rows->size()) == req->limit;
            for (const auto& row : *rows) {
                if (static_cast<int>(changes.size()) == req->limit) {
                    more = true;
                    break;
                }
                cursor = row.seq;
                const std::string key = recordKey(row.kind, row.id);
                if (visible(actor, key, m_state, m_ref->regions)) {
                    // Sent once, at its latest entry, whatever moved it into sight.
                    if (!row.latest) continue;
                    json record = json::parse(row.body, nullptr, false);
                    if (record.is_discarded()) continue;
                    maskRecord(record, row.kind, actor);
                    changes.push_back(sync::PullChange{row.seq, row.kind, row.id, std::move(record)});
                } else if (!row.parties.empty() && !dropped.count(key)) {
                    // Out of sight now: a tombstone only for an actor who saw it before
                    // this entry, so nobody learns of a record they never could see.
                    auto before = store::partiesFromJson(row.parties);
                    if (!before || !visibleTo(actor, *before, m_ref->regions)) continue;
                    dropped.insert(key);
                    changes.push_back(sync::PullChange{row.seq, row.kind, row.id, nullptr});
                }
            }
            if (!more || static_cast<int>(changes.size()) == req->limit) break;
        }
        return Reply{200, sync::pullPageJson(std::move(page))};
    });
}

Reply SyncService::reveal(const std::string& authorization, const std::string& body, std::int64_t now) {
    return m_db.with([&](store::Database& db) -> Reply {
        auto user = authenticate(db, authorization, now);
        if (!user) return error(authStatus(user.error()), user.error());
        auto req = sync::decodeReveal(body);
        if (!req) return error(400, req.error());
        const int schema = store::currentSchemaVersion();
        if (auto v = sync::checkVersions(req->versions, schema); !v) return error(versionStatus(v.error()), v.error());
        const Actor actor = user->actor();
        const std::string key = recordKey("talent", req->talent);
        // The same answer for a record that does not exist: nothing leaks.
        if (!visible(actor, key, m_state, m_ref->regions)) return error(404, makeError("error.sync.not_visible", key));
        AuditEntry entry{"reveal-" + newToken().substr(0, 24), actor.id, actor.role, "RevealIdentifier", today(), {key}};
        if (auto s = store::appendAudit(db, entry); !s) return error(500, s.error());
        const auto& t = m_state.talents.find(req->talent)->second;
        return Reply{200, sync::revealAnswerJson(sync::RevealAnswer{t.id, t.idType, t.idNumber, entry.commandId})};
    });
}

} // namespace huicai::serve
