// The administrator's console checks every field before anything is sent, offers a
// new account only the units and roles the core's account policy allows its actor
// (an employer administrator: specialists of its own unit), and a sign-in answer's
// must_change_password sends the account to set its own password first.
#include "app/console_forms.h"
#include "app/route.h"
#include "app/session.h"
#include "../core/workflow_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace huicai;
using namespace huicai::app;

namespace {

std::vector<std::string> fields(const std::vector<sync::FieldProblem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems) out.push_back(p.field + ":" + p.error.key);
    return out;
}

wf::World seeded() {
    wf::World w;
    w.ok(wf::kAdmin, RegisterEmployer{"E1", "济南某研究院", "370102"}, "2026-11-02");
    w.ok(wf::kAdmin, RegisterEmployer{"E4", "青岛某科技公司", "370202"}, "2026-11-02");
    return w;
}

std::vector<std::string> ids(const std::vector<UnitChoice>& units) {
    std::vector<std::string> out;
    for (const auto& u : units) out.push_back(u.id);
    return out;
}

} // namespace

TEST_CASE("console: a password form names each faulty field, and a good one has none", "[app][S6.2][security]") {
    PasswordForm f;
    CHECK(fields(checkPasswordForm(f)) ==
          std::vector<std::string>{"current:error.register.required", "next:error.register.password_length"});
    f.current = "Kq7-one-time-pw";
    f.next = "Kq7-one-time-pw";
    f.repeat = "Kq7-one-time-pw";
    CHECK(fields(checkPasswordForm(f)) == std::vector<std::string>{"next:error.password.same"});
    f.next = "a-new-Passphrase-9";
    f.repeat = "a-new-Passphrase-8";
    CHECK(fields(checkPasswordForm(f)) == std::vector<std::string>{"repeat:error.password.mismatch"});
    f.repeat = f.next;
    CHECK(checkPasswordForm(f).empty());
}

TEST_CASE("console: a new account needs a role the actor may create, a known unit of that kind, a name and a login",
          "[app][S6.2]") {
    wf::World w = seeded();
    const Context ctx = w.ctx(wf::d("2026-11-02"));
    NewAccountForm f;
    f.role = Role::WindowSpecialist;
    CHECK(fields(checkNewAccount(f, wf::kAdmin, w.state, ctx)) ==
          std::vector<std::string>{"scope:error.register.required", "name:error.register.required",
                                   "login:error.register.login_format"});
    f.scope = "379999"; // no such region
    f.name = "历城窗口";
    f.login = "licheng.window";
    CHECK(fields(checkNewAccount(f, wf::kAdmin, w.state, ctx)) == std::vector<std::string>{"scope:error.staff.unknown_org"});
    f.scope = "370112";
    CHECK(checkNewAccount(f, wf::kAdmin, w.state, ctx).empty());
    // A unit of another kind is not a window's.
    f.scope = "E1";
    CHECK(fields(checkNewAccount(f, wf::kAdmin, w.state, ctx)) == std::vector<std::string>{"scope:error.staff.unknown_org"});
    f.role = Role::EmployerAdmin;
    CHECK(checkNewAccount(f, wf::kAdmin, w.state, ctx).empty());
    // A system administrator belongs to no unit.
    f.role = Role::SystemAdmin;
    f.scope.clear();
    CHECK(checkNewAccount(f, wf::kAdmin, w.state, ctx).empty());
}

