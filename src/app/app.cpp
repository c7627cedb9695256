// Implements App: start-up, the frame, and applying requests and page events.
#include "app/app.h"
#include "app/archive_actions.h"

#include "app/favourites.h"
#include "data/asset_files.h"
#include "platform/platform.h"
#include "ui/theme.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace huicai::app {

namespace {

constexpr const char* kLangKey = "lang";
constexpr const char* kContrastKey = "contrast";
constexpr const char* kTextSizeKey = "text_size";
constexpr const char* kFavouritesKey = "favourites";

std::string databasePath() { return platform::dataDir() + "/huicai.db"; }

std::string readOrEmpty(const std::string& path) {
    auto r = readTextFile(path);
    return r ? std::move(*r) : std::string();
}

// A font file's bytes as the font set keeps them: copied as one block (an iterator copy
// from char to unsigned char goes byte by byte, milliseconds for a font in the browser).
std::vector<unsigned char> bytesOf(const std::string& file) {
    const auto* first = reinterpret_cast<const unsigned char*>(file.data());
    return std::vector<unsigned char>(first, first + file.size());
}

} // namespace

bool App::init() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;              // the layout is fixed; nothing to remember
    io.ConfigInputTextCursorBlink = false; // a blinking caret would mean drawing while idle
    io.ConfigInputTrickleEventQueue = true;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard; // Tab, arrows and Enter reach every control
    ui::theme::apply();

    const platform::PageInfo page = platform::pageInfo();
    m_browserLanguage = page.browserLanguage;
    m_state.online = page.online;
    m_state.readOnly = page.readOnly;
    m_state.route = parseRoute(page.hash);
    m_state.work.benchQueue = page.benchQueue;
    // The map is what the accessibility mirror is made from: on unless both are off.
    m_mirror = page.mirror;
    m_map.install(ImGui::GetCurrentContext(), page.mirror || page.testMap);
    platform::setA11yPressHandler([this](unsigned id) { pressItem(id); });
    m_map.setFonts(&m_fonts);
    io.ConfigMacOSXBehaviors = page.apple;

    // The registration form offers the talent categories: the reference set at once.
    // Elsewhere the first frame shows what the catalogue holds, and the rest is read after it.
    if (m_state.route.screen == Screen::Register) loadReference();
    else loadCatalog();
    // A first visit has no database: the screens it may land on read nothing from it
    // (a new one holds no settings and no session), so it is made once the first frame
    // is shown, and the first screen does not wait for its schema.
    const Screen landing = m_state.route.screen;
    m_newDatabaseDue = !m_state.readOnly && !isRoleScreen(landing) && landing != Screen::Demo && landing != Screen::Outbox &&
                       !std::filesystem::exists(databasePath());
    if (m_newDatabaseDue) showStoreState(); // nothing to keep yet
    else openDatabase();
    loadSettings();
    restoreSession();
    if (isRoleScreen(m_state.route.screen)) openRoleScreen();
    else if (m_state.route.screen == Screen::Demo) enterDemo();
    else if (m_state.route.screen == Screen::Outbox) enterServer();
    else if (m_state.route.screen == Screen::Settings) platform::queryStorageUse();

    const std::string fontPath = platform::assetsDir() + "/fonts/ui.ttf";
    std::string font = readOrEmpty(fontPath);
    if (font.empty()) {
        std::fprintf(stderr, "huicai: %s is missing\n", fontPath.c_str());
        return false;
    }
    m_fonts.init(bytesOf(font), readOrEmpty(fontPath + ".chars.txt"));
    m_fonts.setIcons(bytesOf(readOrEmpty(platform::assetsDir() + "/fonts/icons.ttf")));

    if (!platform::initWindow()) return false;
    m_fonts.setMaxTextureSize(platform::maxTextureSize());
    m_fonts.buildDraft(platform::viewport().dpr); // the first frame's own characters are known once it is laid out

    platform::setHash(routeHash(m_state.route), false);
    platform::setQueryHandler([this](platform::Query q) { return query(static_cast<int>(q)); });
    publish();
    return true;
}

