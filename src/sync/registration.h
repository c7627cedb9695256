// Self-registration of a talent: the body of POST /api/v1/register and its strict
// decoder, the rules a new account's login and password follow (checked alike by
// the browser before sending and by the server), and the public employer list of
// GET /api/v1/employers that a registering talent chooses their unit from. The
// exact JSON is in API.md next to this file.
#pragma once
#include "core/date.h"
#include "core/model_org.h"
#include "core/result.h"
#include "sync/common_passwords.h"
#include "sync/protocol.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace huicai::sync {

constexpr std::size_t kMinLoginLength = 3;
constexpr std::size_t kMaxLoginLength = 32;
constexpr std::size_t kMinPasswordLength = 8;
constexpr std::size_t kMaxPasswordLength = 128;
constexpr int kDefaultEmployerLimit = 50;
constexpr int kMaxEmployerLimit = 200;

// POST /api/v1/register {"protocol":1,"schema":7,"login","password","name",
//   "category","id_type","id_number","nationality"(passport only),"employer"}
struct RegisterRequest {
    Versions versions;
    std::string login, password, name, category;
    IdType idType = IdType::ResidentId;
    std::string idNumber, nationality, employer;
};
std::string encodeRegister(const RegisterRequest& r);
// error.sync.bad_json, or error.sync.field naming the member (unknown, missing,
// wrong type, empty or too long; id_type not "resident_id" or "passport").
Result<RegisterRequest> decodeRegister(std::string_view body);

// A login: 3..32 of a-z 0-9 . _ -, starting with a letter or digit
// (error.register.login_format, detail the login).
Status checkNewLogin(std::string_view login);
// A password of 8..128 bytes (error.register.password_length, detail the bounds)
// that is not one character repeated, not only white space and not in `common`
// when given (error.register.password_common; the server passes its list).
Status checkNewPassword(std::string_view password, const CommonPasswords* common = nullptr);

// What is wrong with a request before it is sent, field by field in the form's
// order ("name", "id_number", "nationality", "category", "employer", "login",
// "password"), at most one problem a field: error.register.required,
// error.register.employer_required, the core's error.name.characters (name_text.h),
// error.id.* / error.passport.*, and the login and password rules above (without a
// common-password list). Empty when the request may be sent.
struct FieldProblem {
    std::string field;
    Error error;
};
std::vector<FieldProblem> checkRegistration(const RegisterRequest& r, Date today);

// The query of GET /api/v1/employers: q (part of the name or id), offset and limit
// (1..kMaxEmployerLimit); "q=…&offset=…&limit=…", an empty q and the default offset
// and limit left out.
struct EmployerQuery {
    std::string q;
    int offset = 0;
    int limit = kDefaultEmployerLimit;
};
std::string employerQueryString(const EmployerQuery& query);

// One entry of GET /api/v1/employers?q=<part of the name or id>&offset=N&limit=M:
// {"employers":[{"id","name","region"}],"total":T,"more":bool}, ordered by name.
struct EmployerEntry {
    std::string id, name, region;
    bool operator==(const EmployerEntry&) const = default;
};
struct EmployerPage {
    std::vector<EmployerEntry> employers;
    int total = 0;
    bool more = false;
};
nlohmann::json employerPageJson(const EmployerPage& page);
// error.sync.field naming the member ("employers[2].name: missing") otherwise.
Result<EmployerPage> decodeEmployerPage(std::string_view body);
// Does `entry` match the search text (case-insensitive in ASCII, a substring of
// the name or the id; an empty query matches everything)?
bool employerMatches(const EmployerEntry& entry, std::string_view query);

} // namespace huicai::sync
