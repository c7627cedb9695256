// A test world for the workflow tests: the real reference data of assets/
// (catalogue, regions, holiday calendar, talent reference), an empty State, and
// actors for every role. run() applies one command on a fixed date; seed() registers
// a small set of organisations: employer E1 at Lixia district (370102), E2 at Jinan
// city level (370100), E3 at province level (370000), E4 at Qingdao's Shinan (370202).
#pragma once
#include "core/apply.h"
#include "core/resident_id.h"
#include "shipped_reference.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace wf {

using namespace huicai;

inline Date d(const char* iso) {
    auto r = Date::parse(iso);
    REQUIRE(r.ok());
    return *r;
}

inline Actor talent(const std::string& id) { return {id, Role::Talent, id}; }
inline Actor window(const std::string& region) { return {"W-" + region, Role::WindowSpecialist, region}; }
inline Actor employerAdmin(const std::string& employer) { return {"ADM-" + employer, Role::EmployerAdmin, employer}; }
inline Actor specialist(const std::string& id, const std::string& employer) { return {id, Role::EmployerSpecialist, employer}; }
// Employer E1's specialist S1, whom most tests use.
inline const Actor kS1 = specialist("S1", "E1");
// Whether `v` holds `s`.
inline bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
inline Actor department(const std::string& dept) { return {"D-" + dept, Role::DepartmentSpecialist, dept}; }
inline Actor agency(const std::string& ag) { return {"H-" + ag, Role::HandlingSpecialist, ag}; }
inline const Actor kAdmin{"root", Role::SystemAdmin, ""};

// A valid resident id number born 1980 in Lixia district, serial `n` (0..9).
inline std::string residentId(int n) {
    std::string first17 = "3701021980010100" + std::to_string(n);
    return first17 + residentIdCheckChar(first17);
}

struct World {
    const Reference& ref = shippedReference();
    State state;
    int seq = 0;

    Context ctx(Date now) const { return ref.at(now); }

