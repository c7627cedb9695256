// The platform layer without a browser (headless.cpp): what the native tests run the
// App on. The page is a struct the test fills before App::init() and reads afterwards;
// frames are drawn by calling App::frame() (ImGui's draw lists are built, nothing is
// rendered); HTTP requests go to a handler the test sets (the real server on loopback,
// for example) and their replies, like timers, arrive when the test calls deliver().
#pragma once
#include "platform/platform.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace huicai::platform::headless {

struct Page {
    // What the app reads.
    PageInfo info;
    Viewport viewport{1280, 800, 1};
    std::string assetsDir;  // assetsDir(): reference data, i18n, demo seed, fonts/ui.ttf
    std::string dataDir;    // dataDir(): where the databases are made
    std::string commonFont; // fetchFont(Common) "downloads" this file; empty: it fails
    std::string fullFont;   // fetchFont(Full) "downloads" this file; empty: it fails
    std::string mapMesh;    // fetchMap() "downloads" this file; empty: it fails
    std::string i18nSource; // fetchLanguage() "downloads" that language's tables from here into
                            // assetsDir()/i18n; empty: they are there already (it succeeds at once)
    bool mapGpu = true;     // prepareMap() succeeds (there is no GPU: nothing is drawn)
    int mapDraws = 0;       // map draw calls the frames asked for
    // maxTextureSize(): the GPU's largest texture side.
    int maxTextureSize = 8192;
    std::string today = "2026-12-04";
    std::int64_t nowMs = 1796428800000; // 2026-12-04T00:00:00Z
    // What the app did to the page.
    std::string hash;                         // setHash()
    std::string route;                        // publishState()
    std::string lang;                         // publishState() and setDocumentLanguage()
    std::string title;                        // setDocumentLanguage()
    bool ready = false;                       // publishReady()
    int persisted = 0;                        // persistStorage() calls
    int persistenceAsked = 0;                 // requestPersistence() calls
    int framesRequested = 0;                  // the most frames asked for since the last frame
    std::string clipboard;                    // copyToClipboard()
    std::vector<std::string> downloads;       // file names offered
    std::vector<std::string> printed;         // openPrintable() file names
    std::vector<FontFile> fontFetches;        // fetchFont() calls
    std::vector<std::string> languageFetches; // fetchLanguage() calls
    std::string a11y;                         // the last publishA11y()
    int a11yUpdates = 0;                      // publishA11y() calls
    std::string credentialFocus;              // focusCredential(): the field's key
    bool startFailed = false;                 // reportStartFailure()
};

// The page (one per process); reset() gives a fresh one and drops queued events,
// requests, replies, timers and handlers.
Page& page();
void reset();

// Queues a page event for the app's next pollEvents().
void pushEvent(Event event);

using HttpHandler = std::function<HttpReply(const std::string& method, const std::string& path,
                                            const std::string& body, const std::string& token)>;
// Answers httpSend() and its siblings; without one every request gets status 0 (no
// answer), like a browser offline.
void setHttpHandler(HttpHandler handler);
// Number of requests sent and not yet delivered.
int pendingRequests();
// Moves the clock `ms` on, answers the requests sent so far through the handler and
// calls the app's tick handler when a reply arrived or its timer fell due.
void deliver(int ms = 0);

// As assistive technology pressing the mirror of item `id`.
void pressA11y(unsigned id);

// What window.huicai.widgets() and its siblings would answer.
std::string query(Query q);

} // namespace huicai::platform::headless
