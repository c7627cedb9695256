// Who may read an attachment, on the real server on loopback: knowing a file's
// sha256 gives nothing. Declaring a stored hash is answered as for an unknown one,
// whatever size or type it names, and only bytes that hash to it make the declarer
// an uploader (stored once). A record's reference lets its readers download the file
// only when an uploader of the file put the reference there.
#include "files_support.h"

#include "core/attachment.h"
#include "store/database.h"
#include "store/file_repo.h"

#include <catch2/catch.hpp>

using namespace sync_test;
using namespace files_test;

namespace {

// An answer without the hash it names, to compare answers about different hashes.
json withoutHash(json body) {
    if (body.is_object()) body.erase("sha256");
    if (body.contains("error")) body["error"].erase("detail");
    return body;
}

json registerT1() {
    return json{{"id", "T1"}, {"name", "张明"}, {"category", "professional_technical"}, {"id_type", "resident_id"}, {"id_number", "370102198001010015"}, {"nationality", "CHN"}, {"degree", "doctorate"}, {"title", "full_senior"}, {"years_in_key_post", 5}, {"honours", json::array({json{{"name", "国家级重点人才工程"}, {"level", "national"}, {"outside_shandong", false}, {"year", 2021}}})}, {"flexible_introduction", false}, {"employer", "E1"}};
}

void requireApplied(const Response& r) {
    REQUIRE(r.status == 200);
    for (const auto& x : r.body["results"]) {
        INFO(x.dump());
        REQUIRE(x["status"] == "applied");
    }
}

} // namespace

TEST_CASE("security 7. declaring a stored file's hash proves nothing: it is answered as an unknown hash and only the bytes make an uploader",
          "[sync][files][security][S7.4]") {
    World w;
    const int port = w.server->port();
    const std::string pdf = pdfBytes(2 * kChunk + 100, 71);
    const std::string sha = sha256(pdf);
    const std::string unknown = pdfBytes(2 * kChunk + 100, 72); // never sent
    Client s1(port, "s1-files-sec7a");
    REQUIRE(s1.login("S1").status == 200);
    REQUIRE(upload(s1, port, pdf, "application/pdf", kChunk).body["complete"] == true);
    Client s2(port, "s2-files-sec7a");
    REQUIRE(s2.login("S2").status == 200);

    // The hash of a stored file, declared by one who never sent its bytes: a new upload.
    auto d = declare(s2, declaration(pdf, "application/pdf", "合同.pdf"));
    REQUIRE(d.status == 200);
    CHECK(d.body == json{{"sha256", sha}, {"size", pdf.size()}, {"received", 0}, {"complete", false}});
    CHECK(download(port, s2.token(), sha).status == 404);
    CHECK(uploaders(*w.site, sha) == 1);
    // A chunk without the rest of the bytes does not make it complete.
    auto part = putChunk(port, s2.token(), sha, "0", pdf.substr(0, kChunk));
    CHECK(part.status == 200);
    CHECK(part.body["complete"] == false);
    CHECK(download(port, s2.token(), sha).status == 404);

    // A wrong size or type for the stored hash is answered exactly as for an unknown hash.
    struct Case {
        int n;
        std::string type;
        std::int64_t sizeDelta;
    };
    const std::vector<Case> cases = {{1, "application/pdf", 1}, {2, "application/pdf", -1}, {3, "image/png", 0}, {4, "image/jpeg", 7}};
    Client qingdao(port, "w200-files-sec7a");
    REQUIRE(qingdao.login("W-370200").status == 200);
    for (const auto& c : cases) {
        INFO("case " << c.n);
        json stored = declaration(pdf, c.type, "x.bin");
        json fresh = declaration(unknown, c.type, "x.bin");
        stored["size"] = static_cast<std::int64_t>(pdf.size()) + c.sizeDelta;
        fresh["size"] = static_cast<std::int64_t>(unknown.size()) + c.sizeDelta;
        auto onStored = declare(qingdao, stored);
        auto onUnknown = declare(qingdao, fresh);
        CHECK(onStored.status == 200);
        CHECK(onStored.status == onUnknown.status);
        CHECK(withoutHash(onStored.body) == withoutHash(onUnknown.body));
        CHECK(onStored.body["sha256"] == sha);
    }

    // Sending the bytes, checked against the hash, makes the declarer an uploader; the
    // file is stored once.
    auto sent = upload(s2, port, pdf, "application/pdf", kChunk);
    REQUIRE(sent.status == 200);
    CHECK(sent.body == json{{"sha256", sha}, {"size", pdf.size()}, {"received", pdf.size()}, {"complete", true}});
    auto got = download(port, s2.token(), sha);
    CHECK(got.status == 200);
    CHECK(got.body == pdf);
    CHECK(uploaders(*w.site, sha) == 2);
    CHECK(completeCount(*w.site) == 1);
    CHECK(partialCount(*w.site) == 0);
    // Now the uploader's own declaration says there is nothing to send.
    CHECK(declare(s2, declaration(pdf, "application/pdf")).body["complete"] == true);
}

