// The platform layer without a browser (see headless.h): ImGui without a renderer, a
// page held in a struct, HTTP through the test's handler.
#include "platform/headless.h"

#include <imgui.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <random>
#include <utility>

namespace huicai::platform {

namespace {

struct Call {
    int id;
    std::string method, path, body, token;
    std::string downloadName; // downloadFile(): the answer is offered as this file
};

struct Headless {
    headless::Page page;
    std::vector<Event> events;
    std::deque<Call> calls;
    std::vector<HttpReply> replies;
    headless::HttpHandler http;
    std::function<void()> tick;
    std::function<std::string(Query)> query;
    std::function<void(unsigned)> a11yPress;
    std::int64_t timerAt = -1; // nowMs when the tick handler is due, -1: none
    int nextId = 1;
};

Headless& h() {
    static Headless s;
    return s;
}

int queue(Call call) {
    call.id = h().nextId++;
    const int id = call.id;
    h().calls.push_back(std::move(call));
    return id;
}

void buildFontAtlas() {
    unsigned char* pixels = nullptr;
    int w = 0, hgt = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &hgt);
    ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(1)));
}

} // namespace

// ---- Window and frames -------------------------------------------------------------
bool initWindow() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "huicai_headless";
    io.BackendRendererName = "huicai_headless";
    buildFontAtlas();
    return true;
}

Viewport viewport() { return h().page.viewport; }

void beginFrame() {
    ImGuiIO& io = ImGui::GetIO();
    const Viewport vp = h().page.viewport;
    io.DisplaySize = ImVec2(vp.cssWidth, vp.cssHeight);
    io.DisplayFramebufferScale = ImVec2(vp.dpr, vp.dpr);
    io.DeltaTime = 1.0f / 60.0f;
    h().page.framesRequested = 0;
}

// No pixels, but the draw callbacks run as a renderer would run them (the map's).
void endFrame() {
    const ImDrawData* dd = ImGui::GetDrawData();
    if (!dd) return;
    for (int n = 0; n < dd->CmdListsCount; ++n)
        for (const ImDrawCmd& cmd : dd->CmdLists[n]->CmdBuffer)
            if (cmd.UserCallback && cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(dd->CmdLists[n], &cmd);
}

void reloadFontTexture() { buildFontAtlas(); }

int maxTextureSize() { return h().page.maxTextureSize; }

void runMainLoop(std::function<void()> frame) {
    // Natively the caller draws each frame itself; this draws while frames are asked for.
    requestFrames(2);
    for (int i = 0; i < 1000 && h().page.framesRequested > 0; ++i) frame();
}

void requestFrames(int count) { h().page.framesRequested = std::max(h().page.framesRequested, count); }

// ---- Page services -----------------------------------------------------------------
std::vector<Event> pollEvents() { return std::exchange(h().events, {}); }
PageInfo pageInfo() { return h().page.info; }
std::string dataDir() { return h().page.dataDir; }
std::string assetsDir() { return h().page.assetsDir; }
void reloadStorage() { h().events.push_back(Event{EventKind::TakeOver, 1, {}}); }

// A browser that keeps 1.5 MB of 2 GB, not for good until asked.
void queryStorageUse() {
    h().events.push_back(Event{EventKind::StorageUse, h().page.persistenceAsked > 0 ? 1 : 0, "1572864", "2147483648"});
}

void requestPersistence() {
    ++h().page.persistenceAsked;
    queryStorageUse();
}

// Saved at once: durable by the next poll of events, as a browser's save soon after.
void persistStorage() {
    ++h().page.persisted;
    h().events.push_back(Event{EventKind::StoreChanged, static_cast<int>(StoreState::Saved), {}});
}
void setHash(const std::string& hash, bool) { h().page.hash = hash; }

void publishState(const std::string& route, const std::string& lang, bool) {
    h().page.route = route;
    h().page.lang = lang;
}

void publishFrame(int) {}

void publishA11y(const std::string& json) {
    h().page.a11y = json;
    ++h().page.a11yUpdates;
}

void setA11yPressHandler(std::function<void(unsigned)> handler) { h().a11yPress = std::move(handler); }

void headless::pressA11y(unsigned id) {
    if (h().a11yPress) h().a11yPress(id);
}
void focusCredential(const std::string& key) { h().page.credentialFocus = key; }

void reportStartFailure() { h().page.startFailed = true; }

void publishReady() { h().page.ready = true; }
void markMoment(const char*) {}

void setDocumentLanguage(const std::string& lang, const std::string& title) {
    h().page.lang = lang;
    h().page.title = title;
}

void copyToClipboard(const std::string& text) { h().page.clipboard = text; }

void fetchFont(FontFile file) {
    const std::string& font = file == FontFile::Common ? h().page.commonFont : h().page.fullFont;
    h().page.fontFetches.push_back(file);
    // A copy, as the browser's download is: the app removes the file once read.
    std::string copy;
    if (!font.empty()) {
        copy = h().page.dataDir + (file == FontFile::Common ? "/.common-font" : "/.full-font");
        std::error_code ec;
        std::filesystem::copy_file(font, copy, std::filesystem::copy_options::overwrite_existing, ec);
        if (ec) copy.clear();
    }
    h().events.push_back({EventKind::FontLoaded, copy.empty() ? 0 : 1, copy, file == FontFile::Common ? "common" : "full"});
}

void fetchLanguage(const std::string& lang) {
    h().page.languageFetches.push_back(lang);
    bool ok = true;
    if (!h().page.i18nSource.empty()) {
        namespace fs = std::filesystem;
        std::error_code ec;
        ok = false;
        for (const auto& entry : fs::directory_iterator(h().page.i18nSource, ec)) {
            const std::string name = entry.path().filename().string();
            if (!name.ends_with("." + lang + ".json")) continue;
            fs::copy_file(entry.path(), fs::path(h().page.assetsDir) / "i18n" / name, fs::copy_options::overwrite_existing, ec);
            if (ec) break;
            ok = true;
        }
        if (ec) ok = false;
    }
    h().events.push_back({EventKind::LanguageLoaded, ok ? 1 : 0, lang, {}});
}

void fetchMap() {
    const std::string& mesh = h().page.mapMesh;
    h().events.push_back({EventKind::MapLoaded, mesh.empty() ? 0 : 1, mesh.empty() ? "no mesh file" : mesh});
}

bool prepareMap(const app::RegionMesh&, std::string& error) {
    if (!h().page.mapGpu) error = "0:1: no GPU in the headless platform";
    return h().page.mapGpu;
}

ImDrawCallback mapCallback() {
    return [](const ImDrawList*, const ImDrawCmd*) { ++h().page.mapDraws; };
}

void setQueryHandler(std::function<std::string(Query)> handler) { h().query = std::move(handler); }

// ---- Network, timers and the clock -------------------------------------------------
int httpSend(const std::string& method, const std::string& path, const std::string& body, const std::string& token) {
    return queue({0, method, path, body, token, {}});
}

int httpSendBytes(const std::string& method, const std::string& path, const std::string& bytes, const std::string& token) {
    return queue({0, method, path, bytes, token, {}});
}

int downloadFile(const std::string& path, const std::string& token, const std::string& fileName) {
    return queue({0, "GET", path, {}, token, fileName});
}

std::vector<HttpReply> takeHttpReplies() { return std::exchange(h().replies, {}); }
void setTickHandler(std::function<void()> tick) { h().tick = std::move(tick); }
void wakeAfter(int ms) { h().timerAt = h().page.nowMs + std::max(ms, 0); }
std::int64_t nowMs() { return h().page.nowMs; }
std::string localDateIso() { return h().page.today; }

std::string randomHex(int bytes) {
    static std::mt19937 gen(std::random_device{}());
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < bytes; ++i) {
        const unsigned v = gen() & 0xFFu;
        out += digits[v >> 4];
        out += digits[v & 0xFu];
    }
    return out;
}

