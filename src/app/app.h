// App: owns the AppState, the local databases, the fonts and the widget map; sets the
// browser window up, runs one frame at a time (page events in, UI drawn, requests
// applied, fonts grown), runs the role screens' commands through the core and the
// store (the demo's in demo.db; the signed-in user's in their replica, with the sync
// pump between it and the server), and keeps the URL hash, window.huicai and the
// stored settings in step with the state.
#pragma once
#include "app/app_state.h"
#include "app/requests.h"
#include "data/demo_seed.h"
#include "platform/platform.h"
#include "store/database.h"
#include "ui/fonts.h"
#include "ui/ui.h"
#include "ui/widget_map.h"
#include "ui/widgets/region_map_state.h"

#include <map>
#include <optional>
#include <string>

namespace huicai::app {

// The demo's database file in the data folder, beside huicai.db.
inline constexpr const char* kDemoDbFile = "demo.db";

class App {
public:
    // What draws a frame's screens: the shell (ui/shell.h), which maps routes to
    // screens; App itself knows no screen.
    using DrawFn = void (*)(AppState& state, ui::Ui& ui);
    explicit App(DrawFn draw) : m_draw(draw) {}

    // Loads the assets, opens the database, creates the window. False when the
    // browser lacks what the app needs (reported on the console).
    bool init();
    void frame();

private:
    // The catalogue alone (all the first screen shows); the rest of the reference set
    // on the frame after the first, or before when a screen needs it (loadReference).
    void loadCatalog();
    // Opens huicai.db (making it on a first visit) and says when the browser keeps nothing.
    void openDatabase();
    // What the status bar says of huicai.db: saved (or read-only), or kept by nothing.
    void showStoreState();
    void loadSettings();
    void handleEvents();
    void apply(const Request& request);
    void setRoute(const Route& route, bool push);
    // Switches to `lang` now, or once its tables have been downloaded.
    void setLanguage(const std::string& lang);
    bool hasLanguage(const std::string& lang) const;
    void askForLanguage(const std::string& lang); // downloads its tables once; setLanguage when they come
    void useContrast(bool high);
    // Sets the text size (a value outside kTextSizes is 100) and rebuilds the fonts
    // once they were built.
    void useTextSize(int percent);
    void saveSetting(const std::string& key, const std::string& value);
    // Asks the page to save what was committed: the database is saving until the page
    // says it is durable (StoreChanged), and no command is pushed before (SyncPump::next).
    void persist();
    void clearLocalData();
    // The writer tab closed and this one took its lock (EventKind::TakeOver): phase 0
    // closes every database, phase 1 opens them again, as saved, and writes.
    void takeOver(int phase);
    void updateFonts();
    void rebuildFonts(float dpr);
    void publish();
    // Sends the accessibility mirror the frame's nodes when they changed.
    void publishA11y();
    // Assistive technology pressed the mirror of item `id`: a click on it.
    void pressItem(unsigned id);
    bool pressVisibleItem(unsigned id);
    // The role screens' workspace (app_demo.cpp, app_server.cpp).
    bool loadReference();
    void openRoleScreen();
    // True when the command applied; a refusal is in the workspace's error.
    bool runCommand(const Payload& payload);
    void openDemoDatabase();
    void enterDemo();
    bool seedDemo();
    bool runDemoCommand(const Payload& payload);
    // Signs the demo's unsigned cards with the demo key (seal/card_signing.h).
    void signDemoCards();
    void setDemoRole(const std::string& alias, bool stay);
    void enterBenchQueue(); // ?bench=queue (app_bench.cpp)
    // The server mode (app_server.cpp).
    void restoreSession();
    bool enterServer();
    void signIn(const std::string& login, const std::string& password);
    void onSignInReply(int status, const std::string& body);
    void startSession(Session session);
    // Self-registration (app_register.cpp): employer search, sending the form, replies.
    void findEmployers(const std::string& query);
    void submitRegistration();
    bool registrationReply(int id, int status, const std::string& body);
    void signOut();
    // The administrator's console and the password screen (app_console.cpp): false
    // when the request is none of theirs.
    bool applyConsole(const Request& request);
    // The dashboard's map (app_map.cpp): fetch the mesh once, parse it, give it to the GPU.
    void loadMap();
    void mapLoaded(bool ok, const std::string& path);
    void prepareMap();
    bool consoleReply(int id, int status, const std::string& body);
    bool takeConsoleFile(platform::PickedFile& file);
    void tick();
    bool runServerCommand(const Payload& payload);
    void refreshOutbox();
    void retryOutbox(std::int64_t seq);
    void discardOutbox(std::int64_t seq);
    void exportOutbox();
    void replicaChanged();
    std::string query(int which) const;
    // Attachments (app_attach.cpp).
    bool applyAttachment(const Request& request);
    void takePickedFiles();
    bool attachmentReply(const platform::HttpReply& reply);
    void pumpAttachments();

    DrawFn m_draw;
    AppState m_state;
    std::optional<store::Database> m_db;
    ui::FontSet m_fonts;
    ui::WidgetMap m_map;
    ui::RegionMapState m_regionMap; // the dashboard map's view and level
    Requests m_requests;
    std::string m_browserLanguage;
    std::string m_pendingLang; // chosen, its tables being downloaded
    int m_renderedFrames = 0;
    std::string m_a11y;                      // the mirror's nodes last sent
    bool m_mirror = true;                    // the page keeps the accessibility mirror
    unsigned m_pendingPress = 0;             // a mirrored control pressed while out of view
    int m_pendingPressFrames = 0;            // frames left to bring it into view
    std::optional<store::Database> m_demoDb; // the demo's own database (app_demo.cpp)
    std::optional<DemoSeed> m_demoSeed;
    bool m_demoFailed = false; // a command of this frame was rejected: skip the rest
    bool m_referenceLoaded = false;
    bool m_newDatabaseDue = false;            // a first visit: huicai.db is made when the first frame is shown
    std::optional<store::Database> m_replica; // the signed-in user's replica (app_server.cpp)
    std::string m_clientId;
    SyncPump m_pump;
    std::int64_t m_savingSinceMs = 0;                                 // when the save under way was asked for (persist())
    int m_pumpCall = 0;                                               // the id of the pump's request in flight
    int m_signInCall = 0;                                             // the id of the sign-in request in flight
    int m_registerCall = 0;                                           // the registration in flight
    int m_employersCall = 0;                                          // the latest employer search in flight
    std::map<int, std::pair<std::string, std::string>> m_attachCalls; // call id → (field, sha256)
    std::vector<std::string> m_pickerFields;                          // picker id - 1 → form field
    std::string m_armedField;
    int m_downloadCall = 0;
    enum class ConsoleCall {
        Password,
        Accounts,
        Create,
        Reset,
        Disable,
        Import,
        Audit,
        Export,
        HolidayPreview
    };
    std::map<int, ConsoleCall> m_consoleCalls; // the console's calls in flight
};

} // namespace huicai::app
