// SyncService: the server's authority over the domain. It holds the State loaded
// from the database and the reference data, and answers the sync API:
//   login   POST /api/v1/session   -> token (random, stored hashed, expires) and
//           must_change_password; failures are throttled by client address and by
//           account name (throttle.h), an unknown login costs the same password
//           check as a known one, a disabled account is refused (403) only once its
//           password was right, and every sign-in is recorded (store sign_in)
//   logout  DELETE /api/v1/session
//   push    POST /api/v1/push      -> per command: applied / rejected (exactly once per client seq)
//   pull    POST /api/v1/pull      -> visible records changed after a cursor, in pages
//   reveal  POST /api/v1/reveal    -> a visible talent's unmasked identity number, audited
// Every call runs under the shared database's lock, so commands are applied one at
// a time in arrival order. Each call returns the HTTP status and JSON body; errors
// have the shape {"error":{"key","message","detail"}}. The message shapes are
// documented in src/sync/API.md.
#pragma once
#include "card_keys.h"
#include "message_table.h"
#include "options.h"
#include "shared_database.h"
#include "throttle.h"

#include "core/apply.h"
#include "data/reference.h"
#include "store/server_repo.h"
#include "sync/common_passwords.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace huicai::serve {

struct Reply {
    int status = 200;
    nlohmann::json body;
    std::int64_t retryAfter = 0; // seconds, sent as Retry-After when positive (a 429)
};

// What a session is used for: while an account holds a one-time password
// (must_change) its sessions serve only the password change and the sign-out.
enum class SessionUse {
    Work,
    PasswordChange
};

class SyncService {
public:
    // Also reads the common-password list (kCommonPasswordsFile unless
    // $HUICAI_COMMON_PASSWORDS names another file): error.serve.password_list.
    static Result<std::unique_ptr<SyncService>> open(SharedDatabase& db, const Options& options);

    // `address` is the client's, for the throttle of failed sign-ins.
    Reply login(const std::string& body, const std::string& address, std::int64_t now);
    Reply logout(const std::string& authorization);
    Reply push(const std::string& authorization, const std::string& body, std::int64_t now);
    Reply pull(const std::string& authorization, const std::string& body, std::int64_t now);
    Reply reveal(const std::string& authorization, const std::string& body, std::int64_t now);

    // Creates a user (the actor id is the user id). For seeding and tests.
    Status addUser(const store::UserRow& user, const std::string& password);
    // Applies a command as the server itself (seeding); no client, no outbox.
    Status applyLocal(const Command& command, Date at);
    // The date commands are applied at.
    Date today() const;
    // The Unix time the API answers at: the system clock unless setClock() gave
    // another (tests). Set it before the server runs.
    std::int64_t now() const;
    void setClock(std::function<std::int64_t()> clock) { m_clock = std::move(clock); }
    Throttles& throttles() { return m_throttles; }
    // The common passwords a new account may not use.
    const sync::CommonPasswords& commonPasswords() const { return m_commonPasswords; }
    const Reference& reference() const { return *m_ref; }
    SharedDatabase& database() { return m_db; }
    const Options& options() const { return m_options; }
    // Runs `f(db, state)` under the database lock (self-registration, registration.h).
    template <class F>
    auto withState(F&& f) {
        return m_db.with([&](store::Database& db) { return std::forward<F>(f)(db, m_state); });
    }

    Reply error(int status, const Error& e) const;
    // 429 error.session.rate_limited with Retry-After `seconds` (also the detail).
    Reply rateLimited(std::int64_t seconds) const;

    // The user of a valid bearer token (error.session.required / .invalid, a 401;
    // error.session.disabled, or error.session.password_change for Work while the
    // account must change its password, a 403: see authStatus()).
    Result<store::UserRow> userOf(const std::string& authorization, std::int64_t now, SessionUse use = SessionUse::Work);
    // The same under the database lock the caller holds (withState()).
    Result<store::UserRow> authenticate(store::Database& db, const std::string& authorization, std::int64_t now,
                                        SessionUse use = SessionUse::Work);
    // The HTTP status of an authentication error: 403 for a disabled account or a
    // password still to change, 401 otherwise.
    static int authStatus(const Error& e);
    // May `actor` see a record that references the attachment where an uploader of it
    // put the reference (core/attachment.h, store/file_repo.h)?
    bool attachmentVisible(const Actor& actor, std::string_view sha256);

private:
    SyncService(SharedDatabase& db, Options options, std::unique_ptr<Reference> ref, State state,
                sync::CommonPasswords common, std::string dummyHash, CardKeys keys);
    // Publishes the card keys and signs the cards that need it (card_signing.h).
    Status signCards(store::Database& db);

    SharedDatabase& m_db;
    Options m_options;
    std::unique_ptr<Reference> m_ref;
    MessageTable m_messages;
    State m_state; // guarded by m_db's lock
    sync::CommonPasswords m_commonPasswords;
    // A hash made at start with the parameters of real ones, checked against when the
    // login is unknown so that the answer takes as long as for a known login.
    std::string m_dummyHash;
    Throttles m_throttles;
    std::function<std::int64_t()> m_clock;
    CardKeys m_cardKeys;
};

// Where the common-password list is read from by default (tools/setup.sh puts it there).
extern const char* const kCommonPasswordsFile;

// "Bearer <token>" -> token; "" otherwise.
std::string bearerToken(const std::string& authorization);
// A talent record as JSON with id_number masked unless the actor's role needs it.
void maskRecord(nlohmann::json& record, std::string_view kind, const Actor& actor);

} // namespace huicai::serve
