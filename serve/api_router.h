// The JSON API's routing table under /api/: exact paths, each with the methods it
// answers, and prefix routes ("/api/v1/files/" answers "/api/v1/files/<name>")
// for paths that carry a name; an exact path wins over a prefix, a longer prefix
// over a shorter one. An unknown path gets a JSON 404, a known path with another method a JSON
// 405 with an Allow header. HEAD is answered by a path's GET handler.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>

namespace httplib {
struct Request;
struct Response;
class Server;
} // namespace httplib

namespace huicai::serve {

// A query parameter's integer: `fallback` when the text is empty, nothing when it is
// not a whole number from `lo` to `hi`.
std::optional<int> queryNumber(const std::string& text, int fallback, int lo, int hi);

class ApiRouter {
public:
    using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;

    // `method` is "GET", "POST", "PUT", "PATCH" or "DELETE"; `path` starts with "/api/".
    void add(const std::string& method, const std::string& path, Handler handler);

    // A route for every path that starts with `prefix` (ending in "/") and goes on;
    // the handler reads the rest from req.path.
    void addPrefix(const std::string& method, const std::string& prefix, Handler handler);

    void dispatch(const httplib::Request& req, httplib::Response& res) const;

    // Routes GET, HEAD and OPTIONS under /api/ of `http` to dispatch(); call before
    // any catch-all GET route. Methods with a body reach dispatch() from the server
    // once their body is read within its limit (Server::configure).
    void install(httplib::Server& http) const;

private:
    std::map<std::string, std::map<std::string, Handler>> m_routes;   // path -> method -> handler
    std::map<std::string, std::map<std::string, Handler>> m_prefixes; // prefix -> method -> handler
};

} // namespace huicai::serve