void App::loadCatalog() {
    auto catalog = huicai::loadCatalogFile(platform::assetsDir());
    if (!catalog) {
        m_state.catalogError = catalog.error().key;
        m_state.catalogErrorDetail = catalog.error().detail;
        return;
    }
    m_state.referenceCatalog = std::move(*catalog);
    m_state.catalog = m_state.referenceCatalog;
}

void App::openDatabase() {
    std::error_code ec;
    std::filesystem::create_directories(platform::dataDir(), ec);
    auto db = store::Database::open(databasePath());
    if (!db) {
        m_state.db = DbState::Unavailable;
        m_state.dbErrorDetail = db.error().detail;
        return;
    }
    m_db.emplace(std::move(*db));
    showStoreState();
}

void App::showStoreState() {
    m_state.db = m_state.readOnly ? DbState::ReadOnly : DbState::Saved;
    if (!platform::pageInfo().storageOk && m_state.db != DbState::ReadOnly) {
        // No IndexedDB (or it could not be read): the app works, and says it keeps nothing.
        m_state.dbErrorDetail = "IndexedDB";
        m_state.db = DbState::Error;
    }
}

void App::loadSettings() {
    std::optional<std::string> lang, favourites, contrast, textSize;
    if (m_db) {
        lang = m_db->setting(kLangKey);
        contrast = m_db->setting(kContrastKey);
        textSize = m_db->setting(kTextSizeKey);
        favourites = m_db->setting(kFavouritesKey);
    }
    m_state.lang = normaliseLanguage(lang.value_or(""), languageFor(m_browserLanguage));
    m_state.favourites = parseFavourites(favourites.value_or(""));
    useContrast(contrast.value_or("") == "high");
    useTextSize(std::atoi(textSize.value_or("100").c_str()));
    // The page brought the tables of the language it guessed: a saved choice it did not
    // know of starts in that one and switches when its own have come.
    if (!hasLanguage(m_state.lang)) {
        askForLanguage(m_state.lang);
        m_state.lang = hasLanguage("zh-CN") ? "zh-CN" : "en";
    }
    for (const auto& bad : m_state.i18n.load(platform::assetsDir() + "/i18n", m_state.lang))
        std::fprintf(stderr, "huicai: i18n table %s is not a JSON object of strings\n", bad.c_str());
    platform::setDocumentLanguage(m_state.lang, m_state.tr("ui.app.title"));
}

void App::frame() {
    if (m_newDatabaseDue && m_renderedFrames > 0) { // the first frame is on screen
        m_newDatabaseDue = false;
        openDatabase(); // its blocks are kept with the first change
    }
    if (m_renderedFrames == 1 && !m_referenceLoaded) loadReference(); // the first frame is shown; a fault is said where the set is used
    // The first frame went to the screen before the page's accessibility tree was made
    // from it (on a first load that DOM work is ~20 ms): it is made now, from the widget
    // map that frame left, before this frame's font rebuild.
    if (m_renderedFrames == 1) publishA11y();
    handleEvents();
    takePickedFiles();
    m_state.attach.armed.clear();
    const float dpr = platform::viewport().dpr;
    if (m_renderedFrames == 1) m_fonts.holdAll();                                  // the packed text, once the first frame is shown
    if (dpr != m_fonts.builtForDpr() || m_fonts.wantsRebuild()) rebuildFonts(dpr); // zoomed, moved to another screen, or grown

    // A frame whose text wanted characters at hand (the subset, or a file that has come)
    // is drawn again at once with them, never shown with boxes in their place; so is the
    // first, laid out on the draft atlas, and once more if the draft's layout (every
    // character as wide as the fallback glyph) showed it less than the real one does.
    const int retries = m_renderedFrames == 0 ? 2 : 1;
    for (int pass = 0;; ++pass) {
        platform::beginFrame();
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = std::max(io.DeltaTime, 1e-4f); // the second pass comes in the same instant
        m_map.beginFrame();
        ImGui::NewFrame();
        ui::Ui ui{m_fonts, m_map, m_requests, m_regionMap};
        ui.mapCallback = platform::mapCallback();
        m_draw(m_state, ui);
        ImGui::Render();
        if (pass >= retries || !(m_fonts.wantsRebuild() || m_fonts.draft())) break;
        rebuildFonts(m_fonts.builtForDpr());
    }
    m_state.pinch = {}; // taken by the map under it, or by nothing
    platform::endFrame();
    m_map.endFrame();
    if (m_renderedFrames > 0) publishA11y(); // else at the start of the next frame
    if (m_pendingPress != 0) {               // scrolled into view by now, or given up
        if (pressVisibleItem(m_pendingPress) || --m_pendingPressFrames <= 0) m_pendingPress = 0;
        else platform::requestFrames(1);
    }
    platform::publishFrame(++m_renderedFrames);
    if (m_renderedFrames == 1) {
        ImGui::GetIO().Fonts->ClearTexData(); // uploaded: the pixels need not stay in memory
        platform::publishReady();
        platform::requestFrames(1); // the next takes the rest of the packed text (holdAll)
    }

    const bool changed = !m_requests.empty();
    m_demoFailed = false;
    for (const auto& r : m_requests) apply(r);
    m_requests.clear();
    pumpAttachments();                   // arms the picker under the pointer and sends what uploads have next
    if (changed) ++m_state.work.version; // a command, a role or a reload may have changed the state
    updateFonts();
    // Input still queued (ImGui spreads a press and release over frames), or a change
    // that the next frame must show.
    if (changed || !ImGui::GetCurrentContext()->InputEventsQueue.empty()) platform::requestFrames(3);
    publish();
}

