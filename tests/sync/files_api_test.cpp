// Attachments on the real server (S7.1 step 1 and S7.4 step 1: certificates and
// contracts as evidence and application materials): chunked upload resumed after a
// dropped connection and a lost client, the stored bytes checked by hash,
// deduplication, type, size, offset and hash checks that store nothing, downloads
// for uploaders and readers of a record where an uploader referenced the file, and
// no access without a session (tests/sync/files_access_test.cpp: what a hash alone
// does not give).
#include "files_support.h"

#include "core/attachment.h"
#include "file_store.h"
#include "store/database.h"
#include "store/file_repo.h"

#include <catch2/catch.hpp>

using namespace sync_test;
using namespace files_test;

namespace {

} // namespace

TEST_CASE("files 1. a PNG uploaded in chunks survives a dropped connection and a lost client, and is stored whole",
          "[sync][files][S7.1][S7.4]") {
    World w;
    const int port = w.server->port();
    const std::string png = pngBytes(5 * kChunk + 1234, 1);
    const std::string sha = sha256(png);
    Client t(port, "t1-files-a");
    REQUIRE(t.login("T1").status == 200);

    auto d = declare(t, declaration(png, "image/png"));
    REQUIRE(d.status == 200);
    CHECK(d.body == json{{"sha256", sha}, {"size", png.size()}, {"received", 0}, {"complete", false}});
    for (std::size_t at = 0; at < 2 * kChunk; at += kChunk) {
        auto r = putChunk(port, t.token(), sha, std::to_string(at), png.substr(at, kChunk));
        REQUIRE(r.status == 200);
        CHECK(r.body["received"] == at + kChunk);
        CHECK(r.body["complete"] == false);
    }
    // The third chunk: the connection drops after 1000 of its bytes.
    sendAndDrop(port, t.token(), sha, 2 * kChunk, png.substr(2 * kChunk, kChunk), 1000);
    // The client is lost too: a new login declares the file again and resumes.
    Client again(port, "t1-files-b");
    REQUIRE(again.login("T1").status == 200);
    auto resumed = declare(again, declaration(png, "image/png"));
    REQUIRE(resumed.status == 200);
    CHECK(resumed.body["received"] == 2 * kChunk);
    CHECK(resumed.body["complete"] == false);
    CHECK(completeCount(*w.site) == 0);
    CHECK(download(port, again.token(), sha).status == 404); // not visible until complete

    std::uint64_t at = resumed.body["received"].get<std::uint64_t>();
    Response last;
    while (at < png.size()) {
        last = putChunk(port, again.token(), sha, std::to_string(at), png.substr(at, kChunk));
        REQUIRE(last.status == 200);
        at = last.body["received"].get<std::uint64_t>();
    }
    CHECK(last.body == json{{"sha256", sha}, {"size", png.size()}, {"received", png.size()}, {"complete", true}});
    const auto stored = filesDir(*w.site) / sha.substr(0, 2) / sha;
    CHECK(huicai::serve::sha256OfFile(stored) == sha);
    CHECK(serve_test::readFile(stored) == png);
    CHECK(completeCount(*w.site) == 1);
    CHECK(partialCount(*w.site) == 0);
    auto got = download(port, t.token(), sha);
    CHECK(got.status == 200);
    CHECK(got.contentType == "image/png");
    CHECK(got.body == png);
}

