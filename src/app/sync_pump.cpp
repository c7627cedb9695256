// Implements the sync pump's state machine over the store's replica operations.
#include "app/sync_pump.h"

#include "app/session.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/replica.h"
#include "sync/answers.h"
#include "sync/protocol.h"
#include "sync/endpoints.h"

#include <algorithm>
#include <utility>

namespace huicai::app {

const char* syncPhaseName(SyncPhase phase) {
    switch (phase) {
    case SyncPhase::Idle: return "idle";
    case SyncPhase::Pushing: return "pushing";
    case SyncPhase::Pulling: return "pulling";
    case SyncPhase::Waiting: return "waiting";
    case SyncPhase::SignedOut: return "signed_out";
    case SyncPhase::Stale: return "stale";
    case SyncPhase::Stopped: return "stopped";
    }
    return "idle";
}

void SyncPump::kick() {
    m_wanted = true;
    if (m_progress.phase == SyncPhase::Waiting || m_progress.phase == SyncPhase::Stopped) {
        m_progress.phase = SyncPhase::Idle;
        m_progress.retryAtMs = 0;
    }
}

void SyncPump::reset() { *this = SyncPump(); }

std::int64_t SyncPump::wakeAtMs() const {
    return m_progress.phase == SyncPhase::Waiting ? m_progress.retryAtMs : -1;
}

std::optional<HttpCall> SyncPump::next(store::Database& db, const std::string& clientId, std::int64_t nowMs, bool outboxDurable) {
    if (m_inFlight) return std::nullopt;
    switch (m_progress.phase) {
    case SyncPhase::SignedOut:
    case SyncPhase::Stale:
    case SyncPhase::Stopped: return std::nullopt;
    case SyncPhase::Waiting:
        if (nowMs < m_progress.retryAtMs) return std::nullopt;
        break;
    default: break;
    }
    if (!m_running) {
        if (!m_wanted) return std::nullopt;
        m_wanted = false;
        m_running = true;
        m_progress.pushedInRun = m_progress.rejectedInRun = m_progress.pagesInRun = m_progress.recordsInRun = 0;
    }
    auto push = store::pushRequest(db, clientId, kPushBatch);
    if (!push) {
        fail(push.error(), SyncPhase::Stopped, nowMs);
        return std::nullopt;
    }
    if (!push->commands.empty() && !outboxDurable) return std::nullopt; // asked again once saved
    m_inFlight = true;
    if (!push->commands.empty()) {
        m_progress.phase = SyncPhase::Pushing;
        return HttpCall{"POST", sync::endpoint::kPush, sync::encodePush(*push)};
    }
    m_progress.phase = SyncPhase::Pulling;
    const sync::PullRequest pull{push->versions, store::replicaCursor(db), kPullPage};
    return HttpCall{"POST", sync::endpoint::kPull, sync::encodePull(pull)};
}

void SyncPump::fail(const Error& e, SyncPhase phase, std::int64_t nowMs) {
    m_inFlight = false;
    m_progress.lastError = e;
    m_progress.phase = phase;
    if (phase == SyncPhase::Waiting) {
        ++m_progress.failures;
        const int shift = std::min(m_progress.failures - 1, 5);
        m_progress.retryAtMs = nowMs + std::min<std::int64_t>(std::int64_t{1000} << shift, kMaxBackoffMs);
    } else {
        m_running = false; // a stop ends the run; kick() starts a new one
        if (phase == SyncPhase::Stopped) m_wanted = false;
    }
}

void SyncPump::answer(store::Database& db, State& state, const Context& ctx, int status, const std::string& body,
                      std::int64_t nowMs) {
    if (!m_inFlight) return;
    const bool pushing = m_progress.phase == SyncPhase::Pushing;
    if (status == 0 || status >= 500) return fail(answerError(status, body), SyncPhase::Waiting, nowMs);
    if (status == 401) return fail(answerError(status, body), SyncPhase::SignedOut, nowMs);
    if (status == 409 || status == 426) return fail(answerError(status, body), SyncPhase::Stale, nowMs);
    if (status != 200) return fail(answerError(status, body), SyncPhase::Stopped, nowMs);
    // A body cut short in transit is tried again; one of the wrong shape is not.
    const auto cutShort = [](const Error& e) { return e.key == "error.sync.bad_json"; };
    if (pushing) {
        auto pushed = sync::decodePushAnswer(body);
        if (!pushed && cutShort(pushed.error())) return fail(pushed.error(), SyncPhase::Waiting, nowMs);
        m_inFlight = false;
        m_progress.failures = 0;
        if (!pushed) return fail(pushed.error(), SyncPhase::Stopped, nowMs);
        if (auto s = store::applyPushAnswer(db, *pushed); !s) return fail(s.error(), SyncPhase::Stopped, nowMs);
        m_written = true;
        for (const auto& r : pushed->results) {
            ++m_progress.pushedInRun;
            if (!r.applied) ++m_progress.rejectedInRun;
        }
        m_changed = true;
        return; // the next call pushes what is left, then pulls
    }
    auto page = sync::decodePullPageText(body); // its records are stored as they came
    if (!page && cutShort(page.error())) return fail(page.error(), SyncPhase::Waiting, nowMs);
    m_inFlight = false;
    m_progress.failures = 0;
    if (!page) return fail(page.error(), SyncPhase::Stopped, nowMs);
    auto more = store::applyPullPage(db, *page);
    if (!more) return fail(more.error(), SyncPhase::Stopped, nowMs);
    m_written = true;
    ++m_progress.pagesInRun;
    m_progress.recordsInRun += static_cast<int>(page->changes.size());
    if (*more) return; // the next call pulls the next page
    // The last page: rebase only when something came or something is pending.
    auto rebased = store::rebase(db, ctx);
    if (!rebased) return fail(rebased.error(), SyncPhase::Stopped, nowMs);
    if (!(*rebased == state)) {
        state = std::move(*rebased);
        m_changed = true;
    }
    m_running = false;
    m_progress.phase = SyncPhase::Idle;
    m_progress.lastError.reset();
    m_progress.lastSyncMs = nowMs;
    ++m_progress.runs;
}

} // namespace huicai::app