TEST_CASE("console: an employer administrator is offered its own unit's specialists only", "[app][S6.1.4][S6.2]") {
    wf::World w = seeded();
    const Context ctx = w.ctx(wf::d("2026-11-02"));
    const Actor admin = wf::employerAdmin("E1");
    CHECK(ids(unitChoices(admin, Role::EmployerSpecialist, w.state, ctx, "")) == std::vector<std::string>{"E1"});
    CHECK(unitChoices(admin, Role::WindowSpecialist, w.state, ctx, "").empty());
    NewAccountForm f;
    f.role = Role::EmployerSpecialist;
    f.scope = "E4";
    f.name = "王专员";
    f.login = "e1.second";
    const auto other = fields(checkNewAccount(f, admin, w.state, ctx));
    CHECK(std::find(other.begin(), other.end(), "scope:error.staff.unknown_org") != other.end());
    f.scope = "E1";
    CHECK(checkNewAccount(f, admin, w.state, ctx).empty());
    f.role = Role::WindowSpecialist;
    f.scope = "370102";
    const auto window = fields(checkNewAccount(f, admin, w.state, ctx));
    REQUIRE_FALSE(window.empty());
    CHECK(window.front().rfind("role:", 0) == 0);
    // Nobody else manages accounts.
    CHECK(unitChoices(wf::talent("T1"), Role::EmployerSpecialist, w.state, ctx, "").empty());
}

TEST_CASE("console: the unit list narrows by part of a name or code in either language", "[app][S6.2]") {
    wf::World w = seeded();
    const Context ctx = w.ctx(wf::d("2026-11-02"));
    const auto lixia = ids(unitChoices(wf::kAdmin, Role::WindowSpecialist, w.state, ctx, "历下"));
    CHECK(lixia == std::vector<std::string>{"370102"});
    const auto byCode = ids(unitChoices(wf::kAdmin, Role::WindowSpecialist, w.state, ctx, "3701"));
    CHECK(std::all_of(byCode.begin(), byCode.end(), [](const std::string& c) { return c.find("3701") != std::string::npos; }));
    CHECK(byCode.size() > 5);
    const auto all = unitChoices(wf::kAdmin, Role::DepartmentSpecialist, w.state, ctx, "");
    CHECK(all.size() == ctx.catalog.departments().size());
    CHECK(ids(unitChoices(wf::kAdmin, Role::EmployerSpecialist, w.state, ctx, "qingdao")).empty());
    CHECK(ids(unitChoices(wf::kAdmin, Role::EmployerSpecialist, w.state, ctx, "青岛")) == std::vector<std::string>{"E4"});
}

TEST_CASE("console: an employer needs a name and a known region, audit dates and a holiday year are checked", "[app][S6.1][S8.3]") {
    wf::World w;
    const Context ctx = w.ctx(wf::d("2026-11-02"));
    EmployerForm e;
    CHECK(fields(checkEmployerForm(e, ctx)) ==
          std::vector<std::string>{"name:error.register.required", "region:error.register.required"});
    e.name = "烟台某公司";
    e.region = "379999";
    CHECK(fields(checkEmployerForm(e, ctx)) == std::vector<std::string>{"region:error.region.unknown"});
    e.region = "370602";
    CHECK(checkEmployerForm(e, ctx).empty());

    sync::AuditQuery q;
    CHECK(checkAuditQuery(q).empty());
    q.from = "2026-13-01";
    q.to = "2026-12-01";
    CHECK(fields(checkAuditQuery(q)) == std::vector<std::string>{"from:error.audit.date"});
    q.from = "2026-12-02";
    CHECK(fields(checkAuditQuery(q)) == std::vector<std::string>{"to:error.audit.range"});
    q.from = "2026-11-30";
    CHECK(checkAuditQuery(q).empty());

    CHECK(checkHolidayYear("2027").empty());
    CHECK(fields(checkHolidayYear("27")) == std::vector<std::string>{"year:error.holiday.year_number"});
    CHECK(fields(checkHolidayYear("2O27")) == std::vector<std::string>{"year:error.holiday.year_number"});
    CHECK(fields(checkHolidayYear("")) == std::vector<std::string>{"year:error.holiday.year_number"});
}