void App::publishA11y() {
    if (!m_mirror) return;
    std::string a11y = m_map.a11yJson();
    if (a11y == m_a11y) return; // unchanged: the page's tree is still right
    m_a11y = std::move(a11y);
    platform::publishA11y(m_a11y);
}

void App::pressItem(unsigned id) {
    if (pressVisibleItem(id)) return;
    // Out of view (a screen reader reads the whole page): scrolled to, then pressed.
    for (const auto& r : m_map.records()) {
        if (r.id != id || r.disabled) continue;
        m_map.reveal(id);
        m_pendingPress = id;
        m_pendingPressFrames = 4;
        platform::requestFrames(3);
        return;
    }
}

bool App::pressVisibleItem(unsigned id) {
    for (const auto& r : m_map.records()) {
        if (r.id != id || !r.visible || r.disabled) continue;
        // As a click at the item's centre: the item does what a click does.
        ImGuiIO& io = ImGui::GetIO();
        io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
        io.AddMousePosEvent(r.x + r.w / 2, r.y + r.h / 2);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        platform::requestFrames(3);
        return true;
    }
    return false;
}

void App::updateFonts() {
    while (auto file = m_fonts.takeFontRequest()) platform::fetchFont(*file == ui::FontSet::File::Common ? platform::FontFile::Common : platform::FontFile::Full);
    if (m_fonts.wantsRebuild()) platform::requestFrames(1); // built at the next frame's start, the one place the atlas is rebuilt
}

void App::rebuildFonts(float dpr) {
    m_fonts.build(dpr);
    m_fonts.settle();
    platform::reloadFontTexture();
    ImGui::GetIO().Fonts->ClearTexData(); // uploaded: the pixels need not stay in memory
    platform::requestFrames(2);
}

