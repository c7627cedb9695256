// Departments and handling agencies below the province (S6.2.2: a department handles
// what the window of its own level hands over; S7.4): registered by the system
// administrator for a city or a county as the counterpart of a catalogue
// department, with agencies under them; a request goes to the department of its
// region's level, or of the nearest level above that has one, the province's being
// the catalogue's; the local department's specialist has its own agency handle it.
#include "workflow_fixture.h"

#include "core/access.h"
#include "core/org_units.h"

using namespace wf;

namespace {

} // namespace

TEST_CASE("org units 1. a city's or county's department mirrors a provincial one, once per region, and agencies go under any department",
          "[core][S6.2.2][S6.1.3]") {
    World w;
    w.seed();
    const char* on = "2025-01-06";
    w.fails(kAdmin, RegisterDepartment{"jn_ps", "济南市公安局", "", "370000", "sd_public_security"}, on,
            "error.department.provincial");
    w.fails(kAdmin, RegisterDepartment{"jn_ps", "济南市公安局", "", "379999", "sd_public_security"}, on, "error.region.unknown");
    w.fails(kAdmin, RegisterDepartment{"jn_ps", "济南市公安局", "", "370100", "jn_nothing"}, on, "error.department.counterpart");
    w.fails(kAdmin, RegisterDepartment{"sd_hrss", "济南市人社局", "", "370100", "sd_hrss"}, on, "error.record.exists");
    w.fails(kAdmin, RegisterDepartment{"jn_ps", "", "", "370100", "sd_public_security"}, on, "error.command.field");
    w.fails(window("370100"), RegisterDepartment{"jn_ps", "济南市公安局", "", "370100", "sd_public_security"}, on,
            "error.access.denied");
    w.ok(kAdmin, RegisterDepartment{"jn_ps", "济南市公安局", "Jinan Public Security Bureau", "370100", "sd_public_security"}, on);
    w.fails(kAdmin, RegisterDepartment{"jn_ps2", "济南市公安局二", "", "370100", "sd_public_security"}, on,
            "error.department.duplicate");
    w.fails(kAdmin, RegisterAgency{"jn_ps", "jn_ps", "出入境", ""}, on, "error.record.exists");
    w.fails(kAdmin, RegisterAgency{"jn_exit", "nowhere", "济南市出入境管理支队", ""}, on, "error.staff.unknown_org");
    w.ok(kAdmin, RegisterAgency{"jn_exit", "jn_ps", "济南市出入境管理支队", ""}, on);

    const Context ctx = w.ctx(d(on));
    const auto dept = findDepartment(w.state, ctx, "jn_ps");
    REQUIRE(dept);
    CHECK(dept->region == "370100");
    CHECK(dept->counterpart == "sd_public_security");
    CHECK_FALSE(dept->provincial);
    const auto prov = findDepartment(w.state, ctx, "sd_public_security");
    REQUIRE(prov);
    CHECK(prov->provincial);
    CHECK(prov->region == "370000");
    const auto under = agenciesUnder(w.state, ctx, "jn_ps");
    REQUIRE(under.size() == 1);
    CHECK(under[0].id == "jn_exit");
    // Its staff are registered like the province's, and the units are public.
    w.ok(kAdmin, RegisterSpecialist{"D-jn_ps", "部门专员", Role::DepartmentSpecialist, "jn_ps"}, on);
    w.ok(kAdmin, RegisterSpecialist{"H-jn_exit", "承办专员", Role::HandlingSpecialist, "jn_exit"}, on);
    for (const Actor& a : {talent("T9"), kS1, window("370202"), department("sd_hrss")}) {
        INFO(a.id);
        CHECK(visible(a, "department/jn_ps", w.state, w.ref.regions));
        CHECK(visible(a, "agency/jn_exit", w.state, w.ref.regions));
    }
}