TEST_CASE("console: a sign-in answer's must_change_password is kept with the session and read back", "[app][S6.2][security]") {
    const std::string answer = R"({"token":"t0k","expires_at":99,"protocol":1,"schema":8,"must_change_password":true,
        "user":{"id":"S-1","login":"licheng.window","role":"window_specialist","scope":"370112","name":"历城窗口"}})";
    auto s = parseLoginAnswer(answer);
    REQUIRE(s);
    CHECK(s->mustChangePassword);
    auto back = sessionFromJson(sessionToJson(*s));
    REQUIRE(back);
    CHECK(*back == *s);
    s->mustChangePassword = false;
    back = sessionFromJson(sessionToJson(*s));
    REQUIRE(back);
    CHECK_FALSE(back->mustChangePassword);
    // An older answer without the member: nothing to change.
    auto old = parseLoginAnswer(R"({"token":"t","expires_at":1,"user":{"id":"T1","login":"a","role":"talent","scope":"T1"}})");
    REQUIRE(old);
    CHECK_FALSE(old->mustChangePassword);
    CHECK_FALSE(parseLoginAnswer(R"({"token":"t","expires_at":1,"must_change_password":"yes",
        "user":{"id":"T1","login":"a","role":"talent","scope":"T1"}})"));
}

TEST_CASE("console: a city's or county's department needs names, a region below the province and a provincial "
          "counterpart it does not have yet, an agency a known department, and the new units are offered for accounts",
          "[app][S6.2.2][S6.1.3]") {
    wf::World w = seeded();
    const Context ctx = w.ctx(wf::d("2026-11-02"));
    CHECK(fields(checkDepartmentForm(DepartmentForm{}, w.state, ctx)) ==
          std::vector<std::string>{"name_zh:error.register.required", "region:error.register.required",
                                   "counterpart:error.register.required"});
    DepartmentForm f{"济南市公安局", "Jinan\x01", "370000", "", "sd_nothing", "", false};
    CHECK(fields(checkDepartmentForm(f, w.state, ctx)) ==
          std::vector<std::string>{"name_en:error.name.characters", "region:error.department.provincial",
                                   "counterpart:error.department.counterpart"});
    f.nameEn = "Jinan Public Security Bureau";
    f.region = "370100";
    f.counterpart = "sd_public_security";
    CHECK(checkDepartmentForm(f, w.state, ctx).empty());
    w.ok(wf::kAdmin, RegisterDepartment{"DEP-1", f.nameZh, f.nameEn, f.region, f.counterpart}, "2026-11-02");
    CHECK(fields(checkDepartmentForm(f, w.state, ctx)) == std::vector<std::string>{"counterpart:error.department.duplicate"});

    CHECK(fields(checkAgencyForm(AgencyForm{"出入境支队", "", "DEP-9", "", false}, w.state, ctx)) ==
          std::vector<std::string>{"department:error.staff.unknown_org"});
    CHECK(checkAgencyForm(AgencyForm{"出入境支队", "", "DEP-1", "", false}, w.state, ctx).empty());
    w.ok(wf::kAdmin, RegisterAgency{"AG-1", "DEP-1", "出入境支队", ""}, "2026-11-02");

    // The pickers: no province among the regions; provincial departments only as
    // counterparts; every department under which an agency may go; and both new
    // units among the units a department or handling specialist's account may have.
    const auto regions = ids(localRegionChoices(ctx, "3700"));
    CHECK(std::find(regions.begin(), regions.end(), "370000") == regions.end());
    CHECK(ids(localRegionChoices(ctx, "370100")) == std::vector<std::string>{"370100"});
    CHECK(ids(provincialDepartmentChoices(ctx, "Public Security")) == std::vector<std::string>{"sd_public_security"});
    const auto publicSecurity = ids(departmentChoices(w.state, ctx, "Public Security"));
    CHECK(publicSecurity == std::vector<std::string>{"sd_public_security", "DEP-1"});
    CHECK(ids(unitChoices(wf::kAdmin, Role::DepartmentSpecialist, w.state, ctx, "济南市公安")) == std::vector<std::string>{"DEP-1"});
    CHECK(ids(unitChoices(wf::kAdmin, Role::HandlingSpecialist, w.state, ctx, "出入境支队")) == std::vector<std::string>{"AG-1"});
}
