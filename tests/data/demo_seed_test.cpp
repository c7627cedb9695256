// Tests of the demo seed (assets/demo/seed.json): it loads through the replay loader,
// every setup command applies, it has one actor for each role of the demo's role
// switcher at the places the demo needs, and the direct-issue card can be walked from
// the talent to the province with those actors on the demo's date.
#include "data/asset_files.h"
#include "data/demo_seed.h"
#include "data/reference.h"

#include "core/deadline.h"

#include <catch2/catch.hpp>

using namespace huicai;

namespace {

Reference loadShippedReference() {
    auto ref = loadReference(assetsDir());
    if (!ref) FAIL(ref.error().key << " " << ref.error().detail);
    return std::move(*ref);
}

DemoSeed loadSeed() {
    auto text = readTextFile(assetPath("demo/seed.json"));
    REQUIRE(text.ok());
    auto seed = parseDemoSeed(*text);
    if (!seed) FAIL(seed.error().key << " " << seed.error().detail);
    return *seed;
}

const Actor& actorOf(const DemoSeed& seed, const std::string& alias) {
    for (const auto& a : seed.actors)
        if (a.alias == alias) return a.actor;
    FAIL("no demo actor " << alias);
    static Actor none;
    return none;
}

} // namespace

TEST_CASE("demo seed: every role of the switcher, at the places the demo needs", "[S6.2][S6.1.4][data][demo]") {
    const Reference ref = loadShippedReference();
    const DemoSeed seed = loadSeed();
    REQUIRE(seed.today == *Date::parse("2026-09-30"));
    auto state = seedState(seed, ref.view());
    REQUIRE(state.ok());

    struct Case {
        int n;
        const char* alias;
        Role role;
        const char* scope;
    };
    const Case cases[] = {
        {1, "talent", Role::Talent, "T1"},
        {2, "employer_admin", Role::EmployerAdmin, "E1"},
        {3, "employer_specialist", Role::EmployerSpecialist, "E1"},
        {4, "window_county", Role::WindowSpecialist, "370102"},
        {5, "window_city", Role::WindowSpecialist, "370100"},
        {6, "window_province", Role::WindowSpecialist, "370000"},
        {7, "department", Role::DepartmentSpecialist, "sd_science_tech"},
        {8, "handling", Role::HandlingSpecialist, "cr_jinan_stations"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        const Actor& a = actorOf(seed, c.alias);
        CHECK(a.role == c.role);
        CHECK(a.scope == c.scope);
        if (c.role != Role::Talent) CHECK(state->staff.count(a.id) == 1);
    }
    // The employer sits in a county of Jinan; the talent has a Chinese name and no specialist yet.
    const Region* county = ref.regions.region(state->employers.at("E1").region);
    REQUIRE(county);
    CHECK(county->level == RegionLevel::County);
    CHECK(county->parent == "370100");
    const Talent& t = state->talents.at("T1");
    CHECK(t.name == "张明");
    CHECK(t.specialist.empty());
}

TEST_CASE("demo seed: the direct-issue card walks from talent to province on the demo date", "[S7.1][S5.1.1][data][demo]") {
    const Reference ref = loadShippedReference();
    const DemoSeed seed = loadSeed();
    auto seeded = seedState(seed, ref.view());
    REQUIRE(seeded.ok());
    State state = *seeded;
    const Context ctx = ref.at(seed.today);
    int n = 0;
    auto run = [&](const char* alias, Payload p) {
        auto r = apply(state, Command{"t" + std::to_string(++n), actorOf(seed, alias), std::move(p)}, ctx);
        if (!r) FAIL(n << ": " << r.error().key << " " << r.error().detail);
    };
    // The talent submits the selection notice; the specialist adds the nomination (S5.1).
    run("talent", SubmitCardApplication{"CA1", CardClass::DirectIssue, "direct.1", {{"selection_notice", "组织部入选通知.pdf"}}});
    run("employer_admin", AssignSpecialist{"T1", "S1"});
    run("employer_specialist", CompleteApplication{"CA1", {{"employer_nomination", "单位推荐函.pdf"}}});
    run("employer_specialist", SubmitToWindow{"CA1"});
    run("window_county", ApproveAtWindow{"CA1", ""});
    run("window_county", EscalateToUpperWindow{"CA1"});
    run("window_city", ApproveAtWindow{"CA1", ""});
    run("window_city", EscalateToUpperWindow{"CA1"});
    // Arrived at the province on Wed 2026-09-30: 7 working days after it, with National
    // Day off from 1 to 7 October and Saturday 10 October worked, end on Thu 15 October.
    auto due = dueDate(state.cardApplications.at("CA1").clock, ref.calendar);
    REQUIRE(due.ok());
    REQUIRE(due->has_value());
    CHECK(**due == *Date::parse("2026-10-15"));
    run("window_province", IssueCard{"CA1"});
    CHECK(state.cardApplications.at("CA1").state == CardState::Issued);
    CHECK(state.cards.size() == 1);
}
