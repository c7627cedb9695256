// The registration form's checks before sending (sync/registration.h), which the
// browser runs field by field and the server repeats: required fields, the resident
// ID's check character and birth date, a passport's number and nationality, the
// employer chosen, the login's characters, the name's characters and the password's
// length and guessability (with and without a common-password list); and the
// request's round trip through its encoder and strict decoder.
#include "sync/common_passwords.h"
#include "sync/registration.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace huicai;
using namespace huicai::sync;

namespace {

const Date kRegistrationDay = *Date::parse("2026-11-02");

RegisterRequest valid() {
    RegisterRequest r;
    r.versions = Versions{kProtocolVersion, 6};
    r.login = "zhang.xc";
    r.password = "Huicai-new-2026";
    r.name = "张新才";
    r.category = "professional_technical";
    r.idNumber = "370102199001011231";
    r.employer = "E1";
    return r;
}

std::vector<std::string> fieldsOf(const std::vector<FieldProblem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.field + " " + p.error.key);
    return out;
}

} // namespace

TEST_CASE("registration check: each field's problem under its name, none for a good form", "[sync][register][S5.1]") {
    struct Case {
        int n;
        void (*edit)(RegisterRequest&);
        std::vector<std::string> expected;
    };
    const Case cases[] = {
        {1, [](RegisterRequest&) {}, {}},
        {2, [](RegisterRequest& r) { r.name = "  "; }, {"name error.register.required"}},
        {3, [](RegisterRequest& r) { r.idNumber = "370102199001011232"; }, {"id_number error.id.checksum"}},
        {4, [](RegisterRequest& r) { r.idNumber = "370102199001011x"; }, {"id_number error.id.length"}},
        {5, [](RegisterRequest& r) { r.idNumber = "370102203001011231"; }, {"id_number error.id.birthdate"}},
        {6, [](RegisterRequest& r) { r.idNumber = "37010219900101124x"; }, {}}, // lower-case x accepted
        {7, [](RegisterRequest& r) { r.employer.clear(); }, {"employer error.register.employer_required"}},
        {8, [](RegisterRequest& r) { r.login = "Zhang"; }, {"login error.register.login_format"}},
        {9, [](RegisterRequest& r) { r.login = "zx"; }, {"login error.register.login_format"}},
        {10, [](RegisterRequest& r) { r.login = "-zx1"; }, {"login error.register.login_format"}},
        {11, [](RegisterRequest& r) { r.login = "138001380001"; }, {}},
        {12, [](RegisterRequest& r) { r.password = "1234567"; }, {"password error.register.password_length"}},
        {13, [](RegisterRequest& r) { r.password = "12345678"; }, {}},
        {14, [](RegisterRequest& r) { r.idType = IdType::Passport; r.idNumber = "E12345678"; r.nationality = "gbr"; }, {}},
        {15, [](RegisterRequest& r) { r.idType = IdType::Passport; r.idNumber = "E12345678"; }, {"nationality error.register.required"}},
        {16, [](RegisterRequest& r) { r.idType = IdType::Passport; r.idNumber = "E1"; r.nationality = "XXY"; }, {"id_number error.passport.number", "nationality error.passport.nationality"}},
        {18, [](RegisterRequest& r) { r.password = "        "; }, {"password error.register.password_common"}},
        {19, [](RegisterRequest& r) { r.password = "zzzzzzzzzz"; }, {"password error.register.password_common"}},
        {20, [](RegisterRequest& r) { r.password = "哈哈哈哈"; }, {"password error.register.password_common"}},
        {21, [](RegisterRequest& r) { r.password = "哈哈哈哈a"; }, {}},
        {22, [](RegisterRequest& r) { r.name = "张新才\u202Egnp.exe"; }, {"name error.name.characters"}},
        {23, [](RegisterRequest& r) { r.name = std::string("张\0新才", 10); }, {"name error.name.characters"}},
        {24, [](RegisterRequest& r) { r.name = "<b>张新才</b>"; }, {"name error.name.characters"}},
        {25, [](RegisterRequest& r) { r.name = "Nguyễn Thị O'Brien-José"; }, {}},
        {17, [](RegisterRequest& r) { r = RegisterRequest{}; }, {"name error.register.required", "id_number error.register.required", "category error.register.required", "employer error.register.employer_required", "login error.register.login_format", "password error.register.password_length"}},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        RegisterRequest r = valid();
        c.edit(r);
        CHECK(fieldsOf(checkRegistration(r, kRegistrationDay)) == c.expected);
    }
}

TEST_CASE("registration check: the request reads back as sent, the decoder refuses what it does not know", "[sync][register][S5.1]") {
    RegisterRequest r = valid();
    r.idType = IdType::Passport;
    r.nationality = "GBR";
    auto back = decodeRegister(encodeRegister(r));
    REQUIRE(back.ok());
    CHECK(back->login == r.login);
    CHECK(back->name == r.name);
    CHECK(back->idType == IdType::Passport);
    CHECK(back->nationality == "GBR");
    CHECK(back->employer == "E1");
    CHECK(back->versions.protocol == kProtocolVersion);
    struct Case {
        int n;
        const char* body;
        const char* key;
        const char* detail;
    };
    const Case cases[] = {
        {1, "not json", "error.sync.bad_json", "body"},
        {2, "[]", "error.sync.field", "body: expected an object"},
        {3, R"({"protocol":1,"schema":6,"login":"a"})", "error.sync.field", "password: missing"},
        {4, R"({"protocol":"1","schema":6})", "error.sync.field", "protocol: expected an integer"},
        {5, R"({"protocol":1,"schema":6,"admin":true})", "error.sync.field", "admin: unknown member"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto d = decodeRegister(c.body);
        REQUIRE_FALSE(d.ok());
        CHECK(d.error().key == c.key);
        CHECK(d.error().detail == c.detail);
    }
}

TEST_CASE("registration check: the employer search matches part of the name or the id", "[sync][register][S5.1]") {
    const EmployerEntry e{"E1", "济南某研究院", "370102"};
    struct Case {
        int n;
        const char* query;
        bool match;
    };
    const Case cases[] = {{1, "", true}, {2, "研究", true}, {3, "济南某研究院", true}, {4, "e1", true}, {5, "青岛", false}, {6, "E2", false}, {7, "济南某研究院所", false}};
    for (const auto& c : cases) {
        INFO("case " << c.n);
        CHECK(employerMatches(e, c.query) == c.match);
    }
}

TEST_CASE("registration check: a password on the common list is refused whatever its case, the list is read strictly",
          "[sync][register][S5.1][security]") {
    auto list = CommonPasswords::parse(R"(["password1","iloveyou2","qwertyuiop"])", "test list");
    REQUIRE(list.ok());
    CHECK(list->size() == 3);
    struct Case {
        int n;
        const char* password;
        bool refused;
    };
    const Case cases[] = {{1, "password1", true}, {2, "PASSWORD1", true}, {3, "Qwertyuiop", true}, {4, "password12", false}, {5, "Huicai-new-2026", false}};
    for (const auto& c : cases) {
        INFO("case " << c.n);
        auto s = checkNewPassword(c.password, &*list);
        CHECK(s.ok() == !c.refused);
        if (c.refused) CHECK(s.error().key == "error.register.password_common");
        CHECK(checkNewPassword(c.password).ok()); // without a list only the length and repetition count
    }
    for (const char* bad : {"", "{}", "[]", "[1,2]", "not json"}) {
        INFO(bad);
        auto l = CommonPasswords::parse(bad, "bad");
        REQUIRE_FALSE(l.ok());
        CHECK(l.error().key == "error.sync.bad_json");
    }
}
