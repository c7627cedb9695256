// Tests of the forms' attachments: the pick check (size, type by magic bytes, hash)
// and the declaration/chunk state machine against scripted server answers.
#include "app/attachments.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace huicai;
using namespace huicai::app;

namespace {

const std::string kSha(64, 'a');
const std::string kPdf = "%PDF-1.4\n1 0 obj\n";

std::string status(std::uint64_t size, std::uint64_t received, bool complete) {
    return nlohmann::json{{"sha256", kSha}, {"size", size}, {"received", received}, {"complete", complete}}.dump();
}

} // namespace

TEST_CASE("A picked file is checked for size, type by its first bytes and hash before any upload", "[S7.1][S7.4][app]") {
    struct Case {
        int n;
        std::string name;
        std::uint64_t size;
        bool tooLarge;
        std::string bytes;
        std::string sha;
        const char* key; // nullptr: accepted
    };
    const std::string png("\x89PNG\r\n\x1A\n....", 12);
    const std::vector<Case> cases = {
        {1, "a.pdf", kPdf.size(), false, kPdf, kSha, nullptr},
        {2, "a.png", png.size(), false, png, kSha, nullptr},
        {3, "a.jpg", 4, false, std::string("\xFF\xD8\xFF\xE0", 4), kSha, nullptr},
        {4, "a.pdf", 11u << 20, true, "", "", "error.attach.too_large"},
        {5, "a.pdf", 101, false, std::string(101, 'x'), kSha, "error.attach.too_large"}, // above the limit given
        {6, "notes.pdf", 5, false, "hello", kSha, "error.attach.type"},                  // the extension is not trusted
        {7, "a.pdf", 0, false, "", kSha, "error.attach.empty"},
        {8, "a.pdf", kPdf.size(), false, kPdf, "", "error.attach.read"},       // no hash
        {9, "a.pdf", kPdf.size() + 1, false, kPdf, kSha, "error.attach.read"}, // short read
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto r = checkPickedFile(c.name, c.size, c.tooLarge, c.bytes, c.sha, 100);
        if (c.key) {
            REQUIRE_FALSE(r);
            CHECK(r.error().key == c.key);
        } else {
            CHECK(r);
        }
    }
    CHECK(*checkPickedFile("a.png", png.size(), false, png, kSha, 100) == sync::FileType::Png);
    CHECK(checkPickedFile("x", 101, false, std::string(101, 'x'), kSha, 100).error().detail == "101 B");
}

TEST_CASE("Sizes for people", "[S7.1][app]") {
    CHECK(formatSize(12) == "12 B");
    CHECK(formatSize(1536) == "1.5 KB");
    CHECK(formatSize(3u << 20) == "3.0 MB");
}

TEST_CASE("An upload declares, sends chunks from the acknowledged offset and is ready when complete", "[S7.1][S7.4][app]") {
    Attachments list;
    const std::uint64_t size = Attachments::kChunkBytes * 2 + 10;
    std::string bytes = "%PDF-" + std::string(size - 5, 'z');
    bytes[Attachments::kChunkBytes] = 'B'; // the second chunk's first byte
    const auto i = list.add("evidence-apply-selection_notice", "证书.pdf", sync::FileType::Pdf, kSha, bytes, false);
    CHECK_FALSE(list.readyRefs("evidence-apply-selection_notice"));

    auto call = list.next(i);
    REQUIRE(call);
    CHECK(call->method == "POST");
    CHECK(call->path == "/api/v1/files");
    auto decl = sync::decodeFileDeclaration(call->body);
    REQUIRE(decl);
    CHECK(decl->sha256 == kSha);
    CHECK(decl->size == size);
    CHECK(decl->name == "证书.pdf");
    CHECK(decl->type == sync::FileType::Pdf);
    CHECK_FALSE(list.next(i)); // one call at a time

    list.answer(i, 200, status(size, 0, false));
    call = list.next(i);
    REQUIRE(call);
    CHECK(call->method == "PUT");
    CHECK(call->path == "/api/v1/files/" + kSha + "?offset=0");
    CHECK(call->body.size() == Attachments::kChunkBytes);

    // The server already had the first two chunks (a resumed upload): 409 with the offset.
    list.answer(i, 409, R"({"error":{"key":"error.files.offset","message":"m"},"expected":)" + std::to_string(2 * Attachments::kChunkBytes) + "}");
    call = list.next(i);
    REQUIRE(call);
    CHECK(call->path == "/api/v1/files/" + kSha + "?offset=" + std::to_string(2 * Attachments::kChunkBytes));
    CHECK(call->body == bytes.substr(2 * Attachments::kChunkBytes));
    list.answer(i, 200, status(size, size, true));
    CHECK(list.at(i).phase == UploadPhase::Ready);
    CHECK_FALSE(list.next(i));
    auto refs = list.readyRefs("evidence-apply-selection_notice");
    REQUIRE(refs);
    CHECK(*refs == std::vector<std::string>{"file:" + kSha});
}

