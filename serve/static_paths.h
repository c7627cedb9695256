// Maps a request path to a file of the static root, confined to that root: a
// `..` segment (also when it arrived percent-encoded), a backslash or NUL, any
// symlink whose target lies outside the root, and hidden names (a segment of the
// path or of a symlink's target below the root starting with a dot, such as
// ".env" or ".git/config") are refused; a directory stands for
// its index.html. Also tells content-hashed file names, which may be cached forever.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace huicai::serve {

struct StaticFile {
    std::filesystem::path path; // canonical path of a regular file inside the root
    std::string logical;        // the request path it answers, "/" + relative, e.g. "/index.html"
};

// `root` must be canonical; `urlPath` is the decoded request path ("/app.js").
// nullopt when the path is unsafe or there is no regular file there.
std::optional<StaticFile> resolveStaticFile(const std::filesystem::path& root, std::string_view urlPath);

// True when a dot-separated segment between the first and the extension is 8 or
// more hex digits, as in "app.0123abcd.js" or "huicai.3f9a1c2b.wasm".
bool isContentHashedName(std::string_view fileName);

} // namespace huicai::serve
