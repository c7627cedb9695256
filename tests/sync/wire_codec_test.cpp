// The session, push and pull messages of src/sync both ways: each request the
// browser encodes is what the server's strict decoder reads, each answer the server
// encodes decodes to what was encoded, and each answer decoder refuses a missing or
// unknown member, a wrong type or an out-of-range value with error.sync.field naming
// the member (its path inside arrays and objects), and a body that is no JSON with
// error.sync.bad_json.
#include "data/command_json.h"
#include "sync/answers.h"
#include "sync/files.h"
#include "sync/protocol.h"
#include "sync/pull_text.h"
#include "sync/registration.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <functional>

using namespace huicai;
using namespace huicai::sync;
using nlohmann::json;

namespace {

const Versions kVersions{kProtocolVersion, 8};

Command submitCommand(const std::string& id) {
    const json j{{"id", id},
                 {"actor", {{"id", "T1"}, {"role", "talent"}, {"scope", "T1"}}},
                 {"command", "SubmitCardApplication"},
                 {"args", {{"id", "CA1"}, {"class", "direct"}, {"basis", "direct.1"}, {"evidence", json::array({json{{"evidence", "selection_notice"}, {"document", "入选通知.pdf"}}})}}}};
    auto c = commandFromJson(j, "command");
    REQUIRE(c.ok());
    return *c;
}

SessionAnswer session() {
    return SessionAnswer{"0123abcd", 1750000000, kVersions, true,
                         SessionUser{"S-1", "licheng.window", Role::WindowSpecialist, "370112", "历城窗口"}};
}

PushAnswer pushAnswer() {
    PushAnswer a{kVersions, 3, 57, {}};
    a.results.push_back(PushResult{1, "c-0123456789-1", true, false, std::nullopt});
    a.results.push_back(PushResult{2, "c-0123456789-2", false, true, WireError{"error.card.open_application", "An application is open.", "CA1"}});
    a.results.push_back(PushResult{3, "c-0123456789-3", false, false, WireError{"error.access.denied", "Not allowed.", ""}});
    return a;
}

PullPage pullPage() {
    PullPage p{kVersions, 57, true, {}};
    p.changes.push_back(PullChange{12, "talent", "T1", json{{"id", "T1"}, {"name", "张明"}}});
    p.changes.push_back(PullChange{13, "card_application", "CA2", nullptr});
    p.changes.push_back(PullChange{14, "holiday_year", "2027", json{{"year", 2027}, {"off", {"2027-01-01"}}, {"work", json::array()}}});
    return p;
}

// The answer `good` changed by `edit`, as the client receives it.
std::string edited(json good, const std::function<void(json&)>& edit) {
    edit(good);
    return good.dump();
}

template <class R>
void refusedNaming(const R& r, const std::string& member) {
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().key == "error.sync.field");
    CHECK(r.error().detail.rfind(member + ": ", 0) == 0);
}

struct Refusal {
    const char* member; // the path the detail must start with
    std::function<void(json&)> edit;
};

template <class Decode>
void checkRefusals(const json& good, Decode decode, const std::vector<Refusal>& refusals) {
    REQUIRE(decode(good.dump()).ok());
    for (const auto& r : refusals) {
        INFO(r.member << " in " << edited(good, r.edit));
        refusedNaming(decode(edited(good, r.edit)), r.member);
    }
    for (const char* body : {"", "{", "[1,2", "nul"}) {
        INFO(body);
        auto d = decode(body);
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().key == "error.sync.bad_json");
    }
    refusedNaming(decode("[]"), "body");
    refusedNaming(decode("42"), "body");
}

} // namespace

