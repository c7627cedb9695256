// The reach of a window's evaluation work (core/evaluation_scope.h) is the rule the
// commands apply: for every window, every unit the evaluation screen could list is
// evaluable exactly when RecordWindowEvaluation accepts it, and every excellent
// specialist is commendable exactly when CommendSpecialist accepts it.
#include "core/evaluation_scope.h"
#include "workflow_fixture.h"

#include <catch2/catch.hpp>

using namespace huicai;
using namespace wf;

namespace {

const char* const kWindows[] = {"370000", "370100", "370102", "370200", "370202"};

} // namespace

TEST_CASE("evaluation scope: a window evaluates the windows below it and its area's employers, as the command does", "[core][S8.1.1]") {
    World w;
    w.seed();
    int n = 0, evaluable = 0;
    for (const char* window : kWindows) {
        struct Unit {
            UnitKind kind;
            std::string id;
        };
        std::vector<Unit> units;
        for (const char* r : kWindows) units.push_back({UnitKind::Window, r});
        for (const auto& [id, e] : w.state.employers) units.push_back({UnitKind::Employer, id});
        units.push_back({UnitKind::Department, "sd_hrss"});
        units.push_back({UnitKind::Agency, "sd_exit_entry"});
        for (const auto& u : units) {
            INFO("window " << window << " unit " << u.id);
            const bool listed = windowEvaluates(w.state, w.ref.regions, window, u.kind, u.id);
            RecordWindowEvaluation c;
            c.id = "V" + std::to_string(++n);
            c.unitKind = u.kind;
            c.unit = u.id;
            c.findings = "现场检查";
            const State before = w.state;
            auto r = w.run(wf::window(window), c, "2025-06-02");
            CHECK(r.ok() == listed);
            // An employer out of the window's sight is not even known to it.
            if (!r.ok()) CHECK((r.error().key == "error.evaluation.out_of_region" || r.error().key == "error.employer.unknown"));
            evaluable += listed;
            w.state = before;
        }
    }
    // Not everything and not nothing: the province reaches every window below it and
    // every employer; a county reaches none of the windows and only its own employers.
    CHECK(windowEvaluates(w.state, w.ref.regions, "370000", UnitKind::Employer, "E4"));
    CHECK_FALSE(windowEvaluates(w.state, w.ref.regions, "370102", UnitKind::Employer, "E2"));
    CHECK_FALSE(windowEvaluates(w.state, w.ref.regions, "370102", UnitKind::Window, "370102"));
    CHECK(evaluable > 10);
}

TEST_CASE("evaluation scope: a window commends the excellent specialists of its area, as the command does", "[core][S8.2.3]") {
    World w;
    w.seed();
    const std::vector<GradeEvidence> ev{{EvidenceKind::TalentOpinion, "人才评价满意"}};
    for (const char* e : {"E1", "E2", "E3", "E4"})
        w.ok(employerAdmin(e), SetAssessmentPlan{e, 2025, "年度考核"}, "2025-01-10");
    for (const auto& [sp, e] : std::vector<std::pair<const char*, const char*>>{{"S1", "E1"}, {"S2", "E2"}, {"S3", "E3"}, {"S4", "E4"}})
        w.ok(employerAdmin(e), GradeSpecialist{sp, 2025, Grade::Excellent, ev}, "2025-12-20");
    int commendable = 0;
    for (const char* window : kWindows) {
        for (const char* sp : {"S1", "S2", "S3", "S4"}) {
            INFO("window " << window << " specialist " << sp);
            const bool listed = windowCommends(w.state, w.ref.regions, window, sp);
            const State before = w.state;
            auto r = w.run(wf::window(window), CommendSpecialist{sp, 2025, "服务优秀"}, "2025-12-28");
            CHECK(r.ok() == listed);
            // A grade out of the window's sight reads as no excellent grade at all.
            if (!r.ok()) CHECK((r.error().key == "error.access.denied" || r.error().key == "error.commend.not_excellent"));
            commendable += listed;
            w.state = before;
        }
    }
    CHECK(windowCommends(w.state, w.ref.regions, "370100", "S1"));       // Lixia lies in Jinan
    CHECK_FALSE(windowCommends(w.state, w.ref.regions, "370102", "S4")); // Qingdao's is not Lixia's
    CHECK(commendable > 4);
}
