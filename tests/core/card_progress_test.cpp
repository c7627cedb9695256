// The step progress of a card application (S7.1), table-driven: for each state and
// each level of the employer's region, the steps (talent, employer, the windows from
// the employer's level up to the province, issued) and where the application is.
// One letter per step: D done, C current, S stopped (rejected or returned), A ahead.
#include "core/card_progress.h"

#include <catch2/catch.hpp>

using namespace huicai;

namespace {

RegionTree tree() {
    return RegionTree({Region{"370000", "山东省", "Shandong", RegionLevel::Province, ""},
                       Region{"370100", "济南市", "Jinan", RegionLevel::City, "370000"},
                       Region{"370102", "历下区", "Lixia", RegionLevel::County, "370100"},
                       Region{"Z370101", "高新区", "High-tech zone", RegionLevel::Zone, "370100"}});
}

std::string letters(const std::vector<ProgressStep>& steps) {
    std::string out;
    for (const auto& s : steps)
        out += s.status == ProgressStepStatus::Done      ? 'D'
               : s.status == ProgressStepStatus::Current ? 'C'
               : s.status == ProgressStepStatus::Stopped ? 'S'
                                                         : 'A';
    return out;
}

struct Row {
    const char* employerRegion;
    CardState state;
    const char* window; // where the application is (window states)
    const char* expected;
};

} // namespace

TEST_CASE("1. the steps follow the employer's level and show where each state stands", "[core][S7.1]") {
    const RegionTree regions = tree();
    const std::vector<Row> rows{
        // A county employer: talent, employer, county, city, province, issued.
        {"370102", CardState::Draft, "", "CAAAAA"},
        {"370102", CardState::SubmittedByTalent, "", "DCAAAA"},
        {"370102", CardState::SpecialistAssigned, "", "DCAAAA"},
        {"370102", CardState::CompletedByEmployer, "", "DCAAAA"},
        {"370102", CardState::UnderWindowReview, "370102", "DDCAAA"},
        {"370102", CardState::ApprovedAtWindow, "370102", "DDCAAA"},
        {"370102", CardState::UnderWindowReview, "370100", "DDDCAA"},
        {"370102", CardState::ReturnedForRevision, "370100", "DSAAAA"},
        {"370102", CardState::AtProvince, "370000", "DDDDCA"},
        {"370102", CardState::ExpertPanel, "370000", "DDDDCA"},
        {"370102", CardState::PanelApproved, "370000", "DDDDCA"},
        {"370102", CardState::Rejected, "370100", "DDDSAA"},
        {"370102", CardState::Issued, "370000", "DDDDDD"},
        // A city employer: no county step.
        {"370100", CardState::CompletedByEmployer, "", "DCAAA"},
        {"370100", CardState::UnderWindowReview, "370100", "DDCAA"},
        {"370100", CardState::AtProvince, "370000", "DDDCA"},
        {"370100", CardState::Rejected, "370000", "DDDSA"},
        {"370100", CardState::Issued, "370000", "DDDDD"},
        // An employer registered with the province: the province's window alone.
        {"370000", CardState::CompletedByEmployer, "", "DCAA"},
        {"370000", CardState::AtProvince, "370000", "DDCA"},
        {"370000", CardState::Issued, "370000", "DDDD"},
        // A development zone escalates to its city like a county.
        {"Z370101", CardState::UnderWindowReview, "Z370101", "DDCAAA"},
        {"Z370101", CardState::UnderWindowReview, "370100", "DDDCAA"},
    };
    for (const auto& r : rows) {
        CardApplication app;
        app.state = r.state;
        app.window = r.window;
        const auto steps = cardProgress(app, r.employerRegion, regions);
        INFO(r.employerRegion << " " << enumId(r.state) << " at " << r.window);
        CHECK(letters(steps) == r.expected);
    }
}

TEST_CASE("2. the window steps name their regions from the employer's up to the province", "[core][S7.1]") {
    CardApplication app;
    app.state = CardState::UnderWindowReview;
    app.window = "370102";
    const auto steps = cardProgress(app, "370102", tree());
    REQUIRE(steps.size() == 6);
    CHECK(steps.front().kind == ProgressStepKind::Talent);
    CHECK(steps[1].kind == ProgressStepKind::Employer);
    CHECK(steps[2] == ProgressStep{ProgressStepKind::Window, "370102", RegionLevel::County, ProgressStepStatus::Current});
    CHECK(steps[3] == ProgressStep{ProgressStepKind::Window, "370100", RegionLevel::City, ProgressStepStatus::Ahead});
    CHECK(steps[4] == ProgressStep{ProgressStepKind::Window, "370000", RegionLevel::Province, ProgressStepStatus::Ahead});
    CHECK(steps.back().kind == ProgressStepKind::Issued);
    // An employer region the tree does not know: the province's window stands for the path.
    const auto unknown = cardProgress(app, "999999", tree());
    REQUIRE(unknown.size() == 4);
    CHECK(unknown[2].region == "370000");
}
