// Implements App's server mode: signing in and out (the session kept in huicai.db's
// settings), the signed-in user's replica (replica-<user>.db, so that two users of
// one browser never see each other's records or outbox), commands applied at once
// and queued in the outbox, and the tick that drives the sync pump from HTTP replies
// and timers outside the frame loop, asking for frames only when something shows.
#include "app/app.h"

#include "data/command_json.h"
#include "platform/platform.h"
#include "store/outbox.h"
#include "store/replica.h"
#include "sync/protocol.h"
#include "sync/endpoints.h"

#include <nlohmann/json.hpp>

namespace huicai::app {

namespace {

constexpr const char* kSessionKey = "session";
constexpr std::int64_t kBackgroundPullMs = 30'000;
// How long a command waits for its local save before it is sent anyway.
constexpr std::int64_t kSaveWaitMs = 5'000;

bool quietPhase(SyncPhase p) { return p == SyncPhase::Idle || p == SyncPhase::Pulling || p == SyncPhase::Pushing; }

} // namespace

void App::restoreSession() {
    if (!m_db) return;
    auto text = m_db->setting(kSessionKey);
    if (!text) return;
    auto session = sessionFromJson(*text);
    if (!session) return;
    m_state.work.session = std::move(*session);
    platform::setTickHandler([this] { tick(); });
}

bool App::enterServer() {
    Workspace& d = m_state.work;
    if (!d.session.valid()) return false;
    if (d.session.mustChangePassword) return true; // nothing loads before #/password is done
    if (d.mode == WorkMode::Server && d.loaded) return true;
    d.mode = WorkMode::Server;
    d.active = true;
    d.loaded = false;
    d.loadError.clear();
    d.error.clear();
    d.errorAt = 0;
    d.done.clear();
    d.nameLoaded = false;
    if (!loadReference()) return true; // the screens show why
    auto today = Date::parse(platform::localDateIso());
    d.today = today ? *today : Date{};
    m_replica.reset();
    if (m_state.db != DbState::Unavailable) {
        auto db = store::Database::open(platform::dataDir() + "/replica-" + fileSafe(d.session.actor.id) + ".db");
        if (db) m_replica.emplace(std::move(*db));
    }
    if (!m_replica) {
        d.loadError = "error.store.sqlite";
        d.loadErrorDetail = "replica";
        return true;
    }
    m_clientId = store::replicaClientId(*m_replica, "c-" + platform::randomHex(12));
    d.idTag = m_clientId.substr(2, 6);
    auto state = store::rebase(*m_replica, m_state.workContext());
    if (!state) {
        d.loadError = state.error().key;
        d.loadErrorDetail = state.error().detail;
        return true;
    }
    d.state = std::move(*state);
    d.loaded = true;
    d.persisted = !m_state.readOnly;
    refreshOutbox();
    m_pump.reset();
    m_pump.kick();
    platform::setTickHandler([this] { tick(); });
    tick();
    return true;
}

void App::signIn(const std::string& login, const std::string& password) {
    auto& f = m_state.loginForm;
    if (f.busy) return;
    f.busy = true;
    f.error.clear();
    f.errorDetail.clear();
    platform::setTickHandler([this] { tick(); });
    m_signInCall = platform::httpSend("POST", sync::endpoint::kSession, loginRequestBody(login, password, store::currentSchemaVersion()), "");
}

void App::onSignInReply(int status, const std::string& body) {
    auto& f = m_state.loginForm;
    f.busy = false;
    auto session = status == 200 ? parseLoginAnswer(body) : Result<Session>(answerError(status, body));
    if (!session) {
        f.error = session.error().key;
        f.errorDetail = session.error().detail;
        return;
    }
    f.password.clear();
    startSession(std::move(*session));
}

void App::startSession(Session session) {
    Workspace& d = m_state.work;
    if (!(session.actor == d.session.actor)) { // nothing typed is left for the next user
        m_state.console = ConsoleState{};
        d.clearForms();
    }
    d.session = std::move(session);
    d.mode = WorkMode::None;
    d.loaded = false;
    if (m_db && !m_state.readOnly && m_db->setSetting(kSessionKey, sessionToJson(d.session))) persist();
    platform::requestPersistence(); // someone who signs in keeps work here: asked to be kept for good
    enterServer();
    setRoute(Route{d.session.mustChangePassword ? Screen::Password : homeScreenOf(d.actor()), {}}, true);
}

void App::signOut() {
    Workspace& d = m_state.work;
    if (d.session.valid()) platform::httpSend("DELETE", sync::endpoint::kSession, "", d.session.token);
    d.session = Session{};
    if (m_db && !m_state.readOnly && m_db->setSetting(kSessionKey, "")) persist();
    m_replica.reset();
    m_pump.reset();
    m_pumpCall = 0;
    d.mode = WorkMode::None;
    d.loaded = false;
    d.outbox.clear();
    m_state.pendingChanges = m_state.rejectedChanges = 0;
    m_state.attach = AttachState{}; // the next user sees none of these files
    m_attachCalls.clear();
    m_state.console = ConsoleState{};
    m_consoleCalls.clear();
    d.clearForms();
    setRoute(Route{Screen::Login, {}}, true);
}

void App::tick() {
    Workspace& d = m_state.work;
    const std::int64_t now = platform::nowMs();
    const SyncPhase before = m_pump.progress().phase;
    bool show = false;
    for (const auto& reply : platform::takeHttpReplies()) {
        if (reply.id == m_signInCall) {
            m_signInCall = 0;
            onSignInReply(reply.status, reply.body);
            show = true;
        } else if (registrationReply(reply.id, reply.status, reply.body) || consoleReply(reply.id, reply.status, reply.body)) {
            show = true;
        } else if (reply.id == m_pumpCall && m_pumpCall != 0) {
            m_pumpCall = 0;
            if (!m_replica || !d.server()) continue;
            m_pump.answer(*m_replica, d.state, m_state.workContext(), reply.status, reply.body, now);
            const bool written = m_pump.takeWritten();
            if (m_pump.takeChanged()) {
                replicaChanged();
                show = true;
            } else if (written) {
                persist(); // the same state, but the records and cursor it rests on moved
            }
        } else if (attachmentReply(reply)) {
            show = true;
        }
    }
    if (d.server() && m_replica && d.session.valid()) {
        const auto& p = m_pump.progress();
        if (p.phase == SyncPhase::Idle && !m_pump.inFlight() && now - p.lastSyncMs >= kBackgroundPullMs) m_pump.kick();
        // A command waits for its local save; a save that has not ended within kSaveWaitMs
        // (a browser stalled under load) no longer holds it: the server keeps it then.
        const bool saving = m_state.db == DbState::Saving && now - m_savingSinceMs < kSaveWaitMs;
        if (auto call = m_pump.next(*m_replica, m_clientId, now, !saving))
            m_pumpCall = platform::httpSend(call->method, call->path, call->body, d.session.token);
        else if (saving)
            platform::wakeAfter(static_cast<int>(m_savingSinceMs + kSaveWaitMs - now));
        if (const std::int64_t at = m_pump.wakeAtMs(); at >= 0) platform::wakeAfter(static_cast<int>(std::max<std::int64_t>(at - now, 0)));
    }
    d.sync = m_pump.progress();
    const SyncPhase after = d.sync.phase;
    if (after != before && !(quietPhase(after) && quietPhase(before) && m_state.pendingChanges == 0)) show = true;
    if (show) {
        ++d.version; // a sign-in may have loaded another replica
        platform::requestFrames(3);
    }
}

void App::replicaChanged() {
    ++m_state.work.version;
    refreshOutbox();
    m_state.work.nameLoaded = false;
    persist();
}

void App::refreshOutbox() {
    Workspace& d = m_state.work;
    d.outbox.clear();
    m_state.pendingChanges = m_state.rejectedChanges = 0;
    if (!m_replica) return;
    if (auto entries = store::outboxEntries(*m_replica, false)) d.outbox = std::move(*entries);
    for (const auto& e : d.outbox) ++(e.rejected ? m_state.rejectedChanges : m_state.pendingChanges);
    d.nextSeq = store::nextOutboxSeq(*m_replica);
}

bool App::runServerCommand(const Payload& payload) {
    Workspace& d = m_state.work;
    const Actor* actor = d.actor();
    if (!d.loaded || !actor || !m_replica) return false;
    d.done.clear();
    if (m_state.readOnly) {
        d.error = "ui.demo.read_only";
        d.errorAt = 0;
        d.errorDetail.clear();
        m_demoFailed = true;
        return false;
    }
    const Command command{sync::pushedCommandId(m_clientId, store::nextOutboxSeq(*m_replica)), *actor, payload};
    auto applied = store::commitLocal(*m_replica, d.state, command, m_state.workContext());
    if (!applied) {
        d.error = applied.error().key;
        d.errorAt = 0;
        d.errorDetail = applied.error().detail;
        m_demoFailed = true;
        return false;
    }
    d.error.clear();
    d.errorAt = 0;
    d.errorDetail.clear();
    d.done = std::string(commandName(payload));
    replicaChanged();
    m_pump.kick();
    tick();
    return true;
}

void App::retryOutbox(std::int64_t seq) {
    Workspace& d = m_state.work;
    if (!m_replica || m_state.readOnly) return;
    for (const auto& e : d.outbox) {
        if (e.seq != seq) continue;
        auto command = commandFromJson(nlohmann::json::parse(e.body, nullptr, false), "outbox");
        if (!command) return;
        runServerCommand(command->payload); // a new sequence and id; applied locally first
        if (d.error.empty()) discardOutbox(seq);
        return;
    }
}

void App::discardOutbox(std::int64_t seq) {
    Workspace& d = m_state.work;
    if (!m_replica || m_state.readOnly) return;
    if (auto s = store::discard(*m_replica, seq); !s) {
        d.error = s.error().key;
        d.errorAt = 0;
        d.errorDetail = s.error().detail;
        return;
    }
    // Its effects go: the server's rows with what is still pending on top.
    if (auto rebased = store::rebase(*m_replica, m_state.workContext())) d.state = std::move(*rebased);
    replicaChanged();
}

void App::exportOutbox() {
    const Workspace& d = m_state.work;
    nlohmann::json out = nlohmann::json::array();
    for (const auto& e : d.outbox) {
        nlohmann::json item{{"seq", e.seq},
                            {"command_id", e.commandId},
                            {"name", e.name},
                            {"at", e.at.iso()},
                            {"status", e.rejected ? "rejected" : "pending"},
                            {"command", nlohmann::json::parse(e.body, nullptr, false)}};
        if (e.error) item["error"] = {{"key", e.error->key}, {"detail", e.error->detail}};
        out.push_back(std::move(item));
    }
    nlohmann::json doc{{"user", d.session.login}, {"client_id", m_clientId}, {"exported_on", d.today.iso()}, {"outbox", out}};
    platform::downloadText("huicai-outbox-" + d.today.iso() + ".json", "application/json", doc.dump(2) + "\n");
}

} // namespace huicai::app