void App::handleEvents() {
    for (const auto& e : platform::pollEvents()) {
        switch (e.kind) {
        case platform::EventKind::HashChanged:
            setRoute(parseRoute(e.text), false);
            ++m_state.work.version; // entering a mode may have loaded a state
            break;
        case platform::EventKind::OnlineChanged:
            if (e.value && !m_state.online) m_pump.kick(); // back online: send what waits
            m_state.online = e.value != 0;
            break;
        case platform::EventKind::ServerChanged:
            if (e.value && m_state.server != ServerState::Reachable) m_pump.kick();
            m_state.server = e.value ? ServerState::Reachable : ServerState::Unreachable;
            if (m_state.work.server()) tick();
            break;
        case platform::EventKind::StoreChanged:
            if (m_state.readOnly || !m_db) break;
            if (e.value != static_cast<int>(platform::StoreState::Saving))
                m_state.storageFull = e.value == static_cast<int>(platform::StoreState::Full);
            switch (static_cast<platform::StoreState>(e.value)) {
            case platform::StoreState::Saving: m_state.db = DbState::Saving; break;
            case platform::StoreState::Saved: m_state.db = DbState::Saved; break;
            case platform::StoreState::Failed: m_state.db = DbState::Error; break;
            case platform::StoreState::Full: m_state.db = DbState::Error; break;
            }
            if (m_state.db != DbState::Saving && m_state.work.server()) tick(); // durable: the outbox may go
            break;
        case platform::EventKind::TakeOver: takeOver(e.value); break;
        case platform::EventKind::StorageUse:
            m_state.storage.known = true;
            m_state.storage.usedBytes = std::atof(e.text.c_str());
            m_state.storage.quotaBytes = std::atof(e.detail.c_str());
            m_state.storage.persisted = e.value;
            break;
        case platform::EventKind::CredentialInput:
            m_state.credentials.typed[e.text] = e.detail;
            m_state.credentials.caret = e.value;
            break;
        case platform::EventKind::CredentialFocus: m_state.credentials.focus = e.text; break;
        case platform::EventKind::CredentialSubmit: m_state.credentials.submitted = true; break;
        case platform::EventKind::MapLoaded: mapLoaded(e.value != 0, e.text); break;
        case platform::EventKind::GpuRestored:
            rebuildFonts(platform::viewport().dpr); // the atlas's texture went with the context
            prepareMap();
            break;
        case platform::EventKind::Pinch: {
            float x = 0, y = 0, dx = 0, dy = 0;
            double factor = 1;
            if (std::sscanf(e.text.c_str(), "%f %f %lf %f %f", &x, &y, &factor, &dx, &dy) == 5 && factor > 0) {
                auto& p = m_state.pinch;
                p.active = true;
                p.factor *= factor;
                p.x = x;
                p.y = y;
                p.dx += dx;
                p.dy += dy;
            }
            break;
        }
        case platform::EventKind::LanguageLoaded:
            if (e.text != m_pendingLang) break; // another choice came since
            if (e.value) setLanguage(e.text);
            else m_pendingLang.clear(); // could not be downloaded: the language stays; asking again tries again
            break;
        case platform::EventKind::FontLoaded: {
            std::string bytes = e.value ? readOrEmpty(e.text) : std::string();
            const auto file = e.detail == "common" ? ui::FontSet::File::Common : ui::FontSet::File::Full;
            m_fonts.setFont(file, bytesOf(bytes)); // the common file is 485 KB, the full face megabytes
            std::error_code ec;
            if (!e.text.empty()) std::filesystem::remove(e.text, ec); // read: the atlas keeps its own copy
            break;
        }
        }
    }
}

void App::apply(const Request& request) {
    if (auto* n = std::get_if<Navigate>(&request)) {
        setRoute(n->route, true);
    } else if (auto* l = std::get_if<SetLanguage>(&request)) {
        setLanguage(l->lang);
    } else if (auto* c = std::get_if<SetHighContrast>(&request)) {
        useContrast(c->on);
        saveSetting(kContrastKey, c->on ? "high" : "normal");
    } else if (auto* t = std::get_if<SetTextSize>(&request)) {
        useTextSize(t->percent);
        saveSetting(kTextSizeKey, std::to_string(m_state.textPercent));
    } else if (auto* f = std::get_if<ToggleFavourite>(&request)) {
        if (m_state.readOnly) return;
        toggleFavourite(m_state.favourites, f->code);
        saveSetting(kFavouritesKey, formatFavourites(m_state.favourites));
    } else if (std::holds_alternative<ClearLocalData>(request)) {
        clearLocalData();
    } else if (auto* d = std::get_if<RunCommand>(&request)) {
        if (!m_demoFailed) {
            const bool applied = runCommand(d->payload);
            m_state.work.errorAt = m_state.work.error.empty() ? 0 : d->origin;
            if (applied && d->onApplied) d->onApplied();
        }
    } else if (auto* r = std::get_if<SetDemoRole>(&request)) {
        setDemoRole(r->alias, r->stay);
    } else if (std::holds_alternative<ResetDemo>(request)) {
        if (seedDemo()) m_state.work.done.clear();
    } else if (auto* in = std::get_if<SignIn>(&request)) {
        signIn(in->login, in->password);
    } else if (auto* fc = std::get_if<FocusCredential>(&request)) {
        platform::focusCredential(fc->key);
    } else if (std::holds_alternative<SignOut>(request)) {
        signOut();
    } else if (std::holds_alternative<SyncNow>(request)) {
        m_pump.kick();
        tick();
    } else if (auto* retry = std::get_if<RetryOutbox>(&request)) {
        retryOutbox(retry->seq);
    } else if (auto* discard = std::get_if<DiscardOutbox>(&request)) {
        discardOutbox(discard->seq);
    } else if (std::holds_alternative<ExportOutbox>(request)) {
        exportOutbox();
    } else if (auto* find = std::get_if<FindEmployers>(&request)) {
        findEmployers(find->query);
    } else if (std::holds_alternative<Register>(request)) {
        submitRegistration();
    } else if (auto* archive = std::get_if<ExportArchive>(&request)) {
        exportArchive(m_state, *archive);
    } else if (std::holds_alternative<LoadMap>(request)) {
        loadMap();
    } else if (!applyConsole(request)) {
        applyAttachment(request);
    }
}

