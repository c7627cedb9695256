// Implements Server: opening the database, wiring cpp-httplib (timeouts, connection
// and body limits, security headers, JSON errors, request log) and the stop protocol.
#include "server.h"

#include "api_admin.h"
#include "api_files.h"
#include "api_health.h"
#include "api_sync.h"
#include "connection_guard.h"
#include "demo_seed.h"
#include "messages.h"
#include "registration.h"
#include "request_body.h"
#include "responses.h"

#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace huicai::serve {

namespace fs = std::filesystem;

namespace {
constexpr time_t kKeepAliveSeconds = 2;
constexpr std::size_t kThreads = 16;

// The database holds password hashes and every talent's records: its file, and the
// WAL and shared-memory files SQLite gives the same mode, are the owner's alone.
// A new file is made so before SQLite opens it; an older one is narrowed.
bool makePrivateFile(const fs::path& path) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) return false;
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    for (const char* suffix : {"-wal", "-shm"}) {
        std::error_code ec;
        fs::path side = path;
        side += suffix;
        if (fs::exists(side, ec)) fs::permissions(side, fs::perms::owner_read | fs::perms::owner_write, ec);
    }
    return ok;
}
} // namespace

const std::vector<std::pair<std::string, std::string>>& securityHeaders() {
    static const std::vector<std::pair<std::string, std::string>> kHeaders{
        {"Content-Security-Policy",
         "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; "
         "font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; "
         "form-action 'self'; frame-ancestors 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
    };
    return kHeaders;
}

Result<std::unique_ptr<Server>> Server::open(const Options& options) {
    std::error_code ec;
    if (!fs::is_directory(options.root, ec)) return makeError("error.serve.root_missing", options.root);
    const bool newData = !fs::exists(options.data, ec);
    fs::create_directories(options.data, ec);
    if (ec || !fs::is_directory(options.data, ec)) return makeError("error.serve.data_dir", options.data);
    if (newData) fs::permissions(options.data, fs::perms::owner_all, ec); // attachments live here too
    fs::path dbPath = fs::path(options.data) / kDatabaseFile;
    if (!makePrivateFile(dbPath)) return makeError("error.serve.data_dir", dbPath.string());
    auto db = store::Database::open(dbPath.string());
    if (!db) return db.error();
    if (auto s = db->useDurableWal(); !s) return s.error();
    std::unique_ptr<Server> server(new Server(options, dbPath, std::move(db.value())));
    auto sync = SyncService::open(server->m_db, options);
    if (!sync) return sync.error();
    server->m_sync = std::move(*sync);
    addSyncRoutes(server->m_api, *server->m_sync);
    addRegistrationRoutes(server->m_api, *server->m_sync);
    addAdminRoutes(server->m_api, *server->m_sync);
    server->m_files = std::make_unique<FileService>(*server->m_sync, options);
    if (auto s = server->m_files->prepare(); !s) return s.error();
    addFileRoutes(server->m_api, *server->m_files);
    if (options.demo) {
        auto seeded = seedDemoIfEmpty(*server->m_sync);
        if (!seeded) return seeded.error();
        server->m_demoAccounts = std::move(*seeded);
    }
    return server;
}

Server::Server(Options options, fs::path dbPath, store::Database db)
    : m_options(std::move(options)), m_dbPath(std::move(dbPath)), m_db(std::move(db)), m_static(m_options.root),
      m_http(std::make_unique<GuardedServer>(
          ConnectionLimits{m_options.connectionsPerAddress, std::chrono::seconds(m_options.requestTime)})) {
    addHealthRoute(m_api, m_db, m_options.baseUrl);
    configure();
}

Server::~Server() {
    stop();
}

void Server::configure() {
    httplib::Server& http = *m_http;
    http.set_read_timeout(10);
    http.set_write_timeout(10);
    // cpp-httplib gives each connection a pool thread for as long as it is kept
    // alive: a short idle time keeps a browser's six connections from holding the
    // pool, and bounds how long a stop waits for idle connections.
    http.set_keep_alive_timeout(kKeepAliveSeconds);
    http.set_keep_alive_max_count(100);
    http.new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
    http.set_payload_max_length(m_options.maxBody);
    // SO_REUSEADDR only: cpp-httplib's default adds SO_REUSEPORT, with which a second
    // server on the same port would start and silently take half the connections.
    http.set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });

    httplib::Headers headers;
    for (const auto& [k, v] : securityHeaders()) headers.emplace(k, v);
    http.set_default_headers(headers);

    // Routes are matched in order: the API first, then every other GET is a file.
    m_api.install(http);
    http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) { m_static.serve(req, res); });
    // Every method with a body has its body read here, within --max-body, before
    // routing: cpp-httplib's own reading would take a chunked body whole.
    const auto withBody = [this](const httplib::Request& req, httplib::Response& res,
                                 const httplib::ContentReader& reader) {
        if (!receiveBody(req, res, reader, m_options.maxBody)) return;
        if (req.path.rfind("/api/", 0) == 0) return m_api.dispatch(req, res);
        setError(res, 404, "error.http.not_found", req.path);
    };
    http.Post(".*", withBody);
    http.Put(".*", withBody);
    http.Patch(".*", withBody);
    http.Delete(".*", withBody);

    // Before routing, with the headers read and nothing of the body: a body the
    // server will not read is refused. Byte ranges are for files only: the API and
    // every error answer in full.
    http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (req.path.rfind("/api/", 0) == 0 || (req.method != "GET" && req.method != "HEAD")) ignoreRanges(req);
        if (refuseBeforeBody(req, res, m_options.maxBody)) return httplib::Server::HandlerResponse::Handled;
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // A client waiting for 100 Continue learns of a refusal before sending its body.
    http.set_expect_100_continue_handler([this](const httplib::Request& req, httplib::Response& res) {
        ignoreRanges(req);
        return refuseBeforeBody(req, res, m_options.maxBody) ? res.status : 100;
    });
    // Failures that no handler answered (no route, 400, 413, ...) get the JSON shape;
    // a request that did not arrive in time is a 408 that ends its connection.
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
        ignoreRanges(req);
        if (GuardedServer::requestTimedOut()) {
            GuardedServer::endAfterAnswer(req);
            if (res.status == 400) res.status = 408;
        }
        if (!res.body.empty() || res.content_provider_) return httplib::Server::HandlerResponse::Unhandled;
        setError(res, res.status, httpErrorKey(res.status), res.status == 404 ? req.path : std::string{});
        return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
            if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
            what = e.what();
        } catch (...) {
        }
        std::fprintf(stderr, "huicai-serve: %s %s failed: %s\n", req.method.c_str(), req.path.c_str(), what.c_str());
        setError(res, 500, "error.http.internal");
    });
    if (!m_options.quiet) {
        http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
            std::size_t bytes = res.body.empty() ? res.content_length_ : res.body.size();
            std::fprintf(stderr, "%s %s %s %d %zu\n", req.remote_addr.c_str(), req.method.c_str(), req.path.c_str(),
                         res.status, bytes);
        });
    }
}

Result<int> Server::bind() {
    const std::string where = m_options.host + ":" + std::to_string(m_options.port);
    if (m_options.port == 0) {
        int port = m_http->bind_to_any_port(m_options.host);
        if (port <= 0) return makeError("error.serve.bind_failed", where);
        m_port = port;
    } else {
        if (!m_http->bind_to_port(m_options.host, m_options.port)) return makeError("error.serve.bind_failed", where);
        m_port = m_options.port;
    }
    m_http->widenBacklog();
    return m_port;
}

bool Server::run() {
    m_running = true;
    bool ok = !m_stopRequested && m_http->listen_after_bind();
    m_running = false;
    return ok || m_stopRequested;
}

void Server::stop() {
    m_stopRequested = true;
    // cpp-httplib ignores stop() until its accept loop runs: wait for it (or for
    // run() to give up) so that a stop never gets lost.
    while (m_running && !m_http->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    m_http->stop();
}

std::string Server::url() const {
    const bool v6 = m_options.host.find(':') != std::string::npos;
    return "http://" + (v6 ? "[" + m_options.host + "]" : m_options.host) + ":" + std::to_string(m_port);
}

} // namespace huicai::serve
