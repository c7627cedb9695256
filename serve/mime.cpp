// Implements the extension to MIME type table.
#include "mime.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace huicai::serve {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 27> kTypes{{
    {"html", "text/html; charset=utf-8"},
    {"htm", "text/html; charset=utf-8"},
    {"js", "text/javascript"},
    {"mjs", "text/javascript"},
    {"css", "text/css"},
    {"json", "application/json"},
    {"map", "application/json"},
    {"wasm", "application/wasm"},
    {"data", "application/octet-stream"},
    {"hcmap", "application/octet-stream"}, // the dashboard map's mesh
    {"ttf", "font/ttf"},
    {"otf", "font/otf"},
    {"woff", "font/woff"},
    {"woff2", "font/woff2"},
    {"ttc", "font/collection"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},
    {"webp", "image/webp"},
    {"svg", "image/svg+xml"},
    {"ico", "image/x-icon"},
    {"webmanifest", "application/manifest+json"},
    {"txt", "text/plain; charset=utf-8"},
    {"xml", "application/xml"},
    {"pdf", "application/pdf"},
    {"csv", "text/csv; charset=utf-8"},
}};

} // namespace

std::string_view mimeTypeFor(std::string_view fileName) {
    auto slash = fileName.find_last_of('/');
    if (slash != std::string_view::npos) fileName.remove_prefix(slash + 1);
    auto dot = fileName.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return "application/octet-stream";
    std::string ext(fileName.substr(dot + 1));
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& [e, type] : kTypes)
        if (e == ext) return type;
    return "application/octet-stream";
}

} // namespace huicai::serve
