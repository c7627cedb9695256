// Helpers for the attachment tests: deterministic PNG/PDF/text bodies, their
// sha256, the attachment calls (declare, chunk, download) on the real server, a
// chunk sent as raw bytes and dropped half-way, and what the server holds on disk.
#pragma once
#include "sync_support.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace files_test {

using sync_test::json;
using sync_test::Response;

// `size` bytes starting with the PNG signature (or "%PDF-1.7\n"), the rest
// pseudo-random from `seed`.
std::string pngBytes(std::size_t size, std::uint32_t seed);
std::string pdfBytes(std::size_t size, std::uint32_t seed);
std::string sha256(const std::string& bytes);

// The size of the chunks the app uploads.
constexpr std::size_t kChunk = 64 * 1024;
// How many accounts uploaded the file of `sha` (the server database's count).
std::int64_t uploaders(serve_test::Site& site, const std::string& sha);

json declaration(const std::string& bytes, const std::string& type, const std::string& name = "证书.png");
Response declare(sync_test::Client& c, const json& declaration);
Response putChunk(int port, const std::string& token, const std::string& sha, const std::string& offset, const std::string& bytes);
struct Download {
    int status = 0;
    std::string contentType;
    std::string body;
};
Download download(int port, const std::string& token, const std::string& sha);
// Uploads the whole of `bytes` in chunks of `chunk` after declaring it; the last answer.
Response upload(sync_test::Client& c, int port, const std::string& bytes, const std::string& type, std::size_t chunk);

// Sends the headers of a chunk of `declaredLength` bytes and only `sent` of them,
// then closes the connection.
void sendAndDrop(int port, const std::string& token, const std::string& sha, std::uint64_t offset,
                 const std::string& bytes, std::size_t sent);

// The attachments folder of the test server and what it holds.
std::filesystem::path filesDir(const serve_test::Site& site);
// Complete attachments (every regular file outside partial/).
int completeCount(const serve_test::Site& site);
// Partial uploads (regular files in partial/).
int partialCount(const serve_test::Site& site);

} // namespace files_test
