// Implements Accept-Encoding parsing and the choice of a precompressed sibling.
#include "content_coding.h"

#include <cctype>
#include <charconv>
#include <optional>
#include <string>

namespace huicai::serve {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool equalsNoCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}

// The qvalue of one "coding;q=0.5" element's parameters; nullopt when malformed.
std::optional<double> quality(std::string_view params) {
    double q = 1.0;
    while (!params.empty()) {
        auto semi = params.find(';');
        std::string_view p = trim(params.substr(0, semi));
        params = semi == std::string_view::npos ? std::string_view{} : params.substr(semi + 1);
        if (p.size() < 2 || std::tolower(static_cast<unsigned char>(p[0])) != 'q' || p[1] != '=') continue;
        std::string_view v = trim(p.substr(2));
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), q);
        if (ec != std::errc{} || end != v.data() + v.size() || q < 0.0 || q > 1.0) return std::nullopt;
    }
    return q;
}

} // namespace

double acceptedQuality(std::string_view header, std::string_view coding) {
    std::optional<double> named;
    std::optional<double> star;
    while (!header.empty()) {
        auto comma = header.find(',');
        std::string_view element = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
        auto semi = element.find(';');
        std::string_view name = trim(element.substr(0, semi));
        if (name.empty()) continue;
        auto q = quality(semi == std::string_view::npos ? std::string_view{} : element.substr(semi + 1));
        double value = q.value_or(0.0);
        bool isGzip = equalsNoCase(coding, "gzip") && equalsNoCase(name, "x-gzip");
        if (equalsNoCase(name, coding) || isGzip) {
            if (!named || value > *named) named = value;
        } else if (name == "*") {
            star = value;
        }
    }
    if (named) return *named;
    return star.value_or(0.0);
}

ContentCoding chooseCoding(std::string_view acceptEncoding, bool haveBrotli, bool haveGzip) {
    double br = haveBrotli ? acceptedQuality(acceptEncoding, "br") : 0.0;
    double gz = haveGzip ? acceptedQuality(acceptEncoding, "gzip") : 0.0;
    if (br > 0.0 && br >= gz) return ContentCoding::Brotli;
    if (gz > 0.0) return ContentCoding::Gzip;
    return ContentCoding::Identity;
}

} // namespace huicai::serve
