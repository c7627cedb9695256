// The administration messages of src/sync/admin.h: every encoder's output decodes to
// what was encoded, and every decoder refuses unknown members, wrong types, empty
// required strings and bad roles with error.sync.field naming the member; the audit
// query string percent-encodes its values and leaves empty ones out.
#include "sync/admin.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace huicai;
using namespace huicai::sync;
using nlohmann::json;

namespace {

template <class R>
void refused(const R& r, const std::string& member) {
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().key == "error.sync.field");
    CHECK(r.error().detail.rfind(member + ":", 0) == 0);
}

json with(json j, const std::string& key, json value) {
    j[key] = std::move(value);
    return j;
}

json without(json j, const std::string& key) {
    j.erase(key);
    return j;
}

} // namespace

TEST_CASE("admin protocol 1. every request and answer survives its encoder and decoder", "[sync][admin][S6.2]") {
    const Versions v{1, 8};
    auto pc = decodePasswordChange(encodePasswordChange({v, "old-pass", "new-pass-2026"}));
    REQUIRE(pc.ok());
    CHECK(pc->versions.schema == 8);
    CHECK(pc->oldPassword == "old-pass");
    CHECK(pc->newPassword == "new-pass-2026");

    const std::vector<AccountEntry> list{{"S-0123456789", "w.lixia", "王专员", Role::WindowSpecialist, "370102", false, true, 0},
                                         {"ADMIN-abcdef0123", "root2", "管理员", Role::SystemAdmin, "", true, false, 1750000000}};
    auto decodedList = decodeAccountList(encodeAccountList(list));
    REQUIRE(decodedList.ok());
    CHECK(*decodedList == list);

    auto na = decodeNewAccount(encodeNewAccount({v, "e1.spec", "李专员", Role::EmployerSpecialist, "E1"}));
    REQUIRE(na.ok());
    CHECK(na->login == "e1.spec");
    CHECK(na->name == "李专员");
    CHECK(na->role == Role::EmployerSpecialist);
    CHECK(na->scope == "E1");
    auto admin = decodeNewAccount(encodeNewAccount({v, "root2", "管理员", Role::SystemAdmin, ""}));
    REQUIRE(admin.ok());
    CHECK(admin->scope.empty());

    const IssuedPassword issued{"S-0123456789", "w.lixia", "abcdEFGH2345jkmn"};
    CHECK(decodeIssuedPassword(encodeIssuedPassword(issued)).value() == issued);

    auto reset = decodeAccountReset(encodeAccountReset({v, "S1", true}));
    REQUIRE(reset.ok());
    CHECK(reset->id == "S1");
    auto enable = decodeAccountDisable(encodeAccountDisable({v, "S1", false}));
    REQUIRE(enable.ok());
    CHECK_FALSE(enable->disabled);

    AuditPage page;
    page.entries = {{42, "2025-06-02", "S1", "employer_specialist", "E1", "UpdateTalentProfile", {"talent/T1"}},
                    {7, "2025-06-01", "server", "system_admin", "", "SealCard", {}}};
    page.total = 9;
    page.more = true;
    auto decodedPage = decodeAuditPage(encodeAuditPage(page));
    REQUIRE(decodedPage.ok());
    CHECK(decodedPage->entries == page.entries);
    CHECK(decodedPage->total == 9);
    CHECK(decodedPage->more);

    auto ir = decodeImportRequest(encodeImportRequest({v, "name,region\nA,370102\n"}));
    REQUIRE(ir.ok());
    CHECK(ir->csv == "name,region\nA,370102\n");

    auto ok = decodeImportAnswer(R"({"imported":2,"ids":["E-1","E-2"]})");
    REQUIRE(ok.ok());
    CHECK(ok->imported == 2);
    CHECK(ok->ids == std::vector<std::string>{"E-1", "E-2"});
    auto rejected = decodeImportAnswer(
        R"({"error":{"key":"error.import.rejected","message":"m","detail":"1"},"rejects":[{"row":3,"key":"error.region.unknown","detail":"999999"}]})");
    REQUIRE(rejected.ok());
    REQUIRE(rejected->rejects.size() == 1);
    CHECK(rejected->rejects[0].row == 3);
    CHECK(rejected->rejects[0].error.key == "error.region.unknown");
    CHECK(rejected->rejects[0].error.detail == "999999");
}

TEST_CASE("admin protocol 4. the holiday preview's request and answer survive their codecs, and bad members are named",
          "[sync][admin][S7.1]") {
    const Versions v{1, 8};
    LoadHolidayYear year;
    year.year = 2027;
    year.off = {*Date::parse("2027-01-01"), *Date::parse("2027-02-06")};
    year.work = {*Date::parse("2027-02-14")};
    auto req = decodeHolidayPreviewRequest(encodeHolidayPreviewRequest({v, year}));
    REQUIRE(req.ok());
    CHECK(req->versions.schema == 8);
    CHECK(req->year.year == 2027);
    CHECK(req->year.off == year.off);
    CHECK(req->year.work == year.work);
    const json good = json::parse(encodeHolidayPreviewRequest({v, year}));
    refused(decodeHolidayPreviewRequest(with(good, "extra", 1).dump()), "extra");
    refused(decodeHolidayPreviewRequest(with(good, "off", json::array({"2027-02-30"})).dump()), "off[0]");
    refused(decodeHolidayPreviewRequest(with(good, "year", "2027").dump()), "year");

    const std::vector<DeadlineShift> shifts{
        {"card_application/CA-1", "workflow.deadline.card_application", *Date::parse("2027-01-06"), *Date::parse("2027-01-07"), true},
        {"task/R1:sd_hrss", "workflow.deadline.task", *Date::parse("2027-02-10"), *Date::parse("2027-02-17"), false}};
    auto back = decodeDeadlineShifts(encodeDeadlineShifts(shifts));
    REQUIRE(back.ok());
    REQUIRE(back->size() == 2);
    for (std::size_t i = 0; i < shifts.size(); ++i) {
        CHECK((*back)[i].record == shifts[i].record);
        CHECK((*back)[i].what == shifts[i].what);
        CHECK((*back)[i].before == shifts[i].before);
        CHECK((*back)[i].after == shifts[i].after);
        CHECK((*back)[i].wasProvisional == shifts[i].wasProvisional);
    }
    const json answer = json::parse(encodeDeadlineShifts(shifts));
    refused(decodeDeadlineShifts(json{{"shifts", json::array({with(answer["shifts"][0], "after", "7 Jan")})}}.dump()),
            "shifts[0].after");
    refused(decodeDeadlineShifts(json{{"shifts", json::array({without(answer["shifts"][0], "provisional")})}}.dump()),
            "shifts[0].provisional");
}

