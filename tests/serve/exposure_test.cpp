// What the server gives away without being asked to: repeated or overlapping
// byte ranges never send a byte of a file twice, hidden files under the web root
// (".env", ".git/") are not served, and the database file is readable by its owner
// only.
#include "serve_support.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace serve_test;

namespace {

std::string fileOf(std::size_t size) {
    std::string s(size, '\0');
    for (std::size_t i = 0; i < size; ++i) s[i] = static_cast<char>((i * 7919 + i / 251) & 0xff);
    return s;
}

std::string rangeRequest(const std::string& path, const std::string& ranges) {
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\nRange: bytes=" + ranges +
           "\r\nConnection: close\r\n\r\n";
}

std::string exactHeader(const std::string& answer, const std::string& name) {
    const std::string key = "\r\n" + name + ": ";
    auto at = answer.find(key);
    if (at == std::string::npos || at > answer.find("\r\n\r\n")) return {};
    at += key.size();
    return answer.substr(at, answer.find("\r\n", at) - at);
}

unsigned modeOf(const fs::path& p) {
    struct stat st {};
    REQUIRE(stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

} // namespace

TEST_CASE("security 11a. overlapping byte ranges do not multiply a download", "[serve][security]") {
    auto site = makeSite();
    const std::string file = fileOf(100 * 1024);
    writeFile(site->www / "big.bin", file);
    RunningServer server(testOptions(site->www, site->data));

    // A thousand times the whole file is the file once.
    std::string thousand = "0-";
    for (int i = 1; i < 1000; ++i) thousand += ",0-";
    const std::string whole = rawRequest(server.port(), rangeRequest("/big.bin", thousand));
    CHECK(rawStatus(whole) == 206);
    CHECK(exactHeader(whole, "Content-Range") == "bytes 0-102399/102400");
    CHECK(rawBody(whole) == file);
    CHECK(whole.size() < 2 * file.size());

    // Overlapping and adjacent ranges in any order are merged into one.
    const std::string merged = rawRequest(server.port(), rangeRequest("/big.bin", "50-149,0-99,150-199,10-20"));
    CHECK(rawStatus(merged) == 206);
    CHECK(exactHeader(merged, "Content-Range") == "bytes 0-199/102400");
    CHECK(rawBody(merged) == file.substr(0, 200));

    // Separate ranges stay a multipart answer, each part once.
    const std::string two = rawRequest(server.port(), rangeRequest("/big.bin", "1000-1099,0-9,1050-1060"));
    CHECK(rawStatus(two) == 206);
    CHECK(exactHeader(two, "Content-Type").rfind("multipart/byteranges", 0) == 0);
    // (cpp-httplib 0.11 writes each part's total length as 0 for a streamed body.)
    CHECK(two.find("Content-Range: bytes 0-9/") < two.find("Content-Range: bytes 1000-1099/"));
    CHECK(two.find("Content-Range: bytes 1000-1099/") != std::string::npos);
    CHECK(two.find("Content-Range: bytes 1050-1060/") == std::string::npos);

    // Hundreds of small ranges are answered with the file once, in full.
    std::string many;
    for (int i = 0; i < 500; ++i) many += (i ? "," : "") + std::to_string(2 * i) + "-" + std::to_string(2 * i);
    const std::string all = rawRequest(server.port(), rangeRequest("/big.bin", many));
    CHECK(rawStatus(all) == 200);
    CHECK(rawBody(all) == file);
}

TEST_CASE("security 11b. hidden files under the web root are not served", "[serve][security]") {
    auto site = makeSite();
    writeFile(site->www / ".env", "DATABASE_PASSWORD=secret\n");
    writeFile(site->www / ".git" / "config", "[core]\n");
    writeFile(site->www / "sub" / ".htpasswd", "admin:secret\n");
    writeFile(site->www / ".well-known" / "security.txt", "Contact: x\n");
    fs::create_symlink(site->www / ".env", site->www / "env.txt");
    RunningServer server(testOptions(site->www, site->data));
    auto cli = server.client();
    for (const char* path : {"/.env", "/.git/config", "/.git/", "/sub/.htpasswd", "/.well-known/security.txt",
                             "/%2eenv", "/sub/../.env", "/env.txt"}) {
        INFO(path);
        auto res = cli->Get(path);
        REQUIRE(res);
        CHECK(res->status == 404);
        CHECK(res->body.find("secret") == std::string::npos);
        CHECK(parseJson(res->body)["error"]["key"] == "error.http.not_found");
    }
    auto index = cli->Get("/sub/index.html");
    REQUIRE(index);
    CHECK(index->status == 200);
}

TEST_CASE("security 11c. the database file is readable by its owner only", "[serve][security]") {
    auto site = makeSite();
    const mode_t before = umask(022); // the usual umask, which leaves new files world-readable
    {
        RunningServer server(testOptions(site->www, site->data));
        CHECK(server.client()->Get("/api/v1/health"));
        CHECK(modeOf(site->data / "huicai.sqlite") == 0600);
        CHECK((modeOf(site->data) & 077) == 0);
        CHECK(fs::exists(site->data / "huicai.sqlite-wal"));
        for (const char* side : {"huicai.sqlite-wal", "huicai.sqlite-shm"})
            if (fs::exists(site->data / side)) CHECK((modeOf(site->data / side) & 077) == 0);
    }

    // A database left readable by an older server is narrowed when the server opens it.
    fs::permissions(site->data / "huicai.sqlite", fs::perms::owner_read | fs::perms::owner_write |
                                                      fs::perms::group_read | fs::perms::others_read);
    {
        RunningServer server(testOptions(site->www, site->data));
        CHECK(modeOf(site->data / "huicai.sqlite") == 0600);
        for (const char* side : {"huicai.sqlite-wal", "huicai.sqlite-shm"})
            if (fs::exists(site->data / side)) CHECK((modeOf(site->data / side) & 077) == 0);
    }
    umask(before);
}
