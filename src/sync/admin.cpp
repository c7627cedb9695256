// Implements the administration messages' encoders and strict decoders: parse
// without exceptions, then check every member's presence, type and range, naming
// the member (with its path inside an array) in error.sync.field.
#include "sync/admin.h"

#include "data/command_json.h"
#include "sync/json_members.h"
#include "sync/query_string.h"

#include <nlohmann/json.hpp>

namespace huicai::sync {

namespace {

using namespace json_members;

constexpr std::size_t kMaxPassword = 1024;

Result<Role> role(const Json& j, const char* name, const std::string& path = "") {
    auto id = text(j, name, 64, true, path);
    if (!id) return id.error();
    auto r = parseEnum<Role>(*id);
    if (!r) return field(path + name, "not a role");
    return *r;
}

} // namespace

std::string encodePasswordChange(const PasswordChange& r) {
    Json j = versionsJson(r.versions);
    j["old_password"] = r.oldPassword;
    j["new_password"] = r.newPassword;
    return j.dump();
}

Result<PasswordChange> decodePasswordChange(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "old_password", "new_password"}, ""); !s) return s.error();
    auto v = versions(*j);
    if (!v) return v.error();
    auto oldPassword = text(*j, "old_password", kMaxPassword, true);
    if (!oldPassword) return oldPassword.error();
    auto newPassword = text(*j, "new_password", kMaxPassword, true);
    if (!newPassword) return newPassword.error();
    return PasswordChange{*v, *oldPassword, *newPassword};
}

std::string encodeAccountList(const std::vector<AccountEntry>& accounts) {
    Json list = Json::array();
    for (const auto& a : accounts)
        list.push_back(Json{{"id", a.id},
                            {"login", a.login},
                            {"name", a.name},
                            {"role", enumId(a.role)},
                            {"scope", a.scope},
                            {"disabled", a.disabled},
                            {"must_change", a.mustChange},
                            {"last_sign_in", a.lastSignIn}});
    return Json{{"accounts", std::move(list)}}.dump();
}

Result<std::vector<AccountEntry>> decodeAccountList(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"accounts"}, ""); !s) return s.error();
    auto list = array(*j, "accounts");
    if (!list) return list.error();
    std::vector<AccountEntry> out;
    std::size_t i = 0;
    for (const Json& e : **list) {
        const std::string at = indexed("accounts", i++);
        const std::string path = at + ".";
        if (!e.is_object()) return field(at, "expected an object");
        if (auto s = onlyMembers(e, {"id", "login", "name", "role", "scope", "disabled", "must_change", "last_sign_in"}, path); !s)
            return s.error();
        AccountEntry a;
        for (auto [name, target, required] : {std::tuple{"id", &a.id, true}, {"login", &a.login, true}, {"name", &a.name, true}, {"scope", &a.scope, false}}) {
            auto v = text(e, name, kMaxText, required, path);
            if (!v) return v.error();
            *target = std::move(*v);
        }
        auto r = role(e, "role", path);
        if (!r) return r.error();
        a.role = *r;
        auto disabled = boolean(e, "disabled", path);
        if (!disabled) return disabled.error();
        a.disabled = *disabled;
        auto mustChange = boolean(e, "must_change", path);
        if (!mustChange) return mustChange.error();
        a.mustChange = *mustChange;
        auto last = integer(e, "last_sign_in", 0, std::int64_t{1} << 53, path);
        if (!last) return last.error();
        a.lastSignIn = *last;
        out.push_back(std::move(a));
    }
    return out;
}

std::string encodeNewAccount(const NewAccount& r) {
    Json j = versionsJson(r.versions);
    j["login"] = r.login;
    j["name"] = r.name;
    j["role"] = enumId(r.role);
    j["scope"] = r.scope;
    return j.dump();
}

Result<NewAccount> decodeNewAccount(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "login", "name", "role", "scope"}, ""); !s) return s.error();
    auto v = versions(*j);
    if (!v) return v.error();
    NewAccount out;
    out.versions = *v;
    auto login = text(*j, "login", 128, true);
    if (!login) return login.error();
    out.login = *login;
    auto name = text(*j, "name", 200, true);
    if (!name) return name.error();
    out.name = *name;
    auto r = role(*j, "role");
    if (!r) return r.error();
    out.role = *r;
    // A system administrator's account has no unit: its scope is "".
    auto scope = text(*j, "scope", 128, false);
    if (!scope) return scope.error();
    out.scope = *scope;
    return out;
}

