// Implements StaticFiles: negotiation, cache headers, ETag and streaming.
#include "static_files.h"

#include "byte_ranges.h"
#include "content_coding.h"
#include "mime.h"
#include "responses.h"
#include "static_paths.h"

#include <httplib.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <memory>

namespace huicai::serve {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kChunk = 64 * 1024;

std::string etagFor(std::uintmax_t size, fs::file_time_type mtime) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "\"%jx-%llx\"", size,
                  static_cast<unsigned long long>(mtime.time_since_epoch().count()));
    return buf;
}

// True when If-None-Match lists `etag` (weak comparison, as RFC 9110 asks) or "*".
bool matchesIfNoneMatch(std::string_view header, std::string_view etag) {
    while (!header.empty()) {
        auto comma = header.find(',');
        std::string_view tag = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
        if (tag.rfind("W/", 0) == 0) tag.remove_prefix(2);
        if (tag == "*" || tag == etag) return true;
    }
    return false;
}

} // namespace

StaticFiles::StaticFiles(const fs::path& root) {
    std::error_code ec;
    m_root = fs::canonical(root, ec);
    if (ec) m_root = fs::absolute(root);
}

void StaticFiles::serve(const httplib::Request& req, httplib::Response& res) const {
    auto file = resolveStaticFile(m_root, req.path);
    if (!file) return setError(res, 404, "error.http.not_found", req.path);

    auto br = resolveStaticFile(m_root, file->logical + ".br");
    auto gz = resolveStaticFile(m_root, file->logical + ".gz");
    ContentCoding coding = chooseCoding(req.get_header_value("Accept-Encoding"), br.has_value(), gz.has_value());
    const fs::path& served = coding == ContentCoding::Brotli ? br->path : coding == ContentCoding::Gzip ? gz->path
                                                                                                        : file->path;

    std::error_code ec;
    auto size = fs::file_size(served, ec);
    auto mtime = ec ? fs::file_time_type{} : fs::last_write_time(served, ec);
    if (ec) return setError(res, 404, "error.http.not_found", req.path);

    std::string etag = etagFor(size, mtime);
    std::string mime(mimeTypeFor(file->logical));
    res.set_header("Cache-Control", isContentHashedName(file->logical) ? "public, max-age=31536000, immutable" : "no-cache");
    res.set_header("ETag", etag);
    if (br || gz) res.set_header("Vary", "Accept-Encoding");
    if (coding == ContentCoding::Brotli) res.set_header("Content-Encoding", "br");
    if (coding == ContentCoding::Gzip) res.set_header("Content-Encoding", "gzip");

    if (matchesIfNoneMatch(req.get_header_value("If-None-Match"), etag)) {
        res.status = 304;
        return;
    }
    // cpp-httplib cuts the body by req.ranges after this handler and neither clamps
    // nor merges them itself; the Request object it passes is its own, not const.
    FittedRanges fitted = fitRanges(req.ranges, static_cast<std::size_t>(size));
    if (fitted.kind == FittedRanges::Kind::Unsatisfiable) {
        setError(res, 416, "error.http.range_not_satisfiable", req.get_header_value("Range"));
        res.set_header("Content-Range", "bytes */" + std::to_string(size));
        return;
    }
    const_cast<httplib::Request&>(req).ranges = std::move(fitted.ranges);
    if (size == 0) {
        res.set_content("", mime);
        return;
    }
    auto in = std::make_shared<std::ifstream>(served, std::ios::binary);
    if (!*in) return setError(res, 404, "error.http.not_found", req.path);
    res.set_content_provider(static_cast<std::size_t>(size), mime,
                             [in](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                 std::array<char, kChunk> buf;
                                 in->clear();
                                 in->seekg(static_cast<std::streamoff>(offset));
                                 in->read(buf.data(), static_cast<std::streamsize>(std::min(length, buf.size())));
                                 auto got = static_cast<std::size_t>(in->gcount());
                                 return got > 0 && sink.write(buf.data(), got);
                             });
}

} // namespace huicai::serve
