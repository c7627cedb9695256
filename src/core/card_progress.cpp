#include "core/card_progress.h"

#include <algorithm>

namespace huicai {

namespace {

// The index of the step the application is at now.
std::size_t currentIndex(const CardApplication& app, const std::vector<ProgressStep>& steps) {
    const auto windowStep = [&](const std::string& region) -> std::size_t {
        for (std::size_t i = 0; i < steps.size(); ++i)
            if (steps[i].kind == ProgressStepKind::Window && steps[i].region == region) return i;
        return steps.size() - 2; // a window not on the employer's path: the province's
    };
    switch (app.state) {
    case CardState::Draft: return 0;
    case CardState::SubmittedByTalent:
    case CardState::SpecialistAssigned:
    case CardState::CompletedByEmployer:
    case CardState::ReturnedForRevision: return 1;
    case CardState::UnderWindowReview:
    case CardState::ApprovedAtWindow: return windowStep(app.window);
    case CardState::AtProvince:
    case CardState::ExpertPanel:
    case CardState::PanelApproved: return steps.size() - 2;
    case CardState::Issued: return steps.size() - 1;
    case CardState::Rejected: return app.window.empty() ? 1 : windowStep(app.window);
    }
    return 0;
}

} // namespace

std::vector<ProgressStep> cardProgress(const CardApplication& app, const std::string& employerRegion,
                                       const RegionTree& regions) {
    std::vector<ProgressStep> steps{{ProgressStepKind::Talent}, {ProgressStepKind::Employer}};
    auto chain = regions.chainToProvince(employerRegion);
    if (chain.empty() && regions.province()) chain.push_back(regions.province());
    for (const Region* r : chain) steps.push_back(ProgressStep{ProgressStepKind::Window, r->code, r->level});
    steps.push_back(ProgressStep{ProgressStepKind::Issued});

    const std::size_t at = currentIndex(app, steps);
    const bool stopped = app.state == CardState::Rejected || app.state == CardState::ReturnedForRevision;
    for (std::size_t i = 0; i < steps.size(); ++i)
        steps[i].status = i < at                           ? ProgressStepStatus::Done
                          : i > at                         ? ProgressStepStatus::Ahead
                          : stopped                        ? ProgressStepStatus::Stopped
                          : app.state == CardState::Issued ? ProgressStepStatus::Done
                                                           : ProgressStepStatus::Current;
    return steps;
}

} // namespace huicai
