// The browser seen from the app: the window and its frames, input that Dear ImGui does
// not get from GLFW (pointer in CSS pixels, text from input methods, paste), and the
// page's services (URL hash, online state, storage persistence, the lock that makes
// one tab the writer, clipboard, the full font download, the test hooks of window.huicai).
// Implemented for the web in the *_web.cpp files of this folder, and without a browser
// in headless.cpp (what the native tests run the App on, see headless.h); nothing
// outside src/platform/ knows about Emscripten.
#pragma once
#include <imgui.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace huicai::app {
struct RegionMesh;
}

namespace huicai::platform {

// ---- Window and frames (window_web.cpp) -----------------------------------------
struct Viewport {
    float cssWidth = 0, cssHeight = 0; // the canvas in CSS pixels
    float dpr = 1;                     // device pixels per CSS pixel
};

// Creates the WebGL2 canvas window and the Dear ImGui platform/renderer backends.
// The ImGui context must exist. False (with a console message) when WebGL2 is missing.
bool initWindow();
Viewport viewport();
// Around the app's ImGui::NewFrame() ... ImGui::Render().
void beginFrame();
void endFrame();
// After the app rebuilt the font atlas: upload it again.
void reloadFontTexture();
// The largest texture side the GPU takes (GL_MAX_TEXTURE_SIZE) once initWindow() made
// the renderer; 0 when not known.
int maxTextureSize();

// Runs `frame` on animation frames while frames are requested; pauses (no frames at
// all) otherwise. Input and page events request frames themselves.
void runMainLoop(std::function<void()> frame);
void requestFrames(int count);

// ---- Page services (browser_web.cpp) ----------------------------------------------
enum class EventKind {
    HashChanged,   // text: the new hash
    OnlineChanged, // value: navigator.onLine
    ServerChanged, // value: 1 reachable, 0 unreachable
    StoreChanged,  // value: StoreState
    // This read-only tab now holds the writer's lock (the writer tab closed): value 0,
    // close every database (the page then reads what the writer saved: reloadStorage());
    // value 1, the folder holds it: open them again and write.
    TakeOver,
    StorageUse,     // value: 1 kept for good (persisted), 0 not, -1 not known; text: bytes used; detail: the quota
    FontLoaded,     // value: 1 ok (text: the file's path), 0 failed; detail: "common" or "full" (FontFile)
    MapLoaded,      // the map's mesh: value 1 ok (text: the file's path), 0 failed (text: why)
    LanguageLoaded, // a language's tables are in assetsDir()/i18n: value 1 ok, 0 failed; text: the language
    Pinch,          // two fingers on the canvas: text "x y factor dx dy" (their middle, the change of their
                    // spread, how far the middle moved; CSS pixels)
    GpuRestored,    // the WebGL context was lost and is back: what the GPU held must be given again
    // The sign-in form's real <input>s (web/huicai_a11y.js), which password managers
    // fill and save: text is the field's key in the mirror.
    CredentialInput,  // detail: what the field holds now, value: the caret (characters)
    CredentialFocus,  // the page's focus went into the field (text: its key) or out ("")
    CredentialSubmit, // the form was submitted (Enter in a field)
};
enum class StoreState {
    Saving = 1,
    Saved = 2,
    Failed = 3,
    Full = 4 // failed: the browser's storage quota is used up (QuotaExceededError)
};

struct Event {
    EventKind kind;
    int value = 0;
    std::string text;
    std::string detail;
};
// Page events since the last call (pumped once per frame).
std::vector<Event> pollEvents();

struct PageInfo {
    std::string hash;            // location.hash
    std::string browserLanguage; // navigator.language
    bool online = true;
    bool readOnly = false; // another tab holds the database lock
    bool storageOk = true; // the stored database could be read back
    bool testMap = false;  // ?testmap=1
    bool apple = false;    // macOS/iOS: Cmd instead of Ctrl for shortcuts
    bool mirror = true;    // the accessibility mirror; ?a11y=0 turns it off (the benchmark's baseline)
    bool gpuMap = true;    // the dashboard's map; the tile grid on WebGL 1 and with ?map=0 (the map benchmark's baseline)
    int benchQueue = 0;    // ?bench=queue&n=N (N, default 100000): the benchmark's queue
};
PageInfo pageInfo();

// The folder where the database lives (persisted with persistStorage()).
std::string dataDir();
// The folder of the app's files (reference data, i18n tables, demo seed, fonts).
std::string assetsDir();
// Writes the data folder back to IndexedDB: serialised, requests made while one runs
// are coalesced into one more run. Does nothing in a read-only tab.
void persistStorage();
// Reads the data folder again from IndexedDB (the databases closed), then sends
// TakeOver 1.
void reloadStorage();
// Asks what the browser keeps for the app and whether for good (a StorageUse event
// follows); asks the browser to keep it for good (after the first sign-in: a browser
// may ask the person, and grants more readily to a site they use).
void queryStorageUse();
void requestPersistence();

// Shows `hash` in the address bar: push adds a history entry, otherwise it replaces.
void setHash(const std::string& hash, bool push);
// Mirrors state on window.huicai for the page and its tests. While
// window.huicai.frameTimes is an array, each frame's CPU time (ms) is pushed to it.
void publishState(const std::string& route, const std::string& lang, bool readOnly);
void publishFrame(int renderedFrames);
void publishReady();
// Marks a moment of the start on the page's timeline (performance.mark "huicai:<name>"):
// "main" as main() begins, "init" when the app is set up; the load benchmark reads them.
void markMoment(const char* name);
// Document language and title.
void setDocumentLanguage(const std::string& lang, const std::string& title);

// Copies to the system clipboard (ImGui's copy goes here too).
void copyToClipboard(const std::string& text);

// The UI face's files fetched after start (ui/fonts.h): the rest of GB2312, and the full face.
enum class FontFile {
    Common,
    Full
};
// Starts downloading `file`; a FontLoaded event follows.
void fetchFont(FontFile file);

// The web page brings the tables of the language it starts in; another language's
// are downloaded when asked for here, into assetsDir()/i18n; a LanguageLoaded event follows.
void fetchLanguage(const std::string& lang);

// ---- The dashboard's map (map_web.cpp) ------------------------------------------------
// Starts downloading the map's mesh (app/region_mesh.h); a MapLoaded event follows.
void fetchMap();
// Gives the GPU the mesh and compiles and links the map's shaders (shaders/map_*): false
// with the compiler's or linker's words in `error`.
bool prepareMap(const app::RegionMesh& mesh, std::string& error);
// The ImGui draw callback that draws the app::MapDrawCall given as its user data, in
// the frame among the other draw commands (ImDrawList::AddCallback).
ImDrawCallback mapCallback();

// window.huicai.widgets() / visibleTexts() / catalogRows() … read these lazily.
enum class Query {
    Widgets,
    VisibleTexts,
    CatalogRows,
    Headings,
    Routes,
    TextStyles,
    Sync,    // the sync pump's phase and counters
    LaidOut, // every text and labelled item of the last frame, in view or scrolled out
    Input,   // the input events Dear ImGui has queued and not yet taken
    Storage, // each open database's PRAGMA integrity_check and its database state
};
void setQueryHandler(std::function<std::string(Query)> handler);

// ---- The accessibility mirror (a11y_web.cpp) ----------------------------------------
// The canvas is one image to assistive technology; the page keeps a hidden DOM tree in
// step with what the frame drew (WidgetMap::a11yJson: each control and text with its
// role, name, state and place over the canvas) and speaks notices through live
// regions. The page diffs the tree against what it holds; call only when it changed.
void publishA11y(const std::string& json);
// Called when assistive technology presses the mirror of the item `id` (a screen
// reader's activation, a switch device's click).
void setA11yPressHandler(std::function<void(unsigned id)> handler);
// The app could not start (no WebGL2 context, missing files): the page says so in
// place of its loading notice, with what to do.
void reportStartFailure();
// Moves the page's focus into the sign-in form's field `key` (its key in the mirror).
void focusCredential(const std::string& key);

// ---- Network, timers and the page's clock (net_web.cpp) -----------------------------
// Replies of httpSend() and timer ticks arrive outside the frame loop: they call the
// tick handler, which requests frames only when what it did shows.
struct HttpReply {
    int id = 0;
    int status = 0; // 0: no answer (offline, refused, aborted)
    std::string body;
};
// Starts a same-origin request; `token` goes in the Authorization header when set.
// Returns the request's id.
int httpSend(const std::string& method, const std::string& path, const std::string& body, const std::string& token);
std::vector<HttpReply> takeHttpReplies();
void setTickHandler(std::function<void()> tick);
// Calls the tick handler once after `ms` (an earlier timer is replaced).
void wakeAfter(int ms);
std::int64_t nowMs();             // Date.now()
std::string localDateIso();       // the browser's local date, YYYY-MM-DD
std::string randomHex(int bytes); // from crypto.getRandomValues
// Offers `text` as a file download.
void downloadText(const std::string& fileName, const std::string& mime, const std::string& text);

// ---- Attachments (files_web.cpp) ---------------------------------------------------
// A file the user chose in the browser's picker, read into memory with its sha256
// (WebCrypto). Files above the picker's limit arrive without bytes (`tooLarge`).
struct PickedFile {
    int picker = 0;         // the id given to openFilePicker
    std::string name;       // the file's name as the browser gives it
    std::uint64_t size = 0; // bytes on disk
    bool tooLarge = false;  // size above the limit: bytes and sha256 left empty
    std::string bytes;
    std::string sha256; // 64 lowercase hex, or empty when WebCrypto is unavailable
};
// While the pointer is over an attach button: a pointerup on the canvas opens the
// picker in the event itself (browsers open pickers only within a user gesture).
void armFilePicker(int picker, std::uint64_t maxBytes);
// What a picker offers: attachments (PDF, JPEG, PNG, several at once) or one CSV file.
enum class FileKinds {
    Documents,
    Csv
};
// Opens the picker unless the armed pointerup just did.
void openFilePicker(int picker, std::uint64_t maxBytes, FileKinds kinds = FileKinds::Documents);
// Files read since the last call; the tick handler is called when one arrives.
std::vector<PickedFile> takePickedFiles();
// httpSend with a binary body (application/octet-stream).
int httpSendBytes(const std::string& method, const std::string& path, const std::string& bytes, const std::string& token);
// GETs `path` with the token and offers the answer as the download `fileName`; the
// outcome arrives as an HttpReply of the returned id (status, empty body on success).
int downloadFile(const std::string& path, const std::string& token, const std::string& fileName);
// Offers `bytes` as a file download.
void downloadBytes(const std::string& fileName, const std::string& mime, const std::string& bytes);

// ---- Printing (print_web.cpp) --------------------------------------------------------
// Opens `html` (a whole document) in a new tab to print; offered as the download
// `fileName` when the browser blocks the tab.
void openPrintable(const std::string& fileName, const std::string& html);

} // namespace huicai::platform