TEST_CASE("wire codec 1. every request the browser encodes is read back by the server's decoder", "[sync][S7.1]") {
    auto login = decodeLogin(encodeLogin(LoginRequest{kVersions, "e1.specialist", "correct horse 惠才"}));
    REQUIRE(login.ok());
    CHECK(login->versions.protocol == kProtocolVersion);
    CHECK(login->versions.schema == 8);
    CHECK(login->login == "e1.specialist");
    CHECK(login->password == "correct horse 惠才");

    PushRequest push{kVersions, "c-0123456789", {}};
    push.commands.push_back(PushItem{4, submitCommand("c-0123456789-4")});
    push.commands.push_back(PushItem{9, submitCommand("c-0123456789-9")});
    auto pushed = decodePush(encodePush(push));
    REQUIRE(pushed.ok());
    CHECK(pushed->clientId == "c-0123456789");
    REQUIRE(pushed->commands.size() == 2);
    CHECK(pushed->commands[0].seq == 4);
    CHECK(pushed->commands[1].seq == 9);
    CHECK(commandToJson(pushed->commands[1].command) == commandToJson(push.commands[1].command));
    auto empty = decodePush(encodePush(PushRequest{kVersions, "c-0123456789", {}}));
    REQUIRE(empty.ok());
    CHECK(empty->commands.empty());

    auto pull = decodePull(encodePull(PullRequest{kVersions, 57, kMaxPullLimit}));
    REQUIRE(pull.ok());
    CHECK(pull->cursor == 57);
    CHECK(pull->limit == kMaxPullLimit);

    auto reveal = decodeReveal(encodeReveal(RevealRequest{kVersions, "T2"}));
    REQUIRE(reveal.ok());
    CHECK(reveal->talent == "T2");

    CHECK(employerQueryString({}).empty());
    CHECK(employerQueryString({"青岛 a&b=c", 40, 20}) == "q=%E9%9D%92%E5%B2%9B%20a%26b%3Dc&offset=40&limit=20");

    const std::string hash(64, 'a');
    auto declared = decodeFileDeclaration(encodeFileDeclaration(FileDeclaration{kVersions, hash, 300000, FileType::Jpeg, "合同.jpg"}));
    REQUIRE(declared.ok());
    CHECK(declared->sha256 == hash);
    CHECK(declared->size == 300000);
    CHECK(declared->type == FileType::Jpeg);
    CHECK(declared->name == "合同.jpg");
    CHECK(declared->versions.schema == 8);
    // A name that is not UTF-8 is sent with U+FFFD for its bad bytes, not thrown on.
    auto odd = decodeFileDeclaration(encodeFileDeclaration(FileDeclaration{kVersions, hash, 1, FileType::Pdf, "a\xFF.pdf"}));
    REQUIRE(odd.ok());
    CHECK(odd->name == "a\xEF\xBF\xBD.pdf");
}

