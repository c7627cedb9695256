// Implements the registration request's encoder and strict decoder, the login and
// password rules, and the employer list's query, encoder, decoder and search match.
#include "sync/registration.h"

#include "core/name_text.h"
#include "core/resident_id.h"
#include "sync/json_members.h"
#include "sync/query_string.h"

#include <nlohmann/json.hpp>

namespace huicai::sync {

namespace {

using namespace json_members;

// A string member; when not `required`, an absent member reads as empty.
Result<std::string> memberText(const Json& j, const char* name, std::size_t maxLen, bool required = true) {
    auto it = j.find(name);
    if (it == j.end()) {
        if (!required) return std::string();
        return field(name, "missing");
    }
    if (!it->is_string()) return field(name, "expected a string");
    const auto& s = it->get_ref<const std::string&>();
    if ((required && s.empty()) || s.size() > maxLen) return field(name, "empty or too long");
    return s;
}

Result<int> smallInt(const Json& j, const char* name) {
    auto it = j.find(name);
    if (it == j.end()) return field(name, "missing");
    if (!it->is_number_integer()) return field(name, "expected an integer");
    if (it->is_number_unsigned()) {
        if (it->get<std::uint64_t>() > (1u << 30)) return field(name, "out of range");
        return static_cast<int>(it->get<std::uint64_t>());
    }
    const auto v = it->get<std::int64_t>();
    if (v < 0 || v > (1 << 30)) return field(name, "out of range");
    return static_cast<int>(v);
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool containsFolded(std::string_view hay, std::string_view needle) {
    if (needle.empty()) return true;
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lower(hay[i + k]) == lower(needle[k])) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

// Is `s` one character (one UTF-8 sequence) over and over?
bool repeatsOneCharacter(std::string_view s) {
    const auto lead = static_cast<unsigned char>(s[0]);
    const std::size_t n = lead < 0xC0 ? 1 : lead < 0xE0 ? 2
                                        : lead < 0xF0   ? 3
                                                        : 4;
    if (s.size() % n != 0) return false;
    for (std::size_t i = n; i < s.size(); i += n)
        if (s.compare(i, n, s.substr(0, n)) != 0) return false;
    return true;
}

} // namespace

std::string encodeRegister(const RegisterRequest& r) {
    Json j{{"protocol", r.versions.protocol},
           {"schema", r.versions.schema},
           {"login", r.login},
           {"password", r.password},
           {"name", r.name},
           {"category", r.category},
           {"id_type", enumId(r.idType)},
           {"id_number", r.idNumber},
           {"employer", r.employer}};
    if (r.idType == IdType::Passport) j["nationality"] = r.nationality;
    return j.dump();
}

Result<RegisterRequest> decodeRegister(std::string_view body) {
    Json j = Json::parse(body.begin(), body.end(), nullptr, false);
    if (j.is_discarded()) return makeError("error.sync.bad_json", "body");
    if (!j.is_object()) return field("body", "expected an object");
    for (auto it = j.begin(); it != j.end(); ++it) {
        static constexpr std::string_view kAllowed[] = {"protocol", "schema", "login", "password", "name",
                                                        "category", "id_type", "id_number", "employer", "nationality"};
        bool known = false;
        for (auto a : kAllowed) known = known || it.key() == a;
        if (!known) return field(it.key(), "unknown member");
    }
    RegisterRequest r;
    auto protocol = smallInt(j, "protocol");
    if (!protocol) return protocol.error();
    auto schema = smallInt(j, "schema");
    if (!schema) return schema.error();
    r.versions = Versions{*protocol, *schema};
    struct Member {
        const char* name;
        std::size_t max;
        std::string* out;
        bool required;
    };
    std::string idType;
    const Member members[] = {{"login", 128, &r.login, true}, {"password", 1024, &r.password, true}, {"name", 200, &r.name, true}, {"category", 64, &r.category, true}, {"id_type", 32, &idType, true}, {"id_number", 64, &r.idNumber, true}, {"employer", 128, &r.employer, true}, {"nationality", 8, &r.nationality, false}};
    for (const auto& m : members) {
        auto v = memberText(j, m.name, m.max, m.required);
        if (!v) return v.error();
        *m.out = std::move(*v);
    }
    auto type = parseEnum<IdType>(idType);
    if (!type) return field("id_type", "expected resident_id or passport");
    r.idType = *type;
    if (r.idType == IdType::Passport && r.nationality.empty()) return field("nationality", "missing");
    return r;
}

Status checkNewLogin(std::string_view login) {
    if (login.size() < kMinLoginLength || login.size() > kMaxLoginLength)
        return makeError("error.register.login_format", std::string(login));
    for (std::size_t i = 0; i < login.size(); ++i) {
        const char c = login[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-')))
            return makeError("error.register.login_format", std::string(login));
    }
    return Ok{};
}

Status checkNewPassword(std::string_view password, const CommonPasswords* common) {
    if (password.size() < kMinPasswordLength || password.size() > kMaxPasswordLength)
        return makeError("error.register.password_length",
                         std::to_string(kMinPasswordLength) + ".." + std::to_string(kMaxPasswordLength));
    const bool oneCharacter = repeatsOneCharacter(password);
    const bool blank = password.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos;
    if (oneCharacter || blank || (common && common->contains(password)))
        return makeError("error.register.password_common", "");
    return Ok{};
}

std::vector<FieldProblem> checkRegistration(const RegisterRequest& r, Date today) {
    std::vector<FieldProblem> out;
    auto required = [](std::string_view v) { return v.find_first_not_of(' ') != std::string_view::npos; };
    if (!required(r.name)) out.push_back({"name", makeError("error.register.required", "name")});
    else if (auto s = checkNameText(r.name); !s) out.push_back({"name", s.error()});
    if (!required(r.idNumber)) {
        out.push_back({"id_number", makeError("error.register.required", "id_number")});
    } else if (r.idType == IdType::ResidentId) {
        std::string number = r.idNumber;
        for (auto& c : number) c = c == 'x' ? 'X' : c;
        if (auto v = validateResidentId(number, today); !v) out.push_back({"id_number", v.error()});
    } else if (auto v = validatePassport(r.idNumber, "CHN"); !v) { // the number alone; nationality below
        out.push_back({"id_number", v.error()});
    }
    if (r.idType == IdType::Passport) {
        if (!required(r.nationality)) out.push_back({"nationality", makeError("error.register.required", "nationality")});
        else if (auto v = validatePassport("A12345", r.nationality); !v) out.push_back({"nationality", v.error()});
    }
    if (r.category.empty()) out.push_back({"category", makeError("error.register.required", "category")});
    if (r.employer.empty()) out.push_back({"employer", makeError("error.register.employer_required", "employer")});
    if (auto s = checkNewLogin(r.login); !s) out.push_back({"login", s.error()});
    if (auto s = checkNewPassword(r.password); !s) out.push_back({"password", s.error()});
    return out;
}

std::string employerQueryString(const EmployerQuery& query) {
    std::string out;
    if (!query.q.empty()) addQueryValue(out, "q", query.q);
    if (query.offset != 0) addQueryValue(out, "offset", std::to_string(query.offset));
    if (query.limit != kDefaultEmployerLimit) addQueryValue(out, "limit", std::to_string(query.limit));
    return out;
}

Json employerPageJson(const EmployerPage& page) {
    Json list = Json::array();
    for (const auto& e : page.employers) list.push_back(Json{{"id", e.id}, {"name", e.name}, {"region", e.region}});
    return Json{{"employers", std::move(list)}, {"total", page.total}, {"more", page.more}};
}

Result<EmployerPage> decodeEmployerPage(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"employers", "total", "more"}); !s) return s.error();
    auto list = array(*j, "employers");
    if (!list) return list.error();
    EmployerPage page;
    std::size_t i = 0;
    for (const auto& e : **list) {
        const std::string at = indexed("employers", i++);
        if (!e.is_object()) return field(at, "expected an object");
        if (auto s = onlyMembers(e, {"id", "name", "region"}, at + "."); !s) return s.error();
        EmployerEntry entry;
        for (auto [name, out] : {std::pair{"id", &entry.id}, {"name", &entry.name}, {"region", &entry.region}}) {
            auto it = e.find(name);
            if (it == e.end()) return field(at + "." + name, "missing");
            if (!it->is_string()) return field(at + "." + name, "expected a string");
            const auto& v = it->get_ref<const std::string&>();
            if (v.empty() || v.size() > 256) return field(at + "." + name, "empty or too long");
            *out = v;
        }
        page.employers.push_back(std::move(entry));
    }
    auto total = smallInt(*j, "total");
    if (!total) return total.error();
    page.total = *total;
    auto more = boolean(*j, "more");
    if (!more) return more.error();
    page.more = *more;
    return page;
}

bool employerMatches(const EmployerEntry& entry, std::string_view query) {
    return containsFolded(entry.name, query) || containsFolded(entry.id, query);
}

} // namespace huicai::sync
