// Implements request path confinement and content-hash detection.
#include "static_paths.h"

#include <cctype>
#include <system_error>
#include <vector>

namespace huicai::serve {

namespace fs = std::filesystem;

namespace {

// True when `p` (canonical) is `root` or lies below it.
bool isWithin(const fs::path& root, const fs::path& p) {
    auto r = root.begin();
    auto q = p.begin();
    for (; r != root.end(); ++r, ++q) {
        if (r->empty()) continue; // a trailing separator of the root
        if (q == p.end() || *r != *q) return false;
    }
    return true;
}

// True when a name of `p` below `root` starts with a dot (".env", ".git/config").
bool isHiddenBelow(const fs::path& root, const fs::path& p) {
    auto q = p.begin();
    for (auto r = root.begin(); r != root.end(); ++r)
        if (!r->empty()) ++q;
    for (; q != p.end(); ++q)
        if (!q->empty() && q->native().front() == '.') return true;
    return false;
}

std::optional<fs::path> canonicalWithin(const fs::path& root, const fs::path& candidate) {
    std::error_code ec;
    fs::path c = fs::canonical(candidate, ec);
    if (ec || !isWithin(root, c) || isHiddenBelow(root, c)) return std::nullopt;
    return c;
}

} // namespace

std::optional<StaticFile> resolveStaticFile(const fs::path& root, std::string_view urlPath) {
    if (urlPath.empty() || urlPath.front() != '/') return std::nullopt;
    if (urlPath.find('\0') != std::string_view::npos || urlPath.find('\\') != std::string_view::npos) return std::nullopt;

    std::vector<std::string_view> segments;
    std::string_view rest = urlPath;
    while (!rest.empty()) {
        auto slash = rest.find('/');
        std::string_view seg = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
        if (seg.empty() || seg == ".") continue;
        if (seg.front() == '.') return std::nullopt; // "..", and hidden names such as ".env"
        segments.push_back(seg);
    }

    fs::path candidate = root;
    std::string logical;
    for (auto seg : segments) {
        candidate /= fs::path(std::string(seg));
        logical += '/';
        logical += seg;
    }

    auto c = canonicalWithin(root, candidate);
    if (!c) return std::nullopt;
    std::error_code ec;
    if (fs::is_directory(*c, ec)) {
        c = canonicalWithin(root, candidate / "index.html");
        if (!c) return std::nullopt;
        logical += "/index.html";
    }
    if (!fs::is_regular_file(*c, ec)) return std::nullopt;
    return StaticFile{*c, logical};
}

bool isContentHashedName(std::string_view fileName) {
    auto slash = fileName.find_last_of('/');
    if (slash != std::string_view::npos) fileName.remove_prefix(slash + 1);
    auto first = fileName.find('.');
    auto last = fileName.rfind('.');
    if (first == std::string_view::npos || first == last) return false;
    std::string_view middle = fileName.substr(first + 1, last - first - 1);
    while (!middle.empty()) {
        auto dot = middle.find('.');
        std::string_view seg = middle.substr(0, dot);
        middle = dot == std::string_view::npos ? std::string_view{} : middle.substr(dot + 1);
        bool hex = seg.size() >= 8;
        for (char ch : seg) hex = hex && std::isxdigit(static_cast<unsigned char>(ch));
        if (hex) return true;
    }
    return false;
}

} // namespace huicai::serve
