// Implements the server tests' helpers.
#include "serve_support.h"

#include <catch2/catch.hpp>

#include <brotli/decode.h>
#include <zlib.h>

#include <arpa/inet.h>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace serve_test {

TempDir::TempDir(std::string_view tag) {
    static std::atomic<int> counter{0};
    m_path = fs::temp_directory_path() /
             ("huicai-serve-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + "-" + std::string(tag));
    fs::remove_all(m_path);
    fs::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

void writeFile(const fs::path& p, std::string_view bytes) {
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

int shell(const std::string& command) {
    int rc = std::system(command.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::string gunzip(std::string_view gz) {
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return {};
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
    zs.avail_in = static_cast<uInt>(gz.size());
    std::string out;
    char buf[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, sizeof buf - zs.avail_out);
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END ? out : std::string{};
}

std::string unbrotli(std::string_view br) {
    BrotliDecoderState* st = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    size_t availIn = br.size();
    auto next = reinterpret_cast<const uint8_t*>(br.data());
    std::string out;
    BrotliDecoderResult rc = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        uint8_t buf[16384];
        size_t availOut = sizeof buf;
        uint8_t* nextOut = buf;
        rc = BrotliDecoderDecompressStream(st, &availIn, &next, &availOut, &nextOut, nullptr);
        out.append(reinterpret_cast<char*>(buf), sizeof buf - availOut);
    }
    BrotliDecoderDestroyInstance(st);
    return rc == BROTLI_DECODER_RESULT_SUCCESS ? out : std::string{};
}

namespace {

// Text that compresses well but is not trivial, `lines` lines long.
std::string sampleText(const std::string& word, int lines) {
    std::string s;
    for (int i = 0; i < lines; ++i) s += word + " line " + std::to_string(i * 7919 % 1000) + ";\n";
    return s;
}

void compressBoth(const fs::path& p, bool brotli) {
    if (brotli) REQUIRE(shell("brotli -f -k -q 11 '" + p.string() + "'") == 0);
    REQUIRE(shell("gzip -f -k -9 '" + p.string() + "'") == 0);
}

} // namespace

std::unique_ptr<Site> makeSite() {
    auto site = std::make_unique<Site>();
    site->www = site->dir.path() / "www";
    site->outside = site->dir.path() / "outside";
    site->data = site->dir.path() / "data";
    site->index = "<!doctype html>\n<html><head><script src=\"app.0123abcd.js\"></script></head><body>" +
                  sampleText("<p>huicai</p>", 50) + "</body></html>\n";
    site->js = "'use strict';\n" + sampleText("console.log('app')", 400);
    site->wasm = std::string("\0asm\1\0\0\0", 8) + sampleText("wasm", 300);
    site->plain = sampleText("plain", 200);
    writeFile(site->www / "index.html", site->index);
    writeFile(site->www / "app.0123abcd.js", site->js);
    writeFile(site->www / "app.0123abcd.wasm", site->wasm);
    writeFile(site->www / "plain.txt", site->plain);
    writeFile(site->www / "notes.md", "# notes\n");
    writeFile(site->www / "sub" / "index.html", "<p>sub index</p>\n");
    writeFile(site->www / "sub" / "page.html", "<p>sub page</p>\n");
    fs::create_directories(site->www / "empty-dir");
    compressBoth(site->www / "index.html", true);
    compressBoth(site->www / "app.0123abcd.js", true);
    compressBoth(site->www / "app.0123abcd.wasm", true);
    compressBoth(site->www / "plain.txt", false);
    writeFile(site->outside / "secret.txt", "top secret outside the root\n");
    return site;
}

huicai::serve::Options testOptions(const fs::path& www, const fs::path& data) {
    huicai::serve::Options o;
    o.root = www.string();
    o.data = data.string();
    o.host = "127.0.0.1";
    o.port = 0;
    o.quiet = true;
    o.demo = false;
    o.fastPasswords = true;
    return o;
}

RunningServer::RunningServer(const huicai::serve::Options& options,
                             const std::function<void(huicai::serve::Server&)>& beforeRun) {
    std::signal(SIGPIPE, SIG_IGN); // a test client hanging up must not end the test run
    auto server = huicai::serve::Server::open(options);
    INFO((server ? std::string() : server.error().key + ": " + server.error().detail));
    REQUIRE(server.ok());
    m_server = std::move(server.value());
    if (beforeRun) beforeRun(*m_server);
    auto port = m_server->bind();
    REQUIRE(port.ok());
    m_port = *port;
    m_thread = std::thread([s = m_server.get()] { s->run(); });
}

RunningServer::~RunningServer() {
    m_server->stop();
    if (m_thread.joinable()) m_thread.join();
}

std::unique_ptr<httplib::Client> RunningServer::client() const {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", m_port);
    c->set_decompress(false);
    c->set_connection_timeout(5);
    c->set_read_timeout(5);
    return c;
}

std::string rawRequest(int port, std::string_view bytes, const char* source) {
    int fd = connectLoopback(port, source ? source : "127.0.0.1");
    REQUIRE(fd >= 0);
    sendAll(fd, bytes);
    std::string answer = readAnswer(fd);
    close(fd);
    return answer;
}

int connectLoopback(int port, const std::string& from) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    timeval rcv{5, 0};
    timeval snd{10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &rcv, sizeof rcv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &snd, sizeof snd);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (inet_pton(AF_INET, from.c_str(), &local.sin_addr) != 1 ||
        bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
        connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

bool sendAll(int fd, std::string_view bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        ssize_t n = send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

std::string readAnswer(int fd) {
    // Reads until the server closes the connection or the answer is complete by
    // its Content-Length (errors may leave a keep-alive connection open).
    std::string answer;
    char buf[8192];
    ssize_t n;
    while ((n = recv(fd, buf, sizeof buf, 0)) > 0) {
        answer.append(buf, static_cast<std::size_t>(n));
        auto end = answer.find("\r\n\r\n");
        if (end == std::string::npos) continue;
        std::string head = answer.substr(0, end);
        for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto at = head.find("\r\ncontent-length:");
        if (at != std::string::npos &&
            answer.size() >= end + 4 + std::strtoull(head.c_str() + at + 17, nullptr, 10))
            break;
    }
    return answer;
}

std::string rawHeader(const std::string& answer, std::string_view name) {
    const auto end = answer.find("\r\n\r\n");
    std::string head = answer.substr(0, end);
    std::string lower = head;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string wanted = "\r\n";
    for (char c : name) wanted += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    wanted += ":";
    const auto at = lower.find(wanted);
    if (at == std::string::npos) return {};
    auto from = at + wanted.size();
    auto to = head.find("\r\n", from);
    std::string value = head.substr(from, to == std::string::npos ? std::string::npos : to - from);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    while (!value.empty() && value.back() == ' ') value.pop_back();
    return value;
}

int rawStatus(const std::string& answer) {
    if (answer.rfind("HTTP/1.1 ", 0) != 0 || answer.size() < 12) return -1;
    return std::atoi(answer.substr(9, 3).c_str());
}

std::string rawBody(const std::string& answer) {
    auto at = answer.find("\r\n\r\n");
    return at == std::string::npos ? std::string{} : answer.substr(at + 4);
}

nlohmann::json parseJson(const std::string& body) { return nlohmann::json::parse(body, nullptr, false); }

ChildServer::ChildServer(const std::vector<std::string>& args, bool demo) {
    int out[2];
    REQUIRE(pipe(out) == 0);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_addclose(&fa, out[0]);
    posix_spawn_file_actions_addclose(&fa, out[1]);
    const std::string errPath = (m_dir.path() / "stderr.txt").string();
    posix_spawn_file_actions_addopen(&fa, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<std::string> all{HUICAI_SERVE_BIN};
    if (!demo) {
        all.push_back("--no-demo");
        all.push_back("--fast-passwords");
    }
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    int rc = posix_spawn(&m_pid, HUICAI_SERVE_BIN, &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(out[1]);
    m_stdout = out[0];
    REQUIRE(rc == 0);
}

ChildServer::~ChildServer() {
    if (!m_reaped && m_pid > 0) {
        kill(m_pid, SIGKILL);
        int status = 0;
        waitpid(m_pid, &status, 0);
    }
    if (m_stdout >= 0) close(m_stdout);
}

std::optional<std::string> ChildServer::readLine(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (m_buffered.find('\n') == std::string::npos) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return std::nullopt;
        pollfd p{m_stdout, POLLIN, 0};
        if (poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
        char buf[512];
        ssize_t n = read(m_stdout, buf, sizeof buf);
        if (n <= 0) return std::nullopt;
        m_buffered.append(buf, static_cast<std::size_t>(n));
    }
    auto nl = m_buffered.find('\n');
    std::string line = m_buffered.substr(0, nl);
    m_buffered.erase(0, nl + 1);
    return line;
}

void ChildServer::signal(int sig) {
    REQUIRE(m_pid > 0);
    REQUIRE(kill(m_pid, sig) == 0);
}

std::optional<int> ChildServer::waitExit(std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        int status = 0;
        pid_t r = waitpid(m_pid, &status, WNOHANG);
        if (r == m_pid) {
            m_reaped = true;
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
        std::this_thread::sleep_for(10ms);
    }
}

std::string ChildServer::stderrText() const { return readFile(m_dir.path() / "stderr.txt"); }

std::string answerErrorKey(const std::string& answer) {
    auto j = parseJson(rawBody(answer));
    return j.is_object() && j.contains("error") ? j["error"].value("key", "") : "";
}

} // namespace serve_test
