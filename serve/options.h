// The command line of huicai-serve: --root, --data, --host, --port, --base-url, --max-body,
// --max-file, --request-time, --connections-per-address, --quiet, --no-demo,
// --today, --session-ttl, --fast-passwords, --rotate-card-key, --withdraw-card-key,
// --help and --version, each value given as `--opt VALUE` or `--opt=VALUE`.
// Parsing is pure (no file system): a bad option comes back as an error whose key
// is in the server's message catalog and whose detail names the option (and the
// value, "--port 99999", when the value is at fault).
#pragma once
#include "core/result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::serve {

struct Options {
    std::string root = "build/web/www"; // the web app's static files
    std::string data = "build/data";    // holds huicai.sqlite
    std::string host = "127.0.0.1";
    int port = 8080;                                 // 0: any free port
    std::string baseUrl;                             // where users reach the app (a reverse proxy's address); "" = not told
    std::size_t maxBody = 1024 * 1024;               // request bodies above this get 413
    std::uint64_t maxFile = std::uint64_t{10} << 20; // attachments above this get 413 (sync::kDefaultMaxFileBytes)
    int requestTime = 30;                            // seconds a whole request (line, headers, body) may take to arrive
    int connectionsPerAddress = 8;                   // open connections one client address may hold
    bool quiet = false;                              // no per-request log lines
    bool demo = true;                                // seed demo accounts and records into an empty database
    std::string today;                               // YYYY-MM-DD the server applies commands at; "" = the system date
    int sessionTtl = 12 * 3600;                      // seconds a login token lives
    bool fastPasswords = false;                      // cheapest argon2id parameters (tests only)
    bool rotateCardKey = false;                      // add a new e-card signing key (serve/card_keys.h)
    std::string withdrawCardKey;                     // an e-card signing key id to withdraw

    bool help = false;
    bool version = false;
};

// The largest --max-body accepted.
constexpr std::size_t kMaxBodyLimit = std::size_t{1} << 30;

// The largest --max-file accepted (sync::kMaxFileLimit).
constexpr std::uint64_t kMaxFileOptionLimit = std::uint64_t{1} << 32;

// An absolute http:// or https:// URL with a host, without a query, a fragment,
// user information, spaces or characters outside printable ASCII.
bool validBaseUrl(std::string_view url);

// `args` are the arguments after the program name.
Result<Options> parseOptions(const std::vector<std::string>& args);

// The --help text.
std::string usageText();

} // namespace huicai::serve
