// Request bodies stay within --max-body whatever their framing, before any
// sign-in: a compressed body is refused without being inflated, a chunked body is
// cut with 413 the moment it passes the limit, and a declared length above it is
// refused before any of the body is sent. The server runs as its own process so
// that its peak memory (VmHWM of /proc/<pid>/status) can be read and printed.
#include "serve_support.h"

#include <catch2/catch.hpp>

#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <poll.h>
#include <regex>
#include <unistd.h>

using namespace serve_test;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

// The peak resident memory of a process so far, in bytes.
std::size_t peakMemory(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stoull(line.substr(6)) * 1024;
    return 0;
}

// huicai-serve with the default --max-body (1 MiB) and its port.
struct Child {
    std::unique_ptr<Site> site = makeSite();
    ChildServer server{{"--root", site->www.string(), "--data", site->data.string(), "--port", "0", "--quiet"}};
    int port = -1;

    Child() {
        auto line = server.readLine(10s);
        INFO(server.stderrText());
        REQUIRE(line);
        std::smatch m;
        REQUIRE(std::regex_match(*line, m, std::regex(R"(^huicai-serve: serving .+ at http://127\.0\.0\.1:(\d+)$)")));
        port = std::stoi(m[1]);
    }
};

// `size` zero bytes, gzip-compressed (about a thousandth of the size).
std::string gzipOfZeros(std::size_t size) {
    z_stream zs{};
    REQUIRE(deflateInit2(&zs, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY) == Z_OK);
    const std::string zeros(kMiB, '\0');
    std::string out;
    char buf[65536];
    for (std::size_t done = 0; done < size; done += zeros.size()) {
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
        zs.avail_in = static_cast<uInt>(std::min(zeros.size(), size - done));
        const int flush = done + zeros.size() >= size ? Z_FINISH : Z_NO_FLUSH;
        do {
            zs.next_out = reinterpret_cast<Bytef*>(buf);
            zs.avail_out = sizeof buf;
            deflate(&zs, flush);
            out.append(buf, sizeof buf - zs.avail_out);
        } while (zs.avail_out == 0);
    }
    deflateEnd(&zs);
    return out;
}

std::string post(const std::string& path, const std::string& extraHeaders, std::size_t length) {
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + extraHeaders +
           "Content-Length: " + std::to_string(length) + "\r\n\r\n";
}

} // namespace

TEST_CASE("security 2a. a gzip body that inflates to 150 MiB is refused with 415 and never inflated",
          "[serve][security]") {
    Child child;
    const std::size_t before = peakMemory(child.server.pid());
    REQUIRE(before > 0);
    const std::string gz = gzipOfZeros(150 * kMiB);
    REQUIRE(gz.size() < 200 * 1024);
    const std::string answer =
        rawRequest(child.port, post("/api/v1/register", "Content-Encoding: gzip\r\n", gz.size()) + gz);
    const std::size_t after = peakMemory(child.server.pid());
    std::printf("security 2a: huicai-serve peak memory (VmHWM) %zu KiB before, %zu KiB after a %zu-byte gzip body "
                "of 150 MiB\n",
                before / 1024, after / 1024, gz.size());
    CHECK(rawStatus(answer) == 415);
    CHECK(answerErrorKey(answer) == "error.http.content_encoding");
    CHECK(after - before < 32 * kMiB);

    // Every coding is refused, small or not, whatever its spelling; identity is no coding.
    for (const char* coding : {"deflate", "br", "x-gzip", "GZIP", "identity, gzip"}) {
        INFO(coding);
        const std::string a = rawRequest(
            child.port, post("/api/v1/register", std::string("Content-Encoding: ") + coding + "\r\n", 2) + "{}");
        CHECK(rawStatus(a) == 415);
        CHECK(answerErrorKey(a) == "error.http.content_encoding");
    }
    const std::string plain =
        rawRequest(child.port, post("/api/v1/health", "Content-Encoding: identity\r\nConnection: close\r\n", 2) + "{}");
    CHECK(rawStatus(plain) == 405); // read and routed
}

TEST_CASE("security 2b. a 64 MiB chunked body is cut with 413 once it passes --max-body", "[serve][security]") {
    Child child;
    const std::size_t before = peakMemory(child.server.pid());
    int fd = connectLoopback(child.port);
    REQUIRE(fd >= 0);
    REQUIRE(sendAll(fd, "POST /api/v1/register HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        "Transfer-Encoding: chunked\r\n\r\n"));
    const std::string chunk = "10000\r\n" + std::string(0x10000, ' ') + "\r\n";
    std::size_t sent = 0;
    while (sent < 64 * kMiB) {
        pollfd p{fd, POLLIN, 0};
        if (poll(&p, 1, 0) > 0) break; // the server answered before the body was all sent
        if (!sendAll(fd, chunk)) break;
        sent += 0x10000;
    }
    if (sent == 64 * kMiB) sendAll(fd, "0\r\n\r\n");
    const std::string answer = readAnswer(fd);
    close(fd);
    const std::size_t after = peakMemory(child.server.pid());
    std::printf("security 2b: huicai-serve peak memory (VmHWM) %zu KiB before, %zu KiB after a chunked body cut at "
                "%zu of 64 MiB sent\n",
                before / 1024, after / 1024, sent);
    CHECK(rawStatus(answer) == 413);
    CHECK(answerErrorKey(answer) == "error.http.payload_too_large");
    CHECK(sent < 64 * kMiB);
    CHECK(after - before < 32 * kMiB);

    // A chunked body within the limit is read and routed.
    const std::string small = rawRequest(child.port, "POST /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                     "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                                     "2\r\n{}\r\n0\r\n\r\n");
    CHECK(rawStatus(small) == 405);
}

TEST_CASE("security 2c. a declared length above --max-body is refused before any of the body is sent",
          "[serve][security]") {
    Child child;
    // Only the head is sent: the answer must not wait for the 64 MiB announced.
    for (const char* expect : {"", "Expect: 100-continue\r\n"}) {
        INFO(expect);
        int fd = connectLoopback(child.port);
        REQUIRE(fd >= 0);
        REQUIRE(sendAll(fd, post("/api/v1/register", expect, 64 * kMiB)));
        const std::string answer = readAnswer(fd);
        close(fd);
        CHECK(rawStatus(answer) == 413);
        CHECK(answerErrorKey(answer) == "error.http.payload_too_large");
        CHECK(answer.find("\r\nConnection: close\r\n") != std::string::npos);
    }
    // Framing the server would not read whole is refused too.
    struct {
        int n;
        std::string head;
        int status;
        const char* key;
    } cases[] = {
        {1, "Transfer-Encoding: gzip, chunked\r\n", 400, "error.http.bad_request"},
        {2, "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", 400, "error.http.bad_request"},
        {3, "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 5\r\n", 415, "error.http.media_type"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        const std::string answer =
            rawRequest(child.port, "POST /api/v1/register HTTP/1.1\r\nHost: 127.0.0.1\r\n" + c.head + "\r\nhello");
        CHECK(rawStatus(answer) == c.status);
        CHECK(answerErrorKey(answer) == c.key);
    }
}