TEST_CASE("A file the server already holds is ready after its declaration", "[S7.4][app]") {
    Attachments list;
    const auto i = list.add("file-materials", "a.pdf", sync::FileType::Pdf, kSha, kPdf, false);
    REQUIRE(list.next(i));
    list.answer(i, 200, status(kPdf.size(), kPdf.size(), true));
    CHECK(list.at(i).phase == UploadPhase::Ready);
}

TEST_CASE("Refusals and lost connections fail the upload with the server's key, retry declares again", "[S7.1][S7.4][app]") {
    struct Case {
        int n;
        int status;
        std::string body;
        const char* key;
        bool signedOut;
    };
    const std::vector<Case> cases = {
        {1, 0, "", "error.attach.offline", false},
        {2, 413, R"({"error":{"key":"error.files.too_large","message":"m"}})", "error.files.too_large", false},
        {3, 415, R"({"error":{"key":"error.files.content_type","message":"m"}})", "error.files.content_type", false},
        {4, 401, R"({"error":{"key":"error.session.invalid","message":"m"}})", "error.session.invalid", true},
        {5, 500, "oops", "error.attach.refused", false},
        {6, 200, R"({"sha256":"b"})", "error.attach.refused", false},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        Attachments list;
        const auto i = list.add("f", "a.pdf", sync::FileType::Pdf, kSha, kPdf, false);
        REQUIRE(list.next(i));
        list.answer(i, c.status, c.body);
        CHECK(list.at(i).phase == UploadPhase::Failed);
        CHECK(list.at(i).error.key == c.key);
        CHECK(list.at(i).signedOut == c.signedOut);
        CHECK_FALSE(list.next(i));
        list.retry("f", kSha);
        auto call = list.next(i);
        REQUIRE(call);
        CHECK(call->method == "POST");
    }
}

TEST_CASE("A demo file is ready at once, a field lists its files once, removes and clears them", "[S7.1][app]") {
    Attachments list;
    const std::string other(64, 'b');
    list.setPickError("f", makeError("error.attach.type", "x.txt"));
    REQUIRE(list.pickError("f"));
    list.add("f", "a.pdf", sync::FileType::Pdf, kSha, kPdf, true);
    CHECK_FALSE(list.pickError("f")); // a good pick clears the last refusal
    list.add("f", "again.pdf", sync::FileType::Pdf, kSha, kPdf, true);
    list.add("f", "b.pdf", sync::FileType::Pdf, other, kPdf + "b", true);
    list.add("g", "c.pdf", sync::FileType::Pdf, other, kPdf + "b", false);
    CHECK(list.of("f").size() == 2);
    CHECK(list.of("f")[0]->name == "a.pdf");
    CHECK_FALSE(list.next(*list.indexOf("f", kSha))); // nothing to send in the demo
    CHECK(list.readyRefs("f")->size() == 2);
    CHECK_FALSE(list.readyRefs("g")); // still to upload
    list.remove("f", kSha);
    CHECK(*list.readyRefs("f") == std::vector<std::string>{"file:" + other});
    list.clear("f");
    CHECK(list.of("f").empty());
    CHECK(list.of("g").size() == 1);
    CHECK(list.find(other)->field == "g");
}
