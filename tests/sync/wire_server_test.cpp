// The browser's encoders and decoders of src/sync against the real server on
// loopback, byte for byte as they cross the wire: a sign-in and a registration read
// as sessions, a push with applied and rejected commands, pull pages to the end, a
// reveal, the employer list, and the refusals (a wrong password, a chunk at another
// offset with the offset expected) read as errors.
#include "files_support.h"
#include "sync_support.h"

#include "data/command_json.h"
#include "store/database.h"
#include "sync/answers.h"
#include "sync/files.h"
#include "sync/registration.h"

#include <httplib.h>

#include <catch2/catch.hpp>

using namespace sync_test;
using namespace huicai;

namespace {

struct Raw {
    int status = 0;
    std::string body;
};

Raw send(int port, const char* method, const std::string& path, const std::string& body, const std::string& token = "") {
    httplib::Client http("127.0.0.1", port);
    httplib::Headers headers;
    if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
    httplib::Result res = std::string(method) == "GET" ? http.Get(path.c_str(), headers)
                                                       : http.Post(path.c_str(), headers, body, "application/json");
    REQUIRE(res);
    return Raw{res->status, res->body};
}

sync::Versions versionsNow() { return sync::Versions{sync::kProtocolVersion, store::currentSchemaVersion()}; }

sync::PushItem item(const std::string& clientId, std::int64_t seq, const json& actor, const std::string& name, const json& args) {
    auto c = commandFromJson(command(sync::pushedCommandId(clientId, seq), actor, name, args), "command");
    REQUIRE(c.ok());
    return sync::PushItem{seq, std::move(*c)};
}

} // namespace

TEST_CASE("wire server 1. the browser's requests are accepted and the server's answers decode, sign-in to the last "
          "pull page",
          "[sync][S7.1]") {
    World w;
    const int port = w.server->port();

    const Raw wrong = send(port, "POST", "/api/v1/session", sync::encodeLogin({versionsNow(), "S2", "not the password"}));
    CHECK(wrong.status == 401);
    auto refusal = sync::decodeErrorAnswer(wrong.body);
    REQUIRE(refusal.ok());
    CHECK(refusal->error.key == "error.session.bad_login");
    CHECK_FALSE(refusal->error.message.empty());

    const Raw signedIn = send(port, "POST", "/api/v1/session", sync::encodeLogin({versionsNow(), "S2", passwordOf("S2")}));
    REQUIRE(signedIn.status == 200);
    auto session = sync::decodeSessionAnswer(signedIn.body);
    REQUIRE(session.ok());
    CHECK(session->user.id == "S2");
    CHECK(session->user.role == Role::EmployerSpecialist);
    CHECK(session->user.scope == "E2");
    REQUIRE(session->versions);
    CHECK(session->versions->protocol == sync::kProtocolVersion);
    CHECK(session->versions->schema == store::currentSchemaVersion());
    CHECK_FALSE(session->mustChangePassword);
    const std::string token = session->token;
    const json actor{{"id", "S2"}, {"role", "employer_specialist"}, {"scope", "E2"}};

    // The specialist's talent T2 is updated; a talent that does not exist is refused
    // with its key.
    const std::string clientId = "wire-s2-0001";
    sync::PushRequest push{versionsNow(), clientId, {}};
    push.commands.push_back(item(clientId, 1, actor, "UpdateTalentProfile", {{"talent", "T404"}, {"name", "无名"}}));
    push.commands.push_back(item(clientId, 2, actor, "UpdateTalentProfile", {{"talent", "T2"}, {"name", "王青"}}));
    const Raw pushed = send(port, "POST", "/api/v1/push", sync::encodePush(push), token);
    INFO(pushed.body);
    REQUIRE(pushed.status == 200);
    auto answer = sync::decodePushAnswer(pushed.body);
    REQUIRE(answer.ok());
    CHECK(answer->lastSeq == 2);
    CHECK(answer->serverSeq > 0);
    REQUIRE(answer->results.size() == 2);
    CHECK_FALSE(answer->results[0].applied);
    REQUIRE(answer->results[0].error);
    CHECK(answer->results[0].error->key == "error.talent.unknown");
    CHECK(answer->results[0].error->detail == "T404");
    CHECK_FALSE(answer->results[0].error->message.empty());
    CHECK(answer->results[0].commandId == clientId + "-1");
    CHECK(answer->results[1].applied);
    CHECK_FALSE(answer->results[1].repeated);
    // Pushed again, the same seqs are answered from what was remembered.
    auto again = sync::decodePushAnswer(send(port, "POST", "/api/v1/push", sync::encodePush(push), token).body);
    REQUIRE(again.ok());
    REQUIRE(again->results.size() == 2);
    CHECK(again->results[0].repeated);
    CHECK(again->results[1].repeated);
    CHECK(again->results[0].error == answer->results[0].error);

    std::int64_t cursor = 0;
    std::map<std::string, json> records;
    for (bool more = true; more;) {
        const Raw raw = send(port, "POST", "/api/v1/pull", sync::encodePull({versionsNow(), cursor, 2}), token);
        REQUIRE(raw.status == 200);
        auto page = sync::decodePullPage(raw.body);
        REQUIRE(page.ok());
        CHECK(page->changes.size() <= 2);
        CHECK(page->cursor >= cursor);
        for (const auto& c : page->changes) records[c.kind + "/" + c.id] = c.record;
        cursor = page->cursor;
        more = page->more;
    }
    REQUIRE(records.count("talent/T2"));
    CHECK(records["talent/T2"].value("name", "") == "王青");
    CHECK(records.count("card_application/CA2"));
    CHECK_FALSE(records.count("talent/T1"));

    const Raw revealed = send(port, "POST", "/api/v1/reveal", sync::encodeReveal({versionsNow(), "T2"}), token);
    REQUIRE(revealed.status == 200);
    auto reveal = sync::decodeRevealAnswer(revealed.body);
    REQUIRE(reveal.ok());
    CHECK(reveal->talent == "T2");
    CHECK(reveal->idType == IdType::ResidentId);
    CHECK(reveal->idNumber == "370102198001010015");
    CHECK(reveal->audit.rfind("reveal-", 0) == 0);
    auto hidden = sync::decodeErrorAnswer(send(port, "POST", "/api/v1/reveal", sync::encodeReveal({versionsNow(), "T1"}), token).body);
    REQUIRE(hidden.ok());
    CHECK(hidden->error.key == "error.sync.not_visible");
}