TEST_CASE("files 2. a file already stored is kept once, each uploader sends it once, then it is not sent again",
          "[sync][files][S7.4]") {
    World w;
    const int port = w.server->port();
    const std::string pdf = pdfBytes(3 * kChunk, 2);
    Client s1(port, "s1-files-a");
    REQUIRE(s1.login("S1").status == 200);
    REQUIRE(upload(s1, port, pdf, "application/pdf", kChunk).body["complete"] == true);
    Client s2(port, "s2-files-a");
    REQUIRE(s2.login("S2").status == 200);
    CHECK(download(port, s2.token(), sha256(pdf)).status == 404);
    // Another user proves having the file by its bytes (security 7); it is stored once.
    auto d = declare(s2, declaration(pdf, "application/pdf", "合同.pdf"));
    REQUIRE(d.status == 200);
    CHECK(d.body == json{{"sha256", sha256(pdf)}, {"size", pdf.size()}, {"received", 0}, {"complete", false}});
    REQUIRE(upload(s2, port, pdf, "application/pdf", kChunk).body["complete"] == true);
    CHECK(completeCount(*w.site) == 1);
    CHECK(partialCount(*w.site) == 0);
    CHECK(uploaders(*w.site, sha256(pdf)) == 2);
    // Declared again by an uploader: complete, nothing to send.
    for (Client* c : {&s1, &s2}) {
        auto again = declare(*c, declaration(pdf, "application/pdf", "合同.pdf"));
        CHECK(again.body == json{{"sha256", sha256(pdf)}, {"size", pdf.size()}, {"received", pdf.size()}, {"complete", true}});
    }
    // A chunk for the complete file from an uploader stores nothing and says it is complete.
    auto extra = putChunk(port, s2.token(), sha256(pdf), "0", pdf.substr(0, 10));
    CHECK(extra.status == 200);
    CHECK(extra.body["complete"] == true);
    CHECK(partialCount(*w.site) == 0);
    auto got = download(port, s2.token(), sha256(pdf));
    CHECK(got.status == 200);
    CHECK(got.contentType == "application/pdf");
    CHECK(got.body == pdf);
}

TEST_CASE("files 3. wrong types, oversize, wrong offsets and damaged bytes are 4xx JSON errors that store nothing",
          "[sync][files][S7.4]") {
    World w;
    const int port = w.server->port();
    Client c(port, "s1-files-b");
    REQUIRE(c.login("S1").status == 200);
    const std::string png = pngBytes(2 * kChunk + 7, 3);
    const std::string text = "证书内容 certificate text, not an image\n";
    const std::uint64_t maxFile = std::uint64_t{10} << 20;

    SECTION("1. a text file declared as text is refused at the declaration") {
        auto r = declare(c, declaration(text, "text/plain", "a.txt"));
        CHECK(r.status == 415);
        CHECK(r.body["error"]["key"] == "error.files.type");
        CHECK(uploaders(*w.site, sha256(text)) == 0);
    }
    SECTION("2. a text file declared as PNG is refused at its first chunk") {
        REQUIRE(declare(c, declaration(text, "image/png")).status == 200);
        auto r = putChunk(port, c.token(), sha256(text), "0", text);
        CHECK(r.status == 415);
        CHECK(r.body["error"]["key"] == "error.files.content_type");
        CHECK(partialCount(*w.site) == 0);
    }
    SECTION("3. a PNG declared as PDF is refused at its first chunk") {
        REQUIRE(declare(c, declaration(png, "application/pdf", "x.pdf")).status == 200);
        auto r = putChunk(port, c.token(), sha256(png), "0", png.substr(0, kChunk));
        CHECK(r.status == 415);
        CHECK(r.body["error"]["key"] == "error.files.content_type");
        CHECK(partialCount(*w.site) == 0);
    }
    SECTION("4. a PNG declared as PDF in tiny first chunks is refused after its last one, the partial removed") {
        REQUIRE(declare(c, declaration(png, "application/pdf", "x.pdf")).status == 200);
        REQUIRE(putChunk(port, c.token(), sha256(png), "0", png.substr(0, 4)).status == 200);
        CHECK(partialCount(*w.site) == 1);
        auto r = putChunk(port, c.token(), sha256(png), "4", png.substr(4));
        CHECK(r.status == 415);
        CHECK(r.body["error"]["key"] == "error.files.content_type");
        CHECK(partialCount(*w.site) == 0);
    }
    SECTION("5. a file above --max-file is 413 before any byte is sent") {
        json big = declaration(png, "image/png");
        big["size"] = maxFile + 1;
        auto r = declare(c, big);
        CHECK(r.status == 413);
        CHECK(r.body["error"]["key"] == "error.files.too_large");
        CHECK(uploaders(*w.site, sha256(png)) == 0);
        auto chunk = putChunk(port, c.token(), sha256(png), "0", png.substr(0, kChunk));
        CHECK(chunk.status == 404);
        CHECK(chunk.body["error"]["key"] == "error.files.no_upload");
        big["size"] = maxFile; // the limit itself is allowed
        CHECK(declare(c, big).status == 200);
    }
    SECTION("6. a chunk at the wrong offset is 409 with the expected offset") {
        REQUIRE(declare(c, declaration(png, "image/png")).status == 200);
        REQUIRE(putChunk(port, c.token(), sha256(png), "0", png.substr(0, kChunk)).status == 200);
        for (const char* offset : {"0", "1", "131072"}) {
            INFO(offset);
            auto r = putChunk(port, c.token(), sha256(png), offset, png.substr(0, kChunk));
            CHECK(r.status == 409);
            CHECK(r.body["error"]["key"] == "error.files.offset");
            CHECK(r.body["expected"] == kChunk);
        }
        CHECK(declare(c, declaration(png, "image/png")).body["received"] == kChunk);
    }
    SECTION("7. bytes whose hash differs from the declared one are 422 and the upload starts over") {
        const std::string other = pngBytes(png.size(), 99);
        REQUIRE(declare(c, declaration(png, "image/png")).status == 200);
        REQUIRE(putChunk(port, c.token(), sha256(png), "0", other.substr(0, kChunk)).status == 200);
        auto r = putChunk(port, c.token(), sha256(png), std::to_string(kChunk), other.substr(kChunk));
        CHECK(r.status == 422);
        CHECK(r.body["error"]["key"] == "error.files.hash_mismatch");
        CHECK(partialCount(*w.site) == 0);
        CHECK(completeCount(*w.site) == 0);
        CHECK(declare(c, declaration(png, "image/png")).body["received"] == 0);
    }
    SECTION("8. bytes past the declared size, empty chunks and bad offsets are refused") {
        REQUIRE(declare(c, declaration(png, "image/png")).status == 200);
        auto past = putChunk(port, c.token(), sha256(png), "0", png + "x");
        CHECK(past.status == 422);
        CHECK(past.body["error"]["key"] == "error.files.beyond_size");
        struct Case {
            int n;
            std::string offset, bytes;
        } cases[] = {{1, "", png.substr(0, 10)}, {2, "-1", png.substr(0, 10)}, {3, "1e3", png.substr(0, 10)}, {4, "0", ""}, {5, "99999999999999999999999", png.substr(0, 10)}};
        for (const auto& k : cases) {
            INFO("case " << k.n);
            auto r = putChunk(port, c.token(), sha256(png), k.offset, k.bytes);
            CHECK(r.status == 400);
            CHECK(r.body["error"]["key"] == "error.sync.field");
        }
        CHECK(partialCount(*w.site) == 0);
    }
    SECTION("9. malformed declarations are 400") {
        json noHash = declaration(png, "image/png");
        noHash.erase("sha256");
        json upper = declaration(png, "image/png");
        upper["sha256"] = std::string(64, 'A');
        json zero = declaration(png, "image/png");
        zero["size"] = 0;
        json slash = declaration(png, "image/png", "../x.png");
        json extra = declaration(png, "image/png");
        extra["path"] = "/etc";
        int n = 0;
        for (const auto& body : {noHash, upper, zero, slash, extra}) {
            INFO("case " << ++n);
            auto r = declare(c, body);
            CHECK(r.status == 400);
            CHECK(r.body["error"]["key"] == "error.sync.field");
        }
        CHECK(c.rawPost("/api/v1/files", "{not json").status == 400);
    }
    CHECK(completeCount(*w.site) == 0);
}