void downloadText(const std::string& fileName, const std::string&, const std::string&) { h().page.downloads.push_back(fileName); }
void downloadBytes(const std::string& fileName, const std::string&, const std::string&) { h().page.downloads.push_back(fileName); }

// ---- Attachments and printing --------------------------------------------------------
void armFilePicker(int, std::uint64_t) {}
void openFilePicker(int, std::uint64_t, FileKinds) {}
std::vector<PickedFile> takePickedFiles() { return {}; }
void openPrintable(const std::string& fileName, const std::string&) { h().page.printed.push_back(fileName); }

// ---- The test's side -------------------------------------------------------------------
namespace headless {

Page& page() { return h().page; }
void reset() { h() = Headless{}; }
void pushEvent(Event event) { h().events.push_back(std::move(event)); }
void setHttpHandler(HttpHandler handler) { h().http = std::move(handler); }
int pendingRequests() { return static_cast<int>(h().calls.size()); }

void deliver(int ms) {
    h().page.nowMs += ms;
    bool wake = false;
    while (!h().calls.empty()) {
        Call call = std::move(h().calls.front());
        h().calls.pop_front();
        HttpReply reply = h().http ? h().http(call.method, call.path, call.body, call.token) : HttpReply{};
        reply.id = call.id;
        if (!call.downloadName.empty()) {
            if (reply.status == 200) h().page.downloads.push_back(call.downloadName);
            if (reply.status >= 200 && reply.status < 300) reply.body.clear();
        }
        h().replies.push_back(std::move(reply));
        wake = true;
    }
    if (h().timerAt >= 0 && h().page.nowMs >= h().timerAt) {
        h().timerAt = -1;
        wake = true;
    }
    if (wake && h().tick) h().tick();
}

std::string query(Query q) { return h().query ? h().query(q) : std::string(); }

} // namespace headless

} // namespace huicai::platform