std::string encodeIssuedPassword(const IssuedPassword& r) {
    return Json{{"id", r.id}, {"login", r.login}, {"password", r.password}}.dump();
}

Result<IssuedPassword> decodeIssuedPassword(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"id", "login", "password"}, ""); !s) return s.error();
    IssuedPassword out;
    for (auto [name, target] : {std::pair{"id", &out.id}, {"login", &out.login}, {"password", &out.password}}) {
        auto v = text(*j, name, kMaxText, true);
        if (!v) return v.error();
        *target = std::move(*v);
    }
    return out;
}

std::string encodeAccountReset(const AccountAction& r) {
    Json j = versionsJson(r.versions);
    j["id"] = r.id;
    return j.dump();
}

Result<AccountAction> decodeAccountReset(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "id"}, ""); !s) return s.error();
    auto v = versions(*j);
    if (!v) return v.error();
    auto id = text(*j, "id", 128, true);
    if (!id) return id.error();
    return AccountAction{*v, *id, true};
}

std::string encodeAccountDisable(const AccountAction& r) {
    Json j = versionsJson(r.versions);
    j["id"] = r.id;
    j["disabled"] = r.disabled;
    return j.dump();
}

Result<AccountAction> decodeAccountDisable(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "id", "disabled"}, ""); !s) return s.error();
    auto v = versions(*j);
    if (!v) return v.error();
    auto id = text(*j, "id", 128, true);
    if (!id) return id.error();
    auto disabled = boolean(*j, "disabled");
    if (!disabled) return disabled.error();
    return AccountAction{*v, *id, *disabled};
}

std::string auditQueryString(const AuditQuery& q) {
    std::string out;
    auto add = [&](const char* name, const std::string& value) {
        if (!value.empty()) addQueryValue(out, name, value);
    };
    add("unit", q.unit);
    add("actor", q.actor);
    add("record", q.record);
    add("from", q.from);
    add("to", q.to);
    if (q.offset != 0) add("offset", std::to_string(q.offset));
    if (q.limit != kDefaultAuditLimit) add("limit", std::to_string(q.limit));
    return out;
}

std::string encodeAuditPage(const AuditPage& p) {
    Json list = Json::array();
    for (const auto& e : p.entries)
        list.push_back(Json{{"seq", e.seq},
                            {"at", e.at},
                            {"actor", e.actor},
                            {"role", e.role},
                            {"unit", e.unit},
                            {"command", e.command},
                            {"records", e.records}});
    return Json{{"entries", std::move(list)}, {"total", p.total}, {"more", p.more}}.dump();
}

Result<AuditPage> decodeAuditPage(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"entries", "total", "more"}, ""); !s) return s.error();
    auto list = array(*j, "entries");
    if (!list) return list.error();
    AuditPage page;
    std::size_t i = 0;
    for (const Json& e : **list) {
        const std::string at = indexed("entries", i++);
        const std::string path = at + ".";
        if (!e.is_object()) return field(at, "expected an object");
        if (auto s = onlyMembers(e, {"seq", "at", "actor", "role", "unit", "command", "records"}, path); !s) return s.error();
        AuditEntry entry;
        auto seq = integer(e, "seq", 1, std::int64_t{1} << 53, path);
        if (!seq) return seq.error();
        entry.seq = *seq;
        for (auto [name, target, required] :
             {std::tuple{"at", &entry.at, true}, {"actor", &entry.actor, true}, {"role", &entry.role, true}, {"unit", &entry.unit, false}, {"command", &entry.command, true}}) {
            auto v = text(e, name, kMaxText, required, path);
            if (!v) return v.error();
            *target = std::move(*v);
        }
        auto records = e.find("records");
        if (records == e.end()) return field(path + "records", "missing");
        if (!records->is_array()) return field(path + "records", "expected an array");
        for (const auto& r : *records) {
            if (!r.is_string()) return field(path + "records", "expected strings");
            entry.records.push_back(r.get<std::string>());
        }
        page.entries.push_back(std::move(entry));
    }
    auto total = integer(*j, "total", 0, 1 << 30, "");
    if (!total) return total.error();
    page.total = static_cast<int>(*total);
    auto more = boolean(*j, "more");
    if (!more) return more.error();
    page.more = *more;
    return page;
}