TEST_CASE("security 7. a reference to a file in a record grants reading only when an uploader of the file put it there",
          "[sync][files][security][S7.1][S6.1.4]") {
    World w;
    const int port = w.server->port();
    const std::string secret = pdfBytes(kChunk + 3, 73); // the specialist's, for another case
    const std::string letter = pdfBytes(kChunk + 5, 74); // the specialist's recommendation letter
    const std::string hSecret = sha256(secret), hLetter = sha256(letter);
    Client s1(port, "s1-files-sec7b");
    REQUIRE(s1.login("S1").status == 200);
    REQUIRE(upload(s1, port, secret, "application/pdf", kChunk).body["complete"] == true);
    REQUIRE(upload(s1, port, letter, "application/pdf", kChunk).body["complete"] == true);
    Client t1(port, "t1-files-sec7b");
    REQUIRE(t1.login("T1").status == 200);
    Client adm(port, "adm-files-sec7b");
    REQUIRE(adm.login("ADM-E1").status == 200);
    Client lixia(port, "w102-files-sec7b");
    REQUIRE(lixia.login("W-370102").status == 200);

    // The talent knows the hash of the specialist's file and puts it into their own application.
    requireApplied(t1.push({command("x", t1.actor(), "RegisterTalent", registerT1()),
                            command("x", t1.actor(), "SubmitCardApplication",
                                    {{"id", "CA1"}, {"class", "direct"}, {"basis", "direct.1"}, {"evidence", json::array({evidenceDoc("selection_notice", "入选通知.pdf"), evidenceDoc("selection_notice", huicai::attachmentRef(hSecret))})}})}));
    CHECK(download(port, t1.token(), hSecret).status == 404);
    CHECK(download(port, adm.token(), hSecret).status == 404);

    // The specialist, an uploader of that file, works on the application and adds
    // their own letter: the letter is readable through it, the talent's reference
    // still is not (the specialist did not put it there).
    requireApplied(adm.push({command("x", adm.actor(), "AssignSpecialist", {{"talent", "T1"}, {"specialist", "S1"}})}));
    requireApplied(s1.push({command("x", s1.actor(), "CompleteApplication",
                                    {{"application", "CA1"}, {"evidence", json::array({evidenceDoc("employer_nomination", huicai::attachmentRef(hLetter))})}}),
                            command("x", s1.actor(), "SubmitToWindow", {{"application", "CA1"}})}));
    struct Case {
        int n;
        std::string who, token, sha;
        int status;
    };
    const std::vector<Case> cases = {
        {1, "talent", t1.token(), hSecret, 404},
        {2, "administrator", adm.token(), hSecret, 404},
        {3, "window", lixia.token(), hSecret, 404},
        {4, "specialist (uploader)", s1.token(), hSecret, 200},
        {5, "talent", t1.token(), hLetter, 200},
        {6, "administrator", adm.token(), hLetter, 200},
        {7, "window", lixia.token(), hLetter, 200},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << " " << c.who);
        auto got = download(port, c.token, c.sha);
        CHECK(got.status == c.status);
        if (c.status == 200) CHECK(got.body == (c.sha == hSecret ? secret : letter));
        if (c.status == 404) CHECK(json::parse(got.body)["error"]["key"] == "error.files.not_found");
    }

    // Once the talent sends the bytes, they hold the file and their reference counts.
    REQUIRE(upload(t1, port, secret, "application/pdf", kChunk).body["complete"] == true);
    CHECK(download(port, adm.token(), hSecret).status == 200);
    CHECK(download(port, lixia.token(), hSecret).body == secret);
}