void App::setRoute(const Route& asked, bool push) {
    // An account with a one-time password sets its own before it sees anything else.
    const Session& session = m_state.work.session;
    const bool mustChange = session.valid() && session.mustChangePassword;
    const Route route = mustChange && (isRoleScreen(asked.screen) || asked.screen == Screen::Outbox) ? Route{Screen::Password, {}}
                                                                                                     : asked;
    if (route == m_state.route) return;
    m_state.route = route;
    platform::setHash(routeHash(route), push);
    m_state.scrollToTop = true;
    if (isRoleScreen(route.screen)) openRoleScreen();
    else if (route.screen == Screen::Demo) enterDemo();
    else if (route.screen == Screen::Outbox) enterServer();
    else if (route.screen == Screen::Settings) platform::queryStorageUse();
}

bool App::hasLanguage(const std::string& lang) const {
    std::error_code ec;
    return std::filesystem::exists(platform::assetsDir() + "/i18n/ui." + lang + ".json", ec);
}

void App::askForLanguage(const std::string& lang) {
    if (m_pendingLang != lang) platform::fetchLanguage(lang); // LanguageLoaded follows
    m_pendingLang = lang;
}

void App::setLanguage(const std::string& lang) {
    const std::string wanted = normaliseLanguage(lang, m_state.lang);
    if (!hasLanguage(wanted)) return askForLanguage(wanted);
    m_pendingLang.clear();
    m_state.lang = wanted;
    m_state.i18n.load(platform::assetsDir() + "/i18n", m_state.lang);
    platform::setDocumentLanguage(m_state.lang, m_state.tr("ui.app.title"));
    saveSetting(kLangKey, m_state.lang);
}

void App::useTextSize(int percent) {
    if (std::find(std::begin(kTextSizes), std::end(kTextSizes), percent) == std::end(kTextSizes)) percent = kTextSizes[0];
    m_state.textPercent = percent;
    if (m_fonts.scale() == percent / 100.0f) return;
    m_fonts.setScale(percent / 100.0f);
    if (m_fonts.builtForDpr() > 0) rebuildFonts(m_fonts.builtForDpr());
}

void App::useContrast(bool high) {
    m_state.highContrast = high;
    ui::setContrast(high ? ui::Contrast::High : ui::Contrast::Normal);
    ui::theme::apply();
}

void App::saveSetting(const std::string& key, const std::string& value) {
    if (m_state.readOnly || !m_db) return;
    if (auto s = m_db->setSetting(key, value); !s) {
        m_state.db = DbState::Error;
        m_state.dbErrorDetail = s.error().detail;
        return;
    }
    persist();
}

