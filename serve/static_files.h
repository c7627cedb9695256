// Serves the web app's files from one root folder for GET and HEAD: the MIME type
// of the requested name, a precompressed `.br`/`.gz` sibling when the client
// accepts it (with Content-Encoding and Vary: Accept-Encoding), Cache-Control
// "immutable" for content-hashed names and "no-cache" for the rest, a strong ETag
// from the served file's size and modification time with 304 on If-None-Match,
// byte ranges clamped and merged (byte_ranges.h), and a JSON 404 for anything
// missing, hidden or outside the root (static_paths.h). Bodies are streamed from
// disk, which also keeps cpp-httplib from compressing them a second time.
#pragma once
#include <filesystem>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace huicai::serve {

class StaticFiles {
public:
    // `root` must exist; it is made canonical here.
    explicit StaticFiles(const std::filesystem::path& root);

    void serve(const httplib::Request& req, httplib::Response& res) const;

    const std::filesystem::path& root() const { return m_root; }

private:
    std::filesystem::path m_root;
};

} // namespace huicai::serve
