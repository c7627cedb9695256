// Implements the attachment test helpers.
#include "files_support.h"
#include "store/file_repo.h"
#include "store/database.h"

#include "file_store.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace files_test {

namespace fs = std::filesystem;
using sync_test::versions;

namespace {
std::string randomTail(std::string head, std::size_t size, std::uint32_t seed) {
    std::uint32_t x = seed * 2654435761u + 1;
    while (head.size() < size) {
        x = x * 1664525u + 1013904223u;
        head.push_back(static_cast<char>(x >> 24));
    }
    head.resize(size);
    return head;
}
} // namespace

std::string pngBytes(std::size_t size, std::uint32_t seed) { return randomTail(std::string("\x89PNG\r\n\x1A\n", 8), size, seed); }
std::string pdfBytes(std::size_t size, std::uint32_t seed) { return randomTail("%PDF-1.7\n", size, seed); }
std::string sha256(const std::string& bytes) { return huicai::serve::sha256Hex(bytes); }

json declaration(const std::string& bytes, const std::string& type, const std::string& name) {
    return versions(json{{"sha256", sha256(bytes)}, {"size", bytes.size()}, {"type", type}, {"name", name}});
}

Response declare(sync_test::Client& c, const json& declaration) { return c.post("/api/v1/files", declaration); }

Response putChunk(int port, const std::string& token, const std::string& sha, const std::string& offset, const std::string& bytes) {
    httplib::Client h("127.0.0.1", port);
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    const std::string path = "/api/v1/files/" + sha + (offset.empty() ? "" : "?offset=" + offset);
    auto res = h.Put(path.c_str(), headers, bytes, "application/octet-stream");
    if (!res) return Response{-1, json()};
    return Response{res->status, json::parse(res->body, nullptr, false)};
}

Download download(int port, const std::string& token, const std::string& sha) {
    httplib::Client h("127.0.0.1", port);
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    auto res = h.Get(("/api/v1/files/" + sha).c_str(), headers);
    if (!res) return Download{-1, "", ""};
    return Download{res->status, res->get_header_value("Content-Type"), res->body};
}

Response upload(sync_test::Client& c, int port, const std::string& bytes, const std::string& type, std::size_t chunk) {
    auto r = declare(c, declaration(bytes, type));
    if (r.status != 200 || r.body["complete"] == true) return r;
    std::uint64_t at = r.body["received"].get<std::uint64_t>();
    while (at < bytes.size()) {
        r = putChunk(port, c.token(), sha256(bytes), std::to_string(at), bytes.substr(at, chunk));
        if (r.status != 200) return r;
        at = r.body["received"].get<std::uint64_t>();
    }
    return r;
}

void sendAndDrop(int port, const std::string& token, const std::string& sha, std::uint64_t offset,
                 const std::string& bytes, std::size_t sent) {
    const std::string head = "PUT /api/v1/files/" + sha + "?offset=" + std::to_string(offset) +
                             " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                             "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + std::to_string(bytes.size()) +
                             "\r\n\r\n";
    const std::string wire = head + bytes.substr(0, sent);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    std::size_t done = 0;
    while (done < wire.size()) {
        const ssize_t n = ::send(fd, wire.data() + done, wire.size() - done, MSG_NOSIGNAL);
        REQUIRE(n > 0);
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
}

fs::path filesDir(const serve_test::Site& site) { return site.data / "files"; }

int completeCount(const serve_test::Site& site) {
    int n = 0;
    for (const auto& e : fs::recursive_directory_iterator(filesDir(site)))
        if (e.is_regular_file() && e.path().parent_path().filename() != "partial") ++n;
    return n;
}

int partialCount(const serve_test::Site& site) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(filesDir(site) / "partial"))
        if (e.is_regular_file()) ++n;
    return n;
}

std::int64_t uploaders(serve_test::Site& site, const std::string& sha) {
    auto db = huicai::store::Database::open((site.data / "huicai.sqlite").string());
    REQUIRE(db.ok());
    return huicai::store::uploaderCount(*db, sha);
}

} // namespace files_test