void App::persist() {
    if (m_state.readOnly) return;
    if (!platform::pageInfo().storageOk) { // nothing can be kept: said, and the outbox may go
        m_state.db = DbState::Error;
        return;
    }
    if (m_state.db == DbState::Saved || m_state.db == DbState::Error) {
        m_state.db = DbState::Saving;
        m_savingSinceMs = platform::nowMs();
    }
    platform::persistStorage();
}

void App::takeOver(int phase) {
    if (phase == 0) {
        m_db.reset();
        m_demoDb.reset();
        m_replica.reset();
        m_pump.reset();
        m_pumpCall = 0;
        platform::reloadStorage();
        return;
    }
    m_state.readOnly = false;
    openDatabase();
    loadSettings();
    Workspace& d = m_state.work;
    if (d.mode == WorkMode::Demo && d.active) {
        d.loaded = false; // from the database the writer left
        enterDemo();
    } else if (d.server() && d.session.valid()) {
        enterServer();
    }
    platform::requestFrames(3);
}

void App::clearLocalData() {
    if (m_state.readOnly) return;
    m_db.reset();
    m_demoDb.reset();
    m_replica.reset();
    m_pump.reset();
    m_pumpCall = 0;
    std::error_code ec;
    // Every database of the data folder: settings, the demo, each user's replica.
    for (const auto& entry : std::filesystem::directory_iterator(platform::dataDir(), ec))
        if (entry.is_regular_file(ec)) std::filesystem::remove(entry.path(), ec);
    m_state.work.session = Session{};
    m_state.work.outbox.clear();
    m_state.pendingChanges = m_state.rejectedChanges = 0;
    if (m_state.work.server()) {
        m_state.work.mode = WorkMode::None;
        m_state.work.loaded = false;
    }
    m_state.favourites.clear();
    m_state.dbErrorDetail.clear();
    openDatabase();
    loadSettings(); // back to the browser's language
    if (m_state.work.loaded && m_state.work.mode == WorkMode::Demo) {
        openDemoDatabase();
        seedDemo();
    }
    persist();
}

void App::publish() {
    platform::publishState(routeHash(m_state.route), m_state.lang, m_state.readOnly);
}

std::string App::query(int which) const {
    const auto dump = [](const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); };
    switch (static_cast<platform::Query>(which)) {
    case platform::Query::Widgets: return m_map.widgetsJson();
    case platform::Query::VisibleTexts: return m_map.textsJson();
    case platform::Query::CatalogRows: return dump(m_state.catalogRows);
    case platform::Query::Headings: return m_map.headingsJson();
    case platform::Query::TextStyles: return m_map.textStylesJson();
    case platform::Query::Routes: {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& hash : allRouteHashes()) out.push_back({{"hash", hash}, {"role", isRoleScreen(parseRoute(hash).screen)}});
        return dump(out);
    }
    case platform::Query::Sync: {
        const SyncProgress& p = m_pump.progress();
        return dump({{"phase", syncPhaseName(p.phase)},
                     {"inFlight", m_pump.inFlight()},
                     {"runs", p.runs},
                     {"pages", p.pagesInRun},
                     {"records", p.recordsInRun},
                     {"pushed", p.pushedInRun},
                     {"failures", p.failures},
                     {"error", p.lastError ? nlohmann::json(p.lastError->key) : nlohmann::json()}});
    }
    case platform::Query::LaidOut: return m_map.laidOutJson();
    case platform::Query::Input: {
        const ImGuiContext* ctx = ImGui::GetCurrentContext();
        return dump({{"pending", ctx ? ctx->InputEventsQueue.Size : 0}});
    }
    case platform::Query::Storage: {
        nlohmann::json integrity = nlohmann::json::object();
        if (m_db) integrity["settings"] = m_db->integrityCheck();
        if (m_demoDb) integrity["demo"] = m_demoDb->integrityCheck();
        if (m_replica) integrity["replica"] = m_replica->integrityCheck();
        static constexpr const char* kStates[] = {"loading", "saved", "saving", "error", "read-only", "unavailable"};
        const auto state = static_cast<std::size_t>(m_state.db);
        return dump({{"integrity", integrity}, {"db", state < std::size(kStates) ? kStates[state] : "?"}});
    }
    }
    return "[]";
}

} // namespace huicai::app