TEST_CASE("files 4. an attachment is read by its uploaders and by who may see a record referencing it, nobody else",
          "[sync][files][S7.1][S6.2.4][S6.1.4]") {
    World w;
    const int port = w.server->port();
    const std::string png = pngBytes(kChunk + 5, 4);
    const std::string sha = sha256(png);
    Client t1(port, "t1-files-c");
    REQUIRE(t1.login("T1").status == 200);
    REQUIRE(upload(t1, port, png, "image/png", kChunk).body["complete"] == true);
    Client adm(port, "adm-files-c");
    REQUIRE(adm.login("ADM-E1").status == 200);
    Client qingdao(port, "w200-files-c");
    REQUIRE(qingdao.login("W-370200").status == 200);
    Client t2(port, "t2-files-c");
    REQUIRE(t2.login("T2").status == 200);
    // Nobody but the uploader before a record refers to it.
    CHECK(download(port, adm.token(), sha).status == 404);

    const json a = t1.actor();
    auto pushed = t1.push({command("f1", a, "RegisterTalent",
                                   {{"id", "T1"}, {"name", "张明"}, {"category", "professional_technical"}, {"id_type", "resident_id"}, {"id_number", "370102198001010015"}, {"nationality", "CHN"}, {"degree", "doctorate"}, {"title", "full_senior"}, {"years_in_key_post", 5}, {"honours", json::array({json{{"name", "国家级重点人才工程"}, {"level", "national"}, {"outside_shandong", false}, {"year", 2021}}})}, {"flexible_introduction", false}, {"employer", "E1"}}),
                           command("f2", a, "SubmitCardApplication",
                                   {{"id", "CA1"}, {"class", "direct"}, {"basis", "direct.1"}, {"evidence", json::array({evidenceDoc("selection_notice", "入选通知.pdf"), evidenceDoc("selection_notice", huicai::attachmentRef(sha))})}})});
    REQUIRE(pushed.status == 200);
    for (const auto& r : pushed.body["results"]) REQUIRE(r["status"] == "applied");

    struct Case {
        int n;
        std::string token;
        int status;
    };
    const std::vector<Case> cases = {
        {1, t1.token(), 200},      // the uploader
        {2, adm.token(), 200},     // the employer's administrator sees CA1
        {3, qingdao.token(), 404}, // another city's window does not
        {4, t2.token(), 404},      // another talent does not
        {5, "", 401},              // no session
        {6, std::string(64, '0'), 401},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto got = download(port, c.token, sha);
        CHECK(got.status == c.status);
        if (c.status == 200) CHECK(got.body == png);
        if (c.status != 200) CHECK(got.body.find("PNG") == std::string::npos);
    }
    // Outside the scope, an existing attachment answers exactly like a missing one.
    auto hidden = download(port, t2.token(), sha);
    auto missing = download(port, t2.token(), std::string(64, 'e'));
    CHECK(json::parse(hidden.body)["error"]["key"] == "error.files.not_found");
    CHECK(json::parse(missing.body)["error"]["key"] == json::parse(hidden.body)["error"]["key"]);
    CHECK(download(port, t2.token(), "not-a-hash").status == 404);
}

