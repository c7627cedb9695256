// Where a Huicai Card application stands, as the steps a person reads at a glance
// (S7.1): the talent applies, the employer completes, each window from the employer's
// level up to the province reviews (county → city → province; city → province; the
// province alone for an employer registered there), and the card is issued. The
// windows follow the employer's region, so the steps are as many as its level needs.
#pragma once
#include "core/model_card.h"
#include "core/regions.h"

#include <string>
#include <vector>

namespace huicai {

enum class ProgressStepKind {
    Talent,   // S7.1 (1): the talent submits
    Employer, // S7.1 (2)-(3): the employer assigns a specialist, who completes and submits
    Window,   // S7.1 (4)-(6): a window reviews (`region` says which)
    Issued,   // S5.1: the card is issued
};

enum class ProgressStepStatus {
    Done,
    Current, // the application is here now
    Stopped, // here, and it stopped: rejected, or returned to the employer for revision
    Ahead,
};

struct ProgressStep {
    ProgressStepKind kind = ProgressStepKind::Talent;
    std::string region; // the window's region code (Window steps only)
    RegionLevel level = RegionLevel::Province;
    ProgressStepStatus status = ProgressStepStatus::Ahead;

    bool operator==(const ProgressStep&) const = default;
};

// The steps of `app` for an employer registered in `employerRegion`, every one with
// its status. Issued: every step done. Rejected: the step that rejected is Stopped.
// Returned for revision: the employer's step is Stopped (the windows it passed are
// ahead again until it is resubmitted). An unknown region gives the province's
// window alone.
std::vector<ProgressStep> cardProgress(const CardApplication& app, const std::string& employerRegion,
                                       const RegionTree& regions);

} // namespace huicai
