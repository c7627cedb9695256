// Server: the Huicai HTTP server, runnable in-process (tests) or from main.cpp.
// open() checks the static root, creates the data folder (owner-only when new) and
// opens (creating and migrating on first start) <data>/huicai.sqlite, a file only
// its owner may read, in WAL mode with full sync and the
// attachments folder <data>/files, loads
// the domain state and, on an empty database, seeds the demo (unless --no-demo); bind() takes the port (0 for any
// free one); run() serves until stop(), which any thread may call at any time,
// also before run() has started. Every response carries the security headers
// (securityHeaders()), every failure the JSON error shape of responses.h.
// Connections are served by a GuardedServer (connection_guard.h: connections per
// address, request time) and bodies read within --max-body (request_body.h).
#pragma once
#include "api_router.h"
#include "file_service.h"
#include "options.h"
#include "shared_database.h"
#include "static_files.h"
#include "sync_service.h"

#include "core/result.h"

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace huicai::serve {

class GuardedServer;

// The name of the database file inside the data folder.
inline constexpr const char* kDatabaseFile = "huicai.sqlite";

// Headers sent with every response: CSP, nosniff, referrer and opener policies.
const std::vector<std::pair<std::string, std::string>>& securityHeaders();

class Server {
public:
    static Result<std::unique_ptr<Server>> open(const Options& options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    // The API table; routes may be added until run().
    ApiRouter& api() { return m_api; }

    // Listens on the options' host and port; the port actually bound.
    Result<int> bind();
    // Serves until stop(); false when the server could not run.
    bool run();
    void stop();

    int port() const { return m_port; }
    // "http://127.0.0.1:8080" ("http://[::1]:8080" for IPv6 hosts).
    std::string url() const;
    const Options& options() const { return m_options; }
    const std::filesystem::path& databasePath() const { return m_dbPath; }
    SyncService& sync() { return *m_sync; }
    FileService& files() { return *m_files; }
    // The demo accounts seeded at this start (empty unless the database was new
    // and the demo is on): "login password role scope name" lines.
    const std::vector<std::string>& demoAccounts() const { return m_demoAccounts; }

private:
    Server(Options options, std::filesystem::path dbPath, store::Database db);
    void configure();

    Options m_options;
    std::filesystem::path m_dbPath;
    SharedDatabase m_db;
    StaticFiles m_static;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<FileService> m_files;
    std::vector<std::string> m_demoAccounts;
    ApiRouter m_api;
    std::unique_ptr<GuardedServer> m_http;
    int m_port = -1;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_running{false};
};

} // namespace huicai::serve
