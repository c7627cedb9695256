// Implements the API routing table and its 404/405 answers.
#include "api_router.h"

#include "responses.h"

#include <httplib.h>

#include <cassert>
#include <charconv>

namespace huicai::serve {

std::optional<int> queryNumber(const std::string& text, int fallback, int lo, int hi) {
    if (text.empty()) return fallback;
    int v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < lo || v > hi) return std::nullopt;
    return v;
}

void ApiRouter::add(const std::string& method, const std::string& path, Handler handler) {
    assert(path.rfind("/api/", 0) == 0 && "API paths start with /api/");
    assert(!m_routes[path].contains(method) && "one handler per method and path");
    m_routes[path][method] = std::move(handler);
}

void ApiRouter::addPrefix(const std::string& method, const std::string& prefix, Handler handler) {
    assert(prefix.rfind("/api/", 0) == 0 && prefix.back() == '/' && "API prefixes start with /api/ and end with /");
    assert(!m_prefixes[prefix].contains(method) && "one handler per method and prefix");
    m_prefixes[prefix][method] = std::move(handler);
}

void ApiRouter::dispatch(const httplib::Request& req, httplib::Response& res) const {
    auto route = m_routes.find(req.path);
    if (route == m_routes.end()) {
        // The longest prefix that the path extends.
        route = m_prefixes.end();
        for (auto it = m_prefixes.begin(); it != m_prefixes.end(); ++it)
            if (req.path.size() > it->first.size() && req.path.compare(0, it->first.size(), it->first) == 0 &&
                (route == m_prefixes.end() || it->first.size() > route->first.size()))
                route = it;
        if (route == m_prefixes.end()) return setError(res, 404, "error.http.not_found", req.path);
    }
    const std::string method = req.method == "HEAD" ? "GET" : req.method;
    auto handler = route->second.find(method);
    if (handler == route->second.end()) {
        std::string allow;
        for (const auto& [m, h] : route->second) allow += (allow.empty() ? "" : ", ") + m + (m == "GET" ? ", HEAD" : "");
        setError(res, 405, "error.http.method_not_allowed", req.method + " " + req.path);
        res.set_header("Allow", allow);
        return;
    }
    handler->second(req, res);
}

void ApiRouter::install(httplib::Server& http) const {
    const std::string pattern = "/api/.*";
    auto h = [this](const httplib::Request& req, httplib::Response& res) { dispatch(req, res); };
    http.Get(pattern, h);
    http.Options(pattern, h);
}

} // namespace huicai::serve
