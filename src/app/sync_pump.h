// SyncPump: the browser's side of sync as a state machine without I/O or clock. The
// app asks it for the next HTTP call, makes the call, and hands the answer back; the
// pump pushes the pending outbox (in batches), then pulls pages from the cursor until
// none is left, then rebases the state (the server's rows with the still-pending
// commands on top). A failure to reach the server, or a 5xx, is retried after a
// backoff of 1, 2, 4 … 30 seconds; 401 means signed out, 409/426 that the page must
// reload; another 4xx stops until the user asks again. Times are milliseconds the
// caller passes in. The wire shapes are src/sync/API.md.
#pragma once
#include "core/apply.h"
#include "core/result.h"

#include <cstdint>
#include <optional>
#include <string>

namespace huicai::store {
class Database;
}

namespace huicai::app {

struct HttpCall {
    std::string method; // "POST"
    std::string path;   // "/api/v1/push"
    std::string body;
};

enum class SyncPhase {
    Idle,      // nothing to do, or done
    Pushing,   // a push is in flight
    Pulling,   // a pull page is in flight
    Waiting,   // the last call failed: retry at retryAtMs
    SignedOut, // the token was refused: sign in again
    Stale,     // protocol or schema differ: reload the page
    Stopped,   // refused with another 4xx: waits for kick()
};

// "idle", "pushing", … for the test map's window.huicai.sync().
const char* syncPhaseName(SyncPhase phase);

struct SyncProgress {
    SyncPhase phase = SyncPhase::Idle;
    int pushedInRun = 0; // commands the server answered in this run
    int rejectedInRun = 0;
    int pagesInRun = 0; // pull pages applied in this run
    int recordsInRun = 0;
    int failures = 0; // failed calls in a row
    std::int64_t retryAtMs = 0;
    std::int64_t lastSyncMs = 0; // when a run last completed
    int runs = 0;                // runs completed since the sign-in
    std::optional<Error> lastError;
};

class SyncPump {
public:
    static constexpr std::size_t kPushBatch = 100;
    static constexpr int kPullPage = 500;
    static constexpr std::int64_t kMaxBackoffMs = 30'000;

    // Ask for a run soon: a local change, back online, the user's "sync now". Ends a
    // wait for a retry and a stop; a signed-out or stale pump stays so.
    void kick();
    // After a new sign-in: forget everything of the previous session.
    void reset();
    // The call to make now, or nothing (one in flight, idle, waiting, stopped). While the
    // outbox is not yet durable (`outboxDurable` false: the browser is still saving the
    // commit), a push waits: a command is never sent before it is kept locally.
    std::optional<HttpCall> next(store::Database& db, const std::string& clientId, std::int64_t nowMs, bool outboxDurable = true);
    // The answer to the call next() gave (status 0: no answer at all). Writes what it
    // brings into `db`; after the last pull page `state` is replaced by the rebase.
    void answer(store::Database& db, State& state, const Context& ctx, int status, const std::string& body,
                std::int64_t nowMs);

    const SyncProgress& progress() const { return m_progress; }
    bool inFlight() const { return m_inFlight; }
    // The time a waiting pump wants to be asked again, or -1.
    std::int64_t wakeAtMs() const;
    // True once after an answer changed `state` or the outbox.
    bool takeChanged() { return std::exchange(m_changed, false); }
    // True once after an answer wrote to the database, whether or not `state` changed
    // (a pull page that brings back what the replica showed still moves its records
    // and cursor): the page must save the database again.
    bool takeWritten() { return std::exchange(m_written, false); }

private:
    void fail(const Error& e, SyncPhase phase, std::int64_t nowMs);

    SyncProgress m_progress;
    bool m_wanted = false;  // a run was asked for
    bool m_running = false; // a run is under way (push and pull until done)
    bool m_inFlight = false;
    bool m_changed = false;
    bool m_written = false;
};

} // namespace huicai::app
