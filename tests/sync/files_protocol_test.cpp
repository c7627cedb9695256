// The attachment messages shared by browser and server: accepted types and their
// magic bytes, the strict declaration decoder, the status answer both ways, and
// chunk offsets (S7.4 step 1: application materials as PDF, JPEG or PNG files).
#include "sync/files.h"

#include <catch2/catch.hpp>

using namespace huicai::sync;
using nlohmann::json;

namespace {
const std::string kHash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
json good() { return json{{"protocol", 1}, {"schema", 5}, {"sha256", kHash}, {"size", 1000}, {"type", "image/png"}, {"name", "证书.png"}}; }
} // namespace

TEST_CASE("files protocol 1. types by MIME name and by magic bytes", "[sync][files][S7.4]") {
    struct Case {
        int n;
        std::string head;
        std::optional<FileType> type;
    } cases[] = {
        {1, "%PDF-1.7\n%", FileType::Pdf},
        {2, std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10), FileType::Jpeg},
        {3, std::string("\x89PNG\r\n\x1A\n\0\0", 10), FileType::Png},
        {4, "%PDF", std::nullopt},                            // cut short
        {5, std::string("\x89PNG\r\n\x1A", 7), std::nullopt}, // one byte short
        {6, std::string("\xFF\xD8", 2), std::nullopt},
        {7, "GIF89a", std::nullopt},
        {8, "plain text", std::nullopt},
        {9, "", std::nullopt},
        {10, " %PDF-1.7", std::nullopt},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        CHECK(sniffFileType(c.head) == c.type);
    }
    for (FileType t : {FileType::Pdf, FileType::Jpeg, FileType::Png}) CHECK(fileTypeFromMime(mimeOf(t)) == t);
    CHECK(mimeOf(FileType::Jpeg) == "image/jpeg");
    CHECK_FALSE(fileTypeFromMime("image/gif"));
    CHECK_FALSE(fileTypeFromMime("IMAGE/PNG"));
}

TEST_CASE("files protocol 2. declarations are decoded strictly", "[sync][files][S7.4]") {
    auto ok = decodeFileDeclaration(good().dump());
    REQUIRE(ok.ok());
    CHECK(ok->sha256 == kHash);
    CHECK(ok->size == 1000u);
    CHECK(ok->type == FileType::Png);
    CHECK(ok->name == "证书.png");
    CHECK(ok->versions.schema == 5);

    struct Case {
        int n;
        json body;
        const char* key;
        const char* detailStart;
    };
    auto with = [](const char* member, json value) {
        json j = good();
        j[member] = std::move(value);
        return j;
    };
    auto without = [](const char* member) {
        json j = good();
        j.erase(member);
        return j;
    };
    const std::vector<Case> cases = {
        {1, without("sha256"), "error.sync.field", "sha256"},
        {2, with("sha256", kHash.substr(1)), "error.sync.field", "sha256"},
        {3, with("sha256", std::string(64, 'F')), "error.sync.field", "sha256"},
        {4, with("size", 0), "error.sync.field", "size"},
        {5, with("size", -5), "error.sync.field", "size"},
        {6, with("size", "1000"), "error.sync.field", "size"},
        {7, with("size", kMaxFileLimit + 1), "error.sync.field", "size"},
        {8, with("type", "text/plain"), "error.files.type", "text/plain"},
        {9, with("type", 7), "error.sync.field", "type"},
        {10, with("name", ""), "error.sync.field", "name"},
        {11, with("name", "a/b.png"), "error.sync.field", "name"},
        {12, with("name", "a\\b.png"), "error.sync.field", "name"},
        {13, with("name", "a\nb.png"), "error.sync.field", "name"},
        {14, with("name", std::string(256, 'n')), "error.sync.field", "name"},
        {15, with("extra", 1), "error.sync.field", "extra"},
        {16, without("protocol"), "error.sync.field", "protocol"},
        {17, json::array(), "error.sync.field", "body"},
        {18, with("size", 1.5), "error.sync.field", "size"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto r = decodeFileDeclaration(c.body.dump());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == c.key);
        CHECK(r.error().detail.rfind(c.detailStart, 0) == 0);
    }
    CHECK(decodeFileDeclaration("{").error().key == "error.sync.bad_json");
    CHECK(decodeFileDeclaration(with("size", kMaxFileLimit).dump()).ok());
    CHECK(decodeFileDeclaration(with("name", std::string(255, 'n')).dump()).ok());
}

TEST_CASE("files protocol 3. the status answer round-trips and is checked", "[sync][files]") {
    const FileStatus s{kHash, 1000, 400, false};
    auto back = decodeFileStatus(fileStatusJson(s).dump());
    REQUIRE(back.ok());
    CHECK(*back == s);
    const FileStatus done{kHash, 1000, 1000, true};
    CHECK(decodeFileStatus(fileStatusJson(done).dump()).value() == done);
    struct Case {
        int n;
        json body;
    } cases[] = {
        {1, json{{"sha256", kHash}, {"size", 1000}, {"received", 1001}, {"complete", false}}},
        {2, json{{"sha256", kHash}, {"size", 1000}, {"received", 999}, {"complete", true}}},
        {3, json{{"sha256", kHash}, {"size", 1000}, {"received", 10}}},
        {4, json{{"sha256", kHash}, {"size", 1000}, {"received", 10}, {"complete", 1}}},
        {5, json{{"sha256", "x"}, {"size", 1000}, {"received", 10}, {"complete", false}}},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        CHECK_FALSE(decodeFileStatus(c.body.dump()).ok());
    }
}

TEST_CASE("files protocol 4. chunk offsets are plain decimal numbers within the limit", "[sync][files]") {
    CHECK(decodeChunkOffset("0").value() == 0u);
    CHECK(decodeChunkOffset("65536").value() == 65536u);
    CHECK(decodeChunkOffset(std::to_string(kMaxFileLimit)).value() == kMaxFileLimit);
    for (const char* bad : {"", "-1", "+1", "1e3", " 1", "1 ", "0x10", "4294967297", "99999999999999999999999"}) {
        INFO(bad);
        auto r = decodeChunkOffset(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == "error.sync.field");
    }
}