TEST_CASE("admin protocol 2. decoders refuse unknown members, wrong types, empty strings and bad roles, naming the member",
          "[sync][admin][S6.2][security]") {
    const json pc = json::parse(encodePasswordChange({{1, 8}, "old-pass", "new-pass"}));
    refused(decodePasswordChange(with(pc, "extra", 1).dump()), "extra");
    refused(decodePasswordChange(with(pc, "old_password", 5).dump()), "old_password");
    refused(decodePasswordChange(with(pc, "new_password", "").dump()), "new_password");
    refused(decodePasswordChange(without(pc, "protocol").dump()), "protocol");
    CHECK(decodePasswordChange("not json").error().key == "error.sync.bad_json");
    CHECK(decodePasswordChange("[]").error().key == "error.sync.field");

    const json na = json::parse(encodeNewAccount({{1, 8}, "e1.spec", "李专员", Role::EmployerSpecialist, "E1"}));
    refused(decodeNewAccount(with(na, "password", "x").dump()), "password");
    refused(decodeNewAccount(with(na, "role", "king").dump()), "role");
    refused(decodeNewAccount(with(na, "role", 3).dump()), "role");
    refused(decodeNewAccount(with(na, "login", "").dump()), "login");
    refused(decodeNewAccount(with(na, "name", nullptr).dump()), "name");
    refused(decodeNewAccount(without(na, "scope").dump()), "scope");
    refused(decodeNewAccount(with(na, "schema", -1).dump()), "schema");

    const json dis = json::parse(encodeAccountDisable({{1, 8}, "S1", true}));
    refused(decodeAccountDisable(with(dis, "disabled", "yes").dump()), "disabled");
    refused(decodeAccountDisable(without(dis, "disabled").dump()), "disabled");
    refused(decodeAccountDisable(with(dis, "id", "").dump()), "id");
    refused(decodeAccountReset(dis.dump()), "disabled"); // a reset has no such member

    const json list = json::parse(encodeAccountList({{"S1", "s1", "王", Role::EmployerSpecialist, "E1", false, false, 0}}));
    json l = list;
    l["accounts"][0]["password_hash"] = "x";
    refused(decodeAccountList(l.dump()), "accounts[0].password_hash");
    l = list;
    l["accounts"][0]["last_sign_in"] = -1;
    refused(decodeAccountList(l.dump()), "accounts[0].last_sign_in");
    l = list;
    l["accounts"][0]["must_change"] = 1;
    refused(decodeAccountList(l.dump()), "accounts[0].must_change");
    refused(decodeAccountList(with(list, "accounts", json::object()).dump()), "accounts");

    const json page = json::parse(encodeAuditPage({{{1, "2025-06-02", "S1", "employer_specialist", "E1", "X", {"a/b"}}}, 1, false}));
    json p = page;
    p["entries"][0]["records"] = json::array({1});
    refused(decodeAuditPage(p.dump()), "entries[0].records");
    p = page;
    p["entries"][0]["seq"] = "1";
    refused(decodeAuditPage(p.dump()), "entries[0].seq");
    refused(decodeAuditPage(without(page, "more").dump()), "more");

    const json ir = json::parse(encodeImportRequest({{1, 8}, "x"}));
    refused(decodeImportRequest(with(ir, "csv", "").dump()), "csv");
    refused(decodeImportRequest(with(ir, "csv", std::string(kMaxImportBytes + 1, 'a')).dump()), "csv");
    CHECK(decodeImportRequest(with(ir, "csv", std::string(kMaxImportBytes, 'a')).dump()).ok());
    refused(decodeImportAnswer(R"({"imported":1,"ids":["E-1"],"x":1})"), "x");
    refused(decodeImportAnswer(R"({"rejects":[{"row":0,"key":"k","detail":""}]})"), "rejects[0].row");
    refused(decodeIssuedPassword(R"({"id":"S1","login":"s1"})"), "password");
}

TEST_CASE("admin protocol 3. the audit query string percent-encodes its values and leaves empty ones out", "[sync][admin][S8.3]") {
    CHECK(auditQueryString({}) == "");
    AuditQuery q;
    q.unit = "E1";
    q.record = "talent/T 1";
    q.actor = "张&=?";
    q.from = "2025-06-01";
    q.offset = 200;
    q.limit = 50;
    CHECK(auditQueryString(q) ==
          "unit=E1&actor=%E5%BC%A0%26%3D%3F&record=talent%2FT%201&from=2025-06-01&offset=200&limit=50");
}
