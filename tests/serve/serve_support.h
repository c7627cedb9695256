// Helpers for the server tests: temporary folders, a web root with really
// compressed siblings, zlib/brotli decoders, the real Server on an ephemeral
// loopback port (in-process on a thread), raw socket requests, and the real
// huicai-serve binary as a child process.
#pragma once
#include "options.h"
#include "server.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace serve_test {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// A fresh folder under the system temp folder, removed with everything in it.
class TempDir {
public:
    explicit TempDir(std::string_view tag);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

void writeFile(const fs::path& p, std::string_view bytes);
std::string readFile(const fs::path& p);
// Runs a shell command and returns its exit status.
int shell(const std::string& command);

std::string gunzip(std::string_view gz);   // zlib; "" on failure
std::string unbrotli(std::string_view br); // libbrotlidec; "" on failure

// The test site, in <dir>/www, with a sibling <dir>/outside holding secret.txt:
//   index.html (+ .br, .gz)          app.0123abcd.js (+ .br, .gz)
//   app.0123abcd.wasm (+ .br, .gz)   plain.txt (+ .gz only)   notes.md (no sibling)
//   sub/index.html   sub/page.html   empty-dir/
// The .br files are made by the brotli tool and the .gz files by gzip.
struct Site {
    TempDir dir{"site"};
    fs::path www;
    fs::path outside;
    fs::path data;
    std::string index, js, wasm, plain;
};
std::unique_ptr<Site> makeSite();

// Options for a quiet server on 127.0.0.1 with any free port.
huicai::serve::Options testOptions(const fs::path& www, const fs::path& data);

// The real Server, bound and running on its own thread until destroyed.
class RunningServer {
public:
    explicit RunningServer(const huicai::serve::Options& options,
                           const std::function<void(huicai::serve::Server&)>& beforeRun = {});
    ~RunningServer();
    int port() const { return m_port; }
    // A client with automatic decompression off, so encodings can be checked.
    std::unique_ptr<httplib::Client> client() const;

private:
    std::unique_ptr<huicai::serve::Server> m_server;
    std::thread m_thread;
    int m_port = -1;
};

// Sends `bytes` as they are over a new loopback connection and returns the whole
// answer (status line, headers, body) once the server closes it. `source`, when
// given, is the loopback address the connection comes from (e.g. "127.0.0.2"), so a
// test can be several clients.
std::string rawRequest(int port, std::string_view bytes, const char* source = nullptr);
// The value of header `name` (any case) in a raw answer, or "".
std::string rawHeader(const std::string& answer, std::string_view name);
// A TCP connection to 127.0.0.1:port from the loopback address `from` (any of
// 127.0.0.0/8), reads timing out after 5 s and writes after 10 s; -1 on failure.
int connectLoopback(int port, const std::string& from = "127.0.0.1");
// Writes all of `bytes`; false when the connection refused some.
bool sendAll(int fd, std::string_view bytes);
// Reads one answer: until the server closes, a read times out, or the body is
// complete by its Content-Length.
std::string readAnswer(int fd);
// The status code of a raw answer, or -1.
int rawStatus(const std::string& answer);
// The body of a raw answer (after the blank line).
std::string rawBody(const std::string& answer);

// Parses a JSON body; discarded JSON when it is not JSON.
nlohmann::json parseJson(const std::string& body);
// The error key of a raw answer's JSON body ({"error":{"key":...}}), or "".
std::string answerErrorKey(const std::string& answer);

// huicai-serve (HUICAI_SERVE_BIN) as a child process; stdout is a pipe, stderr a file.
// Unless `demo`, --no-demo and --fast-passwords come before the arguments.
class ChildServer {
public:
    explicit ChildServer(const std::vector<std::string>& args, bool demo = false);
    ~ChildServer();
    ChildServer(const ChildServer&) = delete;
    ChildServer& operator=(const ChildServer&) = delete;

    // Reads stdout up to the first full line; nullopt on timeout or end of output.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout);
    void signal(int sig);
    // The exit status once the child has exited (-1 when killed by a signal);
    // nullopt when it is still running after `timeout`.
    std::optional<int> waitExit(std::chrono::milliseconds timeout);
    std::string stderrText() const;
    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
    int m_stdout = -1;
    std::string m_buffered;
    TempDir m_dir{"child"};
    bool m_reaped = false;
};

} // namespace serve_test