TEST_CASE("wire codec 2. every answer the browser reads survives the server's encoder and the browser's decoder",
          "[sync][S7.1]") {
    auto s = decodeSessionAnswer(sessionAnswerJson(session()).dump());
    REQUIRE(s.ok());
    CHECK(s->token == "0123abcd");
    CHECK(s->expiresAt == 1750000000);
    REQUIRE(s->versions);
    CHECK(s->versions->schema == 8);
    CHECK(s->mustChangePassword);
    CHECK(s->user == session().user);
    SessionAnswer admin = session();
    admin.user = SessionUser{"ADMIN-1", "root", Role::SystemAdmin, "", ""};
    auto a = decodeSessionAnswer(sessionAnswerJson(admin).dump());
    REQUIRE(a.ok());
    CHECK(a->user == admin.user); // an empty scope and an empty name are kept

    auto p = decodePushAnswer(pushAnswerJson(pushAnswer()).dump());
    REQUIRE(p.ok());
    CHECK(p->lastSeq == 3);
    CHECK(p->serverSeq == 57);
    REQUIRE(p->results.size() == 3);
    CHECK(p->results[0].applied);
    CHECK_FALSE(p->results[0].error);
    CHECK_FALSE(p->results[1].applied);
    CHECK(p->results[1].repeated);
    CHECK(p->results[1].error == pushAnswer().results[1].error);
    CHECK(p->results[1].error->error().detail == "CA1");
    CHECK(p->results[2].error == pushAnswer().results[2].error);

    auto page = decodePullPage(pullPageJson(pullPage()).dump());
    REQUIRE(page.ok());
    CHECK(page->cursor == 57);
    CHECK(page->more);
    REQUIRE(page->changes.size() == 3);
    CHECK(page->changes[0].seq == 12);
    CHECK(page->changes[0].kind == "talent");
    CHECK(page->changes[0].record == pullPage().changes[0].record);
    CHECK(page->changes[1].record.is_null());
    CHECK(page->changes[2].id == "2027");

    const RevealAnswer reveal{"T2", IdType::Passport, "E12345678", "reveal-0123"};
    auto r = decodeRevealAnswer(revealAnswerJson(reveal).dump());
    REQUIRE(r.ok());
    CHECK(*r == reveal);

    auto e = decodeErrorAnswer(errorAnswerJson({WireError{"error.files.offset", "Wrong offset.", "expected 262144"}, 262144}).dump());
    REQUIRE(e.ok());
    CHECK(e->error.key == "error.files.offset");
    CHECK(e->error.detail == "expected 262144");
    CHECK(e->expected == std::uint64_t{262144});
    auto plain = decodeErrorAnswer(errorAnswerJson({WireError{"error.session.invalid", "Sign in again.", ""}, std::nullopt}).dump());
    REQUIRE(plain.ok());
    CHECK(plain->error.detail.empty());
    CHECK_FALSE(plain->expected);

    const EmployerPage employers{{{"E1", "济南某研究院", "370102"}, {"E2", "青岛某大学", "370202"}}, 5, true};
    auto ep = decodeEmployerPage(employerPageJson(employers).dump());
    REQUIRE(ep.ok());
    CHECK(ep->employers == employers.employers);
    CHECK(ep->total == 5);
    CHECK(ep->more);
}

TEST_CASE("wire codec 3. the session answer decoder names a missing, unknown, mistyped or out-of-range member",
          "[sync][S7.1]") {
    const json good = sessionAnswerJson(session());
    checkRefusals(good, [](std::string_view b) { return decodeSessionAnswer(b); },
                  {{"token", [](json& j) { j.erase("token"); }},
                   {"token", [](json& j) { j["token"] = 12; }},
                   {"token", [](json& j) { j["token"] = ""; }},
                   {"expires_at", [](json& j) { j.erase("expires_at"); }},
                   {"expires_at", [](json& j) { j["expires_at"] = "soon"; }},
                   {"expires_at", [](json& j) { j["expires_at"] = -1; }},
                   {"expires_at", [](json& j) { j["expires_at"] = 1.5; }},
                   {"protocol", [](json& j) { j["protocol"] = "1"; }},
                   {"schema", [](json& j) { j.erase("schema"); }},
                   {"must_change_password", [](json& j) { j["must_change_password"] = "yes"; }},
                   {"user", [](json& j) { j.erase("user"); }},
                   {"user", [](json& j) { j["user"] = "T1"; }},
                   {"user.id", [](json& j) { j["user"].erase("id"); }},
                   {"user.id", [](json& j) { j["user"]["id"] = ""; }},
                   {"user.login", [](json& j) { j["user"]["login"] = nullptr; }},
                   {"user.role", [](json& j) { j["user"].erase("role"); }},
                   {"user.role", [](json& j) { j["user"]["role"] = "emperor"; }},
                   {"user.scope", [](json& j) { j["user"].erase("scope"); }},
                   {"user.name", [](json& j) { j["user"]["name"] = 7; }},
                   {"user.extra", [](json& j) { j["user"]["extra"] = 1; }},
                   {"extra", [](json& j) { j["extra"] = true; }}});
    // What an earlier server of protocol 1 left out is read with its default.
    json old = good;
    for (const char* m : {"protocol", "schema", "must_change_password"}) old.erase(m);
    old["user"].erase("name");
    auto s = decodeSessionAnswer(old.dump());
    REQUIRE(s.ok());
    CHECK_FALSE(s->versions);
    CHECK_FALSE(s->mustChangePassword);
    CHECK(s->user.name == "licheng.window");
}