    Result<Applied> run(const Actor& actor, Payload payload, const char* date) {
        Command c{"c" + std::to_string(++seq), actor, std::move(payload)};
        return apply(state, c, ctx(d(date)));
    }
    // The command must apply.
    Applied ok(const Actor& actor, Payload payload, const char* date) {
        const std::string name(commandName(payload));
        auto r = run(actor, std::move(payload), date);
        INFO(name << " by " << actor.id << " on " << date << ": " << (r.ok() ? "" : r.error().key + " " + r.error().detail));
        REQUIRE(r.ok());
        return *r;
    }
    // The command must be rejected with `key`, leaving the state exactly as it was.
    void fails(const Actor& actor, Payload payload, const char* date, const std::string& key) {
        const State before = state;
        const std::string name(commandName(payload));
        auto r = run(actor, std::move(payload), date);
        INFO(name << " by " << actor.id << " on " << date);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().key == key);
        CHECK(state == before);
    }

    const CardApplication& app(const std::string& id) { return state.cardApplications.at(id); }
    Date due(const Clock& c) {
        auto r = dueDate(c, ref.calendar);
        REQUIRE(r.ok());
        REQUIRE(r->has_value());
        return **r;
    }

    void seed() {
        const char* on = "2025-01-06";
        ok(kAdmin, RegisterEmployer{"E1", "济南某研究院", "370102"}, on);
        ok(kAdmin, RegisterEmployer{"E2", "济南某集团", "370100"}, on);
        ok(kAdmin, RegisterEmployer{"E3", "省属某大学", "370000"}, on);
        ok(kAdmin, RegisterEmployer{"E4", "青岛某公司", "370202"}, on);
        for (const char* r : {"370000", "370100", "370102", "370200", "370202"})
            ok(kAdmin, RegisterSpecialist{"W-" + std::string(r), "窗口专员", Role::WindowSpecialist, r}, on);
        for (const char* e : {"E1", "E2", "E3", "E4"})
            ok(kAdmin, RegisterSpecialist{"ADM-" + std::string(e), "单位管理员", Role::EmployerAdmin, e}, on);
        ok(employerAdmin("E1"), RegisterSpecialist{"S1", "王专员", Role::EmployerSpecialist, "E1"}, on);
        ok(employerAdmin("E1"), RegisterSpecialist{"S1b", "李专员", Role::EmployerSpecialist, "E1"}, on);
        ok(employerAdmin("E2"), RegisterSpecialist{"S2", "赵专员", Role::EmployerSpecialist, "E2"}, on);
        ok(employerAdmin("E3"), RegisterSpecialist{"S3", "钱专员", Role::EmployerSpecialist, "E3"}, on);
        ok(employerAdmin("E4"), RegisterSpecialist{"S4", "孙专员", Role::EmployerSpecialist, "E4"}, on);
        for (const char* dep : {"sd_public_security", "sd_science_tech", "sd_hrss"})
            ok(kAdmin, RegisterSpecialist{"D-" + std::string(dep), "部门专员", Role::DepartmentSpecialist, dep}, on);
        for (const char* ag : {"sd_exit_entry", "sd_foreign_work_permit", "cr_jinan_stations", "sd_hrss_titles"})
            ok(kAdmin, RegisterSpecialist{"H-" + std::string(ag), "承办专员", Role::HandlingSpecialist, ag}, on);
    }

    // The seeded world with T1 of E1 holding a Huicai Card issued on Monday 3 March
    // 2025, with S1 as the specialist assigned to T1.
    void seedCardHolder() {
        seed();
        addTalent("T1", "E1", 1);
        issueCard("T1", "E1", "S1", "CA1", "2025-03-03");
    }

    // A talent of `employer` with a national programme won on a Shandong nomination.
    void addTalent(const std::string& id, const std::string& employer, int idSerial, const char* on = "2025-01-06") {
        RegisterTalent t;
        t.id = id;
        t.name = "张三" + id;
        t.category = "professional_technical";
        t.idNumber = residentId(idSerial);
        t.degree = Degree::Doctorate;
        t.title = Title::FullSenior;
        t.yearsInKeyPost = 5;
        t.honours = {Honour{"国家级重点人才工程", HonourLevel::National, false, 2020}};
        t.employer = employer;
        ok(talent(id), t, on);
    }

    // Talents T1..Tn of the four employers in turn (E1..E4), each with that employer's
    // specialist (S1..S4) assigned.
    void addAssignedTalents(int n) {
        const char* specs[] = {"S1", "S2", "S3", "S4"};
        for (int i = 1; i <= n; ++i) {
            const std::string t = "T" + std::to_string(i), e = "E" + std::to_string((i - 1) % 4 + 1);
            addTalent(t, e, i % 10);
            ok(employerAdmin(e), AssignSpecialist{t, specs[(i - 1) % 4]}, "2025-01-06");
        }
    }

    // A direct.1 application's documents (S5.1): the talent submits the selection
    // notice, the employer specialist completes the employer's nomination.
    static std::vector<EvidenceDocument> talentDocuments() { return {{"selection_notice", "组织部入选通知.pdf"}}; }
    static std::vector<EvidenceDocument> employerDocuments() { return {{"employer_nomination", "单位推荐函.pdf"}}; }

    // The seeded world with T1 of E1 (Lixia), specialist S1, and T1's direct-issue
    // application `appId` submitted on `on` with the selection notice; with
    // `toWindow`, completed by S1 with the nomination and submitted to Lixia's window
    // (370102) too.
    void directApplication(const std::string& appId, const char* on, bool toWindow) {
        seed();
        addTalent("T1", "E1", 1);
        ok(employerAdmin("E1"), AssignSpecialist{"T1", "S1"}, "2025-01-06");
        ok(talent("T1"), SubmitCardApplication{appId, CardClass::DirectIssue, "direct.1", talentDocuments()}, on);
        if (!toWindow) return;
        ok(specialist("S1", "E1"), CompleteApplication{appId, employerDocuments()}, on);
        ok(specialist("S1", "E1"), SubmitToWindow{appId}, on);
    }

    // Runs a direct-issue card through every window on `on`: the talent submits the
    // selection notice, `spec` (assigned here when the talent has no specialist yet)
    // completes the nomination.
    std::string issueCard(const std::string& tid, const std::string& employer, const std::string& spec,
                          const std::string& appId, const char* on) {
        ok(talent(tid), SubmitCardApplication{appId, CardClass::DirectIssue, "direct.1", talentDocuments()}, on);
        if (state.talents.at(tid).specialist.empty()) ok(employerAdmin(employer), AssignSpecialist{tid, spec}, on);
        ok(specialist(spec, employer), CompleteApplication{appId, employerDocuments()}, on);
        ok(specialist(spec, employer), SubmitToWindow{appId}, on);
        while (state.cardApplications.at(appId).state == CardState::UnderWindowReview) {
            const std::string win = state.cardApplications.at(appId).window;
            ok(window(win), ApproveAtWindow{appId, ""}, on);
            ok(window(win), EscalateToUpperWindow{appId}, on);
        }
        ok(window("370000"), IssueCard{appId}, on);
        return state.cardApplications.at(appId).card;
    }
};

} // namespace wf