TEST_CASE("org units 2. a request goes to the department of its region's level, or of the nearest level above",
          "[core][S6.2.2][S7.4]") {
    World w;
    w.seedCardHolder();
    const char* on = "2025-03-04";
    // No local department: the province's, as before.
    w.ok(kS1, FileServiceRequest{"R0", "T1", "A1", {"护照复印件"}}, on);
    CHECK(w.state.tasks.count("R0:sd_public_security") == 1);

    // Jinan's city bureau: Lixia has none of its own, so Jinan's takes it.
    w.ok(kAdmin, RegisterDepartment{"jn_ps", "济南市公安局", "", "370100", "sd_public_security"}, on);
    w.ok(kAdmin, RegisterAgency{"jn_exit", "jn_ps", "济南市出入境管理支队", ""}, on);
    w.ok(kS1, FileServiceRequest{"R1", "T1", "A1", {"护照复印件"}}, on);
    CHECK(w.state.requests.at("R1").departments == std::vector<std::string>{"jn_ps"});
    REQUIRE(w.state.tasks.count("R1:jn_ps") == 1);
    const Actor jn = department("jn_ps");
    // The city's department has its own agency handle it, not the province's.
    w.fails(jn, AssignToAgency{"R1", "jn_ps", "sd_exit_entry"}, on, "error.request.agency_not_of_department");
    // The province's department does not even see the city's task.
    w.fails(department("sd_public_security"), AssignToAgency{"R1", "jn_ps", "sd_exit_entry"}, on, "error.request.unknown_task");
    w.ok(jn, AssignToAgency{"R1", "jn_ps", "jn_exit"}, on);
    w.ok(agency("jn_exit"), CompleteHandling{"R1", "jn_ps", "签注已办", true}, "2025-03-05");
    w.ok(jn, ReportResult{"R1", "jn_ps"}, "2025-03-05");
    CHECK(w.state.requests.at("R1").state == RequestState::ResultsReported);

    // Lixia's own bureau: from now on the county's takes Lixia's requests.
    w.ok(kAdmin, RegisterDepartment{"lx_ps", "历下区公安分局", "", "370102", "sd_public_security"}, on);
    w.ok(kS1, FileServiceRequest{"R2", "T1", "A1", {"护照复印件"}}, on);
    CHECK(w.state.tasks.count("R2:lx_ps") == 1);
    const Context ctx = w.ctx(d(on));
    CHECK(departmentFor(w.state, ctx, "sd_public_security", "370102") == "lx_ps");
    CHECK(departmentFor(w.state, ctx, "sd_public_security", "370112") == "jn_ps");              // Licheng: Jinan's
    CHECK(departmentFor(w.state, ctx, "sd_public_security", "370202") == "sd_public_security"); // Qingdao: none
    CHECK(departmentFor(w.state, ctx, "sd_science_tech", "370102") == "sd_science_tech");
}

TEST_CASE("org units 3. the window hands a multi-department item to each department of its level",
          "[core][S6.2.2][S6.2.1][S7.4]") {
    World w;
    w.seedCardHolder();
    const char* on = "2025-04-07";
    w.ok(kAdmin, RegisterDepartment{"lx_ps", "历下区公安分局", "", "370102", "sd_public_security"}, on);
    // A2: public security and science & technology; Lixia has only the former.
    w.ok(kS1, FileServiceRequest{"R2", "T1", "A2", {"材料"}}, on);
    w.fails(window("370102"), DispatchToDepartments{"R2", {"lx_ps"}}, on, "error.request.department_not_competent");
    w.ok(window("370102"), DispatchToDepartments{"R2", {}}, on);
    CHECK(w.state.requests.at("R2").departments == std::vector<std::string>{"lx_ps", "sd_science_tech"});
    CHECK(w.state.tasks.count("R2:lx_ps") == 1);
    CHECK(w.state.tasks.count("R2:sd_science_tech") == 1);
    // The county's department sees its task; the province's public security does not.
    CHECK(visible(department("lx_ps"), "task/R2:lx_ps", w.state, w.ref.regions));
    CHECK_FALSE(visible(department("sd_public_security"), "task/R2:lx_ps", w.state, w.ref.regions));
}
