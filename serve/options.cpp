// Implements huicai-serve's command-line parsing.
#include "options.h"

#include "core/date.h"

#include <charconv>
#include <optional>
#include <string_view>

namespace huicai::serve {

namespace {

template <class T>
std::optional<T> parseWhole(std::string_view s) {
    T v{};
    if (s.empty()) return std::nullopt;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size()) return std::nullopt;
    return v;
}

} // namespace

bool validBaseUrl(std::string_view url) {
    std::string_view rest;
    if (url.rfind("https://", 0) == 0) rest = url.substr(8);
    else if (url.rfind("http://", 0) == 0) rest = url.substr(7);
    else return false;
    const auto hostEnd = rest.find('/');
    const std::string_view authority = rest.substr(0, hostEnd);
    if (authority.empty() || authority.find('@') != std::string_view::npos) return false;
    for (char c : url) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F || c == '?' || c == '#' || c == '\\' || c == '"' || c == '<' || c == '>') return false;
    }
    return true;
}

Result<Options> parseOptions(const std::vector<std::string>& args) {
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string name = args[i];
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); name.rfind("--", 0) == 0 && eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        auto flag = [&](bool& target) -> Status {
            if (inlineValue) return makeError("error.options.unknown", args[i]);
            target = true;
            return Ok{};
        };
        auto value = [&]() -> Result<std::string> {
            if (inlineValue) {
                if (inlineValue->empty()) return makeError("error.options.empty_value", name);
                return *inlineValue;
            }
            if (i + 1 >= args.size()) return makeError("error.options.missing_value", name);
            std::string v = args[++i];
            if (v.empty()) return makeError("error.options.empty_value", name);
            return v;
        };

        if (name == "--quiet" || name == "-q") {
            if (auto s = flag(o.quiet); !s) return s.error();
        } else if (name == "--help" || name == "-h") {
            if (auto s = flag(o.help); !s) return s.error();
        } else if (name == "--version") {
            if (auto s = flag(o.version); !s) return s.error();
        } else if (name == "--no-demo") {
            bool noDemo = false;
            if (auto s = flag(noDemo); !s) return s.error();
            o.demo = false;
        } else if (name == "--fast-passwords") {
            if (auto s = flag(o.fastPasswords); !s) return s.error();
        } else if (name == "--rotate-card-key") {
            if (auto s = flag(o.rotateCardKey); !s) return s.error();
        } else if (name == "--withdraw-card-key") {
            auto v = value();
            if (!v) return v.error();
            o.withdrawCardKey = *v;
        } else if (name == "--today") {
            auto v = value();
            if (!v) return v.error();
            if (!Date::parse(*v)) return makeError("error.options.bad_date", name + " " + *v);
            o.today = *v;
        } else if (name == "--session-ttl") {
            auto v = value();
            if (!v) return v.error();
            auto ttl = parseWhole<int>(*v);
            if (!ttl || *ttl < 1) return makeError("error.options.bad_number", name + " " + *v);
            o.sessionTtl = *ttl;
        } else if (name == "--request-time" || name == "--connections-per-address") {
            auto v = value();
            if (!v) return v.error();
            auto n = parseWhole<int>(*v);
            if (!n || *n < 1) return makeError("error.options.bad_number", name + " " + *v);
            (name == "--request-time" ? o.requestTime : o.connectionsPerAddress) = *n;
        } else if (name == "--root" || name == "--data" || name == "--host") {
            auto v = value();
            if (!v) return v.error();
            (name == "--root" ? o.root : name == "--data" ? o.data
                                                          : o.host) = *v;
        } else if (name == "--base-url") {
            auto v = value();
            if (!v) return v.error();
            if (!validBaseUrl(*v)) return makeError("error.options.bad_url", name + " " + *v);
            o.baseUrl = *v;
        } else if (name == "--port") {
            auto v = value();
            if (!v) return v.error();
            auto port = parseWhole<int>(*v);
            if (!port || *port < 0 || *port > 65535) return makeError("error.options.bad_port", name + " " + *v);
            o.port = *port;
        } else if (name == "--max-body") {
            auto v = value();
            if (!v) return v.error();
            auto size = parseWhole<std::size_t>(*v);
            if (!size || *size == 0 || *size > kMaxBodyLimit) return makeError("error.options.bad_size", name + " " + *v);
            o.maxBody = *size;
        } else if (name == "--max-file") {
            auto v = value();
            if (!v) return v.error();
            auto size = parseWhole<std::uint64_t>(*v);
            if (!size || *size == 0 || *size > kMaxFileOptionLimit)
                return makeError("error.options.bad_size", name + " " + *v);
            o.maxFile = *size;
        } else {
            return makeError("error.options.unknown", args[i]);
        }
    }
    return o;
}

std::string usageText() {
    return "usage: huicai-serve [OPTIONS]\n"
           "Serves the Huicai web app and its JSON API.\n\n"
           "  --root DIR        static files of the web app (default build/web/www)\n"
           "  --data DIR        data folder; holds huicai.sqlite, created on first start\n"
           "                    (default build/data)\n"
           "  --host HOST       address to listen on (default 127.0.0.1)\n"
           "  --port N          port, 0 for any free port (default 8080)\n"
           "  --base-url URL    the address users reach the app at, e.g. behind a TLS\n"
           "                    reverse proxy (http:// or https://, no query or fragment);\n"
           "                    printed at start and reported by /api/v1/health\n"
           "  --max-body BYTES  largest request body accepted (default 1048576); also the\n"
           "                    largest chunk of an attachment upload\n"
           "  --max-file BYTES  largest attachment (PDF, JPEG, PNG) accepted, kept\n"
           "                    in the data folder's files/ (default 10485760)\n"
           "  --request-time S  seconds a whole request (line, headers and body) may take\n"
           "                    to arrive; a slower one is answered 408 and its connection\n"
           "                    closed (default 30)\n"
           "  --connections-per-address N\n"
           "                    open connections one client address may hold; more are\n"
           "                    answered 503 at once (default 8; the server has 16 threads)\n"
           "  --quiet           no log line per request\n"
           "  --no-demo         do not seed demo accounts and records into a new database\n"
           "  --today DATE      apply commands at this date (YYYY-MM-DD; default: today)\n"
           "  --session-ttl S   seconds a login token stays valid (default 43200)\n"
           "  --fast-passwords  cheapest password hashing, for tests only\n"
           "  --rotate-card-key add a new e-card signing key to the data folder's\n"
           "                    card-keys/; it signs from then on, older keys stay trusted\n"
           "  --withdraw-card-key ID  stop trusting an older signing key; its cards are\n"
           "                    signed again with the current key\n"
           "  --version         print the version\n"
           "  --help            print this help\n\n"
           "A bad option or value stops the server with a message naming it.\n"
           "Exit status: 0 after a clean stop (SIGTERM or SIGINT), 1 when the server\n"
           "cannot start, 2 for bad options.\n";
}

} // namespace huicai::serve