TEST_CASE("wire server 2. the employer list and a registration decode, and a chunk at another offset is read with "
          "the offset expected",
          "[sync][S5.1][S7.4]") {
    World w;
    const int port = w.server->port();
    auto employers = sync::decodeEmployerPage(send(port, "GET", "/api/v1/employers?" + sync::employerQueryString({"", 0, 1}), "").body);
    REQUIRE(employers.ok());
    REQUIRE(employers->employers.size() == 1);
    CHECK(employers->employers[0].id == "E1");
    CHECK(employers->total == 2);
    CHECK(employers->more);
    auto qingdao = sync::decodeEmployerPage(send(port, "GET", "/api/v1/employers?" + sync::employerQueryString({"青岛 ", 0, 50}), "").body);
    REQUIRE(qingdao.ok());
    CHECK(qingdao->total == 0); // the space is part of the text searched for
    qingdao = sync::decodeEmployerPage(send(port, "GET", "/api/v1/employers?" + sync::employerQueryString({"青岛", 0, 50}), "").body);
    REQUIRE(qingdao.ok());
    REQUIRE(qingdao->employers.size() == 1);
    CHECK(qingdao->employers[0].id == "E2");
    CHECK_FALSE(qingdao->more);

    sync::RegisterRequest reg;
    reg.versions = versionsNow();
    reg.login = "zhang.xc";
    reg.password = "Huicai-new-2026";
    reg.name = "张新才";
    reg.category = "professional_technical";
    reg.idNumber = "370102199001011231";
    reg.employer = "E1";
    const Raw registered = send(port, "POST", "/api/v1/register", sync::encodeRegister(reg));
    INFO(registered.body);
    REQUIRE(registered.status == 200);
    auto session = sync::decodeSessionAnswer(registered.body);
    REQUIRE(session.ok());
    CHECK(session->user.role == Role::Talent);
    CHECK(session->user.id.rfind("T-", 0) == 0);
    CHECK(session->user.scope == session->user.id);
    CHECK(session->user.login == "zhang.xc");
    CHECK(session->user.name == "张新才");

    // A file declared, then its second chunk sent first: 409 and where to resume.
    const std::string png = files_test::pngBytes(100000, 7);
    const sync::FileDeclaration declaration{versionsNow(), files_test::sha256(png), png.size(), sync::FileType::Png, "证书.png"};
    const Raw declared = send(port, "POST", "/api/v1/files", sync::encodeFileDeclaration(declaration), session->token);
    REQUIRE(declared.status == 200);
    auto status = sync::decodeFileStatus(declared.body);
    REQUIRE(status.ok());
    CHECK(status->received == 0);
    httplib::Client http("127.0.0.1", port);
    auto res = http.Put(("/api/v1/files/" + declaration.sha256 + "?offset=50000").c_str(),
                        httplib::Headers{{"Authorization", "Bearer " + session->token}}, png.substr(50000),
                        "application/octet-stream");
    REQUIRE(res);
    CHECK(res->status == 409);
    auto offset = sync::decodeErrorAnswer(res->body);
    REQUIRE(offset.ok());
    CHECK(offset->error.key == "error.files.offset");
    CHECK(offset->expected == std::uint64_t{0});
}