TEST_CASE("files 5. without a session nothing is declared, stored or read", "[sync][files]") {
    World w;
    const int port = w.server->port();
    const std::string png = pngBytes(100, 5);
    Client anonymous(port, "anon-files");
    auto d = anonymous.post("/api/v1/files", declaration(png, "image/png"), "");
    CHECK(d.status == 401);
    CHECK(d.body["error"]["key"] == "error.session.required");
    auto forged = anonymous.post("/api/v1/files", declaration(png, "image/png"), std::string(64, 'a'));
    CHECK(forged.status == 401);
    CHECK(forged.body["error"]["key"] == "error.session.invalid");
    CHECK(putChunk(port, "", sha256(png), "0", png).status == 401);
    CHECK(download(port, "", sha256(png)).status == 401);
    CHECK(uploaders(*w.site, sha256(png)) == 0);
    CHECK(partialCount(*w.site) == 0);
    CHECK(completeCount(*w.site) == 0);
}

TEST_CASE("files 6. an upload resumes after the server restarts, from the bytes it had acknowledged", "[sync][files][S7.4]") {
    World w;
    const std::string pdf = pdfBytes(3 * kChunk + 11, 6);
    const std::string sha = sha256(pdf);
    {
        Client c(w.server->port(), "s1-files-r");
        REQUIRE(c.login("S1").status == 200);
        REQUIRE(declare(c, declaration(pdf, "application/pdf", "合同.pdf")).status == 200);
        REQUIRE(putChunk(w.server->port(), c.token(), sha, "0", pdf.substr(0, kChunk)).status == 200);
    }
    auto options = serve_test::testOptions(w.site->www, w.site->data);
    options.today = kToday;
    w.server.reset();
    w.server = std::make_unique<serve_test::RunningServer>(options);
    const int port = w.server->port();
    Client c(port, "s1-files-r2");
    REQUIRE(c.login("S1").status == 200);
    CHECK(declare(c, declaration(pdf, "application/pdf", "合同.pdf")).body["received"] == kChunk);
    auto resumed = upload(c, port, pdf, "application/pdf", kChunk);
    REQUIRE(resumed.status == 200);
    CHECK(resumed.body["complete"] == true);
    CHECK(serve_test::readFile(filesDir(*w.site) / sha.substr(0, 2) / sha) == pdf);
    CHECK(partialCount(*w.site) == 0);
    CHECK(uploaders(*w.site, sha) == 1);
}