std::string encodeImportRequest(const ImportRequest& r) {
    Json j = versionsJson(r.versions);
    j["csv"] = r.csv;
    return j.dump();
}

Result<ImportRequest> decodeImportRequest(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "csv"}, ""); !s) return s.error();
    auto v = versions(*j);
    if (!v) return v.error();
    auto csv = text(*j, "csv", kMaxImportBytes, true);
    if (!csv) return csv.error();
    return ImportRequest{*v, *csv};
}

Result<ImportAnswer> decodeImportAnswer(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    ImportAnswer out;
    if (j->contains("rejects")) {
        if (auto s = onlyMembers(*j, {"error", "rejects"}, ""); !s) return s.error();
        auto list = array(*j, "rejects");
        if (!list) return list.error();
        std::size_t i = 0;
        for (const Json& e : **list) {
            const std::string at = indexed("rejects", i++);
            const std::string path = at + ".";
            if (!e.is_object()) return field(at, "expected an object");
            if (auto s = onlyMembers(e, {"row", "key", "detail"}, path); !s) return s.error();
            auto row = integer(e, "row", 1, 1 << 30, path);
            if (!row) return row.error();
            auto key = text(e, "key", kMaxText, true, path);
            if (!key) return key.error();
            auto detail = text(e, "detail", 4096, false, path);
            if (!detail) return detail.error();
            out.rejects.push_back(ImportReject{static_cast<int>(*row), Error{*key, *detail}});
        }
        return out;
    }
    if (auto s = onlyMembers(*j, {"imported", "ids"}, ""); !s) return s.error();
    auto imported = integer(*j, "imported", 0, 1 << 30, "");
    if (!imported) return imported.error();
    out.imported = static_cast<int>(*imported);
    auto ids = array(*j, "ids");
    if (!ids) return ids.error();
    for (const auto& id : **ids) {
        if (!id.is_string() || id.get_ref<const std::string&>().empty()) return field("ids", "expected strings");
        out.ids.push_back(id.get<std::string>());
    }
    return out;
}

std::string encodeHolidayPreviewRequest(const HolidayPreviewRequest& r) {
    Json j = versionsJson(r.versions);
    j.update(payloadToJson(Payload{r.year}));
    return j.dump();
}

Result<HolidayPreviewRequest> decodeHolidayPreviewRequest(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    auto v = versions(*j);
    if (!v) return v.error();
    Json args = *j;
    args.erase("protocol");
    args.erase("schema");
    auto p = payloadFromJson(LoadHolidayYear::kName, args, "");
    if (!p) return makeError("error.sync.field", p.error().detail);
    return HolidayPreviewRequest{*v, std::get<LoadHolidayYear>(*p)};
}

std::string encodeDeadlineShifts(const std::vector<DeadlineShift>& shifts) {
    Json list = Json::array();
    for (const auto& s : shifts)
        list.push_back(Json{{"record", s.record},
                            {"what", s.what},
                            {"before", s.before.iso()},
                            {"after", s.after.iso()},
                            {"provisional", s.wasProvisional}});
    return Json{{"shifts", std::move(list)}}.dump();
}

Result<std::vector<DeadlineShift>> decodeDeadlineShifts(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"shifts"}, ""); !s) return s.error();
    auto list = array(*j, "shifts");
    if (!list) return list.error();
    std::vector<DeadlineShift> out;
    std::size_t i = 0;
    for (const Json& e : **list) {
        const std::string at = indexed("shifts", i++);
        const std::string path = at + ".";
        if (!e.is_object()) return field(at, "expected an object");
        if (auto s = onlyMembers(e, {"record", "what", "before", "after", "provisional"}, path); !s) return s.error();
        DeadlineShift shift;
        for (auto [name, target] : {std::pair{"record", &shift.record}, {"what", &shift.what}}) {
            auto v = text(e, name, kMaxText, true, path);
            if (!v) return v.error();
            *target = std::move(*v);
        }
        for (auto [name, target] : {std::pair{"before", &shift.before}, {"after", &shift.after}}) {
            auto v = text(e, name, 10, true, path);
            if (!v) return v.error();
            auto d = Date::parse(*v);
            if (!d) return field(path + name, "expected YYYY-MM-DD");
            *target = *d;
        }
        auto provisional = boolean(e, "provisional", path);
        if (!provisional) return provisional.error();
        shift.wasProvisional = *provisional;
        out.push_back(std::move(shift));
    }
    return out;
}

} // namespace huicai::sync