TEST_CASE("wire codec 4. the push answer decoder names a missing, unknown, mistyped or out-of-range member, "
          "and a rejection without its error",
          "[sync][S7.1]") {
    const json good = pushAnswerJson(pushAnswer());
    checkRefusals(good, [](std::string_view b) { return decodePushAnswer(b); },
                  {{"protocol", [](json& j) { j.erase("protocol"); }},
                   {"last_seq", [](json& j) { j.erase("last_seq"); }},
                   {"last_seq", [](json& j) { j["last_seq"] = -2; }},
                   {"server_seq", [](json& j) { j["server_seq"] = "57"; }},
                   {"results", [](json& j) { j.erase("results"); }},
                   {"results", [](json& j) { j["results"] = json::object(); }},
                   {"results[1]", [](json& j) { j["results"][1] = 2; }},
                   {"results[0].seq", [](json& j) { j["results"][0].erase("seq"); }},
                   {"results[0].seq", [](json& j) { j["results"][0]["seq"] = 0; }},
                   {"results[0].seq", [](json& j) { j["results"][0]["seq"] = 18446744073709551615ull; }},
                   {"results[0].command_id", [](json& j) { j["results"][0]["command_id"] = json::array(); }},
                   {"results[0].status", [](json& j) { j["results"][0].erase("status"); }},
                   {"results[0].status", [](json& j) { j["results"][0]["status"] = "done"; }},
                   {"results[0].repeated", [](json& j) { j["results"][0]["repeated"] = 0; }},
                   {"results[0].error", [](json& j) { j["results"][0]["error"] = j["results"][1]["error"]; }},
                   {"results[1].error", [](json& j) { j["results"][1].erase("error"); }},
                   {"results[1].error", [](json& j) { j["results"][1]["error"] = "error.card.open_application"; }},
                   {"results[1].error.key", [](json& j) { j["results"][1]["error"].erase("key"); }},
                   {"results[1].error.key", [](json& j) { j["results"][1]["error"]["key"] = ""; }},
                   {"results[1].error.detail", [](json& j) { j["results"][1]["error"]["detail"] = 1; }},
                   {"results[1].error.where", [](json& j) { j["results"][1]["error"]["where"] = "x"; }},
                   {"results[2].extra", [](json& j) { j["results"][2]["extra"] = 1; }}});
}

TEST_CASE("wire codec 5. the pull page decoders, from a parsed page or from its text, name a missing, unknown, mistyped or out-of-range member",
          "[sync][S7.1]") {
    const json good = pullPageJson(pullPage());
    const bool fromText = GENERATE(false, true);
    INFO((fromText ? "decodePullPageText" : "decodePullPage"));
    checkRefusals(good,
                  [fromText](std::string_view b) -> Result<Ok> {
                      if (fromText) {
                          auto d = decodePullPageText(b);
                          return d ? Result<Ok>(Ok{}) : Result<Ok>(d.error());
                      }
                      auto d = decodePullPage(b);
                      return d ? Result<Ok>(Ok{}) : Result<Ok>(d.error());
                  },
                  {{"schema", [](json& j) { j["schema"] = -1; }},
                   {"cursor", [](json& j) { j.erase("cursor"); }},
                   {"cursor", [](json& j) { j["cursor"] = "57"; }},
                   {"cursor", [](json& j) { j["cursor"] = 9007199254740993ll; }},
                   {"more", [](json& j) { j.erase("more"); }},
                   {"more", [](json& j) { j["more"] = 1; }},
                   {"changes", [](json& j) { j.erase("changes"); }},
                   {"changes", [](json& j) { j["changes"] = nullptr; }},
                   {"changes[0]", [](json& j) { j["changes"][0] = "talent/T1"; }},
                   {"changes[0].seq", [](json& j) { j["changes"][0].erase("seq"); }},
                   {"changes[1].seq", [](json& j) { j["changes"][1]["seq"] = -3; }},
                   {"changes[0].kind", [](json& j) { j["changes"][0].erase("kind"); }},
                   {"changes[0].kind", [](json& j) { j["changes"][0]["kind"] = ""; }},
                   {"changes[2].id", [](json& j) { j["changes"][2]["id"] = 2027; }},
                   {"changes[0].record", [](json& j) { j["changes"][0].erase("record"); }},
                   {"changes[0].record", [](json& j) { j["changes"][0]["record"] = "T1"; }},
                   {"changes[0].record", [](json& j) { j["changes"][0]["record"] = json::array(); }},
                   {"changes[1].extra", [](json& j) { j["changes"][1]["extra"] = 1; }},
                   {"extra", [](json& j) { j["extra"] = 1; }}});
}

