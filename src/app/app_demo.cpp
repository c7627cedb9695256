// Implements App's workspace for the role screens and its local demo mode: loading
// the reference data, choosing the mode a role screen opens in, keeping the demo
// state in a browser database of its own (demo.db beside huicai.db, so that demo
// records and commands never mix with the synchronised ones; loaded at start, seeded
// when empty), and running each demo command through the core and the store's
// local-change transaction (in memory only when storage is unavailable or read-only).
// With no server to sign its cards, the demo signs them itself with the demo key,
// which only the demo's own records publish (seal/card_signing.h).
#include "app/app.h"

#include "data/asset_files.h"
#include "data/reference.h"
#include "platform/platform.h"
#include "seal/card_signing.h"
#include "store/outbox.h"
#include "store/state_repo.h"

namespace huicai::app {

namespace {

constexpr const char* kDemoRoleKey = "demo_role";

template <class T, class Parse>
bool loadInto(Workspace& d, const std::string& path, T& out, Parse parse) {
    auto text = readTextFile(path);
    if (!text) {
        d.loadError = text.error().key;
        d.loadErrorDetail = text.error().detail;
        return false;
    }
    auto parsed = parse(*text);
    if (!parsed) {
        d.loadError = parsed.error().key;
        d.loadErrorDetail = parsed.error().detail;
        return false;
    }
    out = std::move(*parsed);
    return true;
}

} // namespace

void App::openDemoDatabase() {
    m_demoDb.reset();
    if (m_state.db == DbState::Unavailable) return;
    auto db = store::Database::open(platform::dataDir() + "/" + kDemoDbFile);
    if (db) m_demoDb.emplace(std::move(*db));
}

bool App::loadReference() {
    Workspace& d = m_state.work;
    if (m_referenceLoaded) return true;
    const bool catalogRead = !m_state.referenceCatalog.items().empty(); // a valid catalogue holds its 30 items
    auto ref = huicai::loadReference(platform::assetsDir(), catalogRead ? std::optional(m_state.referenceCatalog) : std::nullopt);
    if (!ref) {
        d.loadError = ref.error().key;
        d.loadErrorDetail = ref.error().detail;
        if (!catalogRead && m_state.catalogError.empty()) {
            m_state.catalogError = d.loadError;
            m_state.catalogErrorDetail = d.loadErrorDetail;
        }
        return false;
    }
    if (!catalogRead) {
        m_state.referenceCatalog = std::move(ref->catalog);
        m_state.catalog = m_state.referenceCatalog;
    }
    d.calendar = std::move(ref->calendar);
    d.regions = std::move(ref->regions);
    d.talent = std::move(ref->talent);
    m_referenceLoaded = true;
    return true;
}

void App::openRoleScreen() {
    m_state.work.active = true;
    if (m_state.work.mode != WorkMode::None) return;
    if (!enterServer()) enterDemo();
}

bool App::runCommand(const Payload& payload) {
    return m_state.work.server() ? runServerCommand(payload) : runDemoCommand(payload);
}

void App::enterDemo() {
    Workspace& d = m_state.work;
    d.active = true;
    if (d.mode == WorkMode::Demo && (d.loaded || !d.loadError.empty())) return;
    d.mode = WorkMode::Demo;
    d.loaded = false;
    d.loadError.clear();
    d.error.clear();
    d.errorAt = 0;
    d.done.clear();
    d.nameLoaded = false;
    d.outbox.clear();
    m_state.pendingChanges = m_state.rejectedChanges = 0;
    if (!loadReference()) return;
    if (!m_demoSeed) {
        DemoSeed seed;
        if (!loadInto(d, platform::assetsDir() + "/demo/seed.json", seed, parseDemoSeed)) return;
        m_demoSeed = std::move(seed);
    }
    d.actors = m_demoSeed->actors;
    d.today = m_demoSeed->today;
    if (d.benchQueue > 0) {
        enterBenchQueue(); // app_bench.cpp: in memory, never stored
        return;
    }
    if (!m_demoDb) openDemoDatabase();
    if (m_demoDb) {
        if (auto role = m_demoDb->setting(kDemoRoleKey)) d.role = *role;
        auto stored = store::loadState(*m_demoDb);
        if (stored && !stored->talents.empty()) {
            d.state = std::move(*stored);
            d.persisted = !m_state.readOnly;
            d.loaded = true;
            signDemoCards();
            return;
        }
    }
    seedDemo();
}

bool App::seedDemo() {
    Workspace& d = m_state.work;
    if (!m_demoSeed) return false;
    auto seeded = seedState(*m_demoSeed, ReferenceView{d.calendar, m_state.referenceCatalog, d.regions, d.talent});
    if (!seeded) {
        d.loadError = seeded.error().key;
        d.loadErrorDetail = seeded.error().detail;
        return false;
    }
    d.state = std::move(*seeded);
    d.loaded = true;
    d.persisted = false;
    signDemoCards(); // in memory: the rows are written just below
    d.error.clear();
    d.errorAt = 0;
    d.nameLoaded = false;
    d.reasons.clear();
    if (!m_demoDb || m_state.readOnly) return true;
    // The old demo's rows and its unsent commands go; the seed's rows come in.
    Status s = m_demoDb->exec("BEGIN");
    if (s) s = store::replaceState(*m_demoDb, d.state);
    if (s) {
        if (auto pending = store::outboxEntries(*m_demoDb, false))
            for (const auto& e : *pending)
                if (s) s = store::discard(*m_demoDb, e.seq);
    }
    if (s) s = m_demoDb->exec("COMMIT");
    if (!s) {
        (void)m_demoDb->exec("ROLLBACK");
        m_state.db = DbState::Error;
        m_state.dbErrorDetail = s.error().detail;
        return true; // the demo runs in memory
    }
    d.persisted = true;
    persist();
    return true;
}

bool App::runDemoCommand(const Payload& payload) {
    Workspace& d = m_state.work;
    const Actor* actor = d.actor();
    if (!d.loaded || !actor) return false;
    d.done.clear();
    if (m_state.readOnly) {
        d.error = "ui.demo.read_only";
        d.errorAt = 0;
        d.errorDetail.clear();
        m_demoFailed = true;
        return false;
    }
    const Command command{"demo-" + std::to_string(d.state.commandIds.size() + 1), *actor, payload};
    const Context ctx = m_state.workContext();
    auto applied = (m_demoDb && d.persisted) ? store::commitLocal(*m_demoDb, d.state, command, ctx)
                                             : huicai::apply(d.state, command, ctx);
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
    d.nameLoaded = false;
    if (std::holds_alternative<IssueCard>(payload)) signDemoCards();
    if (d.persisted) persist();
    return true;
}

void App::signDemoCards() {
    Workspace& d = m_state.work;
    const Context ctx = m_state.workContext();
    for (const auto& command : seal::demoSigningCommands(d.state)) {
        // Stored like a local command but without an outbox entry: nobody sends it.
        const store::StateExtras before = store::extrasOf(d.state);
        auto applied = huicai::apply(d.state, command, ctx);
        if (!applied || !m_demoDb || !d.persisted) continue;
        Status s = m_demoDb->exec("BEGIN");
        if (s) s = store::writeCommandEffects(*m_demoDb, d.state, before, command, *applied, false);
        if (s) s = m_demoDb->exec("COMMIT");
        if (!s) (void)m_demoDb->exec("ROLLBACK"); // the signature stays in memory and is made again next start
    }
}

void App::setDemoRole(const std::string& alias, bool stay) {
    Workspace& d = m_state.work;
    if (d.role != alias) { // nothing typed is left for the next role
        m_state.console = ConsoleState{};
        d.clearForms();
    }
    d.role = alias;
    d.error.clear();
    d.errorAt = 0;
    d.done.clear();
    d.nameLoaded = false;
    if (m_demoDb && !m_state.readOnly && m_demoDb->setSetting(kDemoRoleKey, alias)) persist();
    if (!stay) setRoute(Route{homeScreenOf(d.actor()), {}}, true);
}

} // namespace huicai::app