TEST_CASE("wire codec 6. the reveal, error and employer list decoders name a missing, mistyped or out-of-range member",
          "[sync][S7.1][S5.1]") {
    checkRefusals(revealAnswerJson(RevealAnswer{"T2", IdType::ResidentId, "370102198001010015", "reveal-1"}),
                  [](std::string_view b) { return decodeRevealAnswer(b); },
                  {{"talent", [](json& j) { j.erase("talent"); }},
                   {"id_type", [](json& j) { j["id_type"] = "driving_licence"; }},
                   {"id_number", [](json& j) { j["id_number"] = 370102; }},
                   {"audit", [](json& j) { j["audit"] = ""; }},
                   {"extra", [](json& j) { j["extra"] = 1; }}});
    // The error envelope is shared by every call: members beside "error" other than
    // "expected" are some call's own ("rejects" of an import) and are let be.
    checkRefusals(errorAnswerJson({WireError{"error.files.offset", "Wrong offset.", "expected 4"}, 4}),
                  [](std::string_view b) { return decodeErrorAnswer(b); },
                  {{"error", [](json& j) { j.erase("error"); }},
                   {"error", [](json& j) { j["error"] = "error.files.offset"; }},
                   {"error.key", [](json& j) { j["error"].erase("key"); }},
                   {"error.key", [](json& j) { j["error"]["key"] = 404; }},
                   {"error.message", [](json& j) { j["error"]["message"] = false; }},
                   {"error.detail", [](json& j) { j["error"]["detail"] = json::object(); }},
                   {"error.status", [](json& j) { j["error"]["status"] = 409; }},
                   {"expected", [](json& j) { j["expected"] = -4; }},
                   {"expected", [](json& j) { j["expected"] = "4"; }}});
    auto withRejects = decodeErrorAnswer(R"({"error":{"key":"error.import.rejected","message":"m","detail":"1"},"rejects":[]})");
    REQUIRE(withRejects.ok());
    CHECK(withRejects->error.key == "error.import.rejected");
    checkRefusals(employerPageJson(EmployerPage{{{"E1", "济南某研究院", "370102"}}, 1, false}),
                  [](std::string_view b) { return decodeEmployerPage(b); },
                  {{"employers", [](json& j) { j.erase("employers"); }},
                   {"employers[0]", [](json& j) { j["employers"][0] = "E1"; }},
                   {"employers[0].name", [](json& j) { j["employers"][0].erase("name"); }},
                   {"employers[0].region", [](json& j) { j["employers"][0]["region"] = 370102; }},
                   {"employers[0].staff", [](json& j) { j["employers"][0]["staff"] = 3; }},
                   {"total", [](json& j) { j.erase("total"); }},
                   {"total", [](json& j) { j["total"] = -1; }},
                   {"more", [](json& j) { j["more"] = "no"; }}});
}
