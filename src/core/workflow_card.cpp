// The transition table of the Huicai Card application (S7.1) and of city/county
// credentials (S7.2), and the role gate of every command.
#include "core/workflow.h"

#include <array>

namespace huicai {

namespace {
using namespace role_mask;

struct CommandRoles {
    std::string_view command;
    unsigned roles;
};
// clang-format off
constexpr std::array kCommandRoles = {
    CommandRoles{"RegisterEmployer", kSA}, CommandRoles{"RegisterDepartment", kSA}, CommandRoles{"RegisterAgency", kSA},
    CommandRoles{"RegisterSpecialist", kSA | kEA | kW}, // windows: their area's corps (S6.1.1 (2))
    CommandRoles{"RegisterTalent", kT}, CommandRoles{"UpdateTalentProfile", kT | kES},
    CommandRoles{"AssignSpecialist", kEA}, CommandRoles{"LoadHolidayYear", kSA},
    CommandRoles{"SubmitCardApplication", kT}, CommandRoles{"CompleteApplication", kES},
    CommandRoles{"SubmitToWindow", kES}, CommandRoles{"ApproveAtWindow", kW},
    CommandRoles{"EscalateToUpperWindow", kW}, CommandRoles{"ReturnForRevision", kW},
    CommandRoles{"Resubmit", kES}, CommandRoles{"RejectApplication", kW}, CommandRoles{"ConfirmContract", kW},
    CommandRoles{"ReferToExpertPanel", kW}, CommandRoles{"RecordExpertPanelDecision", kW},
    CommandRoles{"IssueCard", kW}, CommandRoles{"RecommendForCard", kW},
    CommandRoles{"PublishCardKey", kSA}, CommandRoles{"WithdrawCardKey", kSA}, CommandRoles{"SealCard", kSA},
    CommandRoles{"RevokeCard", kW}, CommandRoles{"SuspendClock", kD},
    CommandRoles{"ResumeClock", kD}, CommandRoles{"ExtendClock", kD}, // a task's; the card's limits are fixed
    CommandRoles{"PublishLocalCredentialScheme", kW}, CommandRoles{"ApplyLocalCredential", kES | kEA},
    CommandRoles{"IssueLocalCredential", kW}, CommandRoles{"RefuseLocalCredential", kW}, CommandRoles{"BookDirectService", kT},
    CommandRoles{"ServeBooking", kH}, CommandRoles{"FileServiceRequest", kES},
    CommandRoles{"DispatchToDepartments", kW}, CommandRoles{"AssignToAgency", kD},
    CommandRoles{"CompleteHandling", kD | kH}, CommandRoles{"ReportResult", kD}, CommandRoles{"ReportOverdue", kD | kH},
    CommandRoles{"InformTalent", kES}, CommandRoles{"RateService", kT}, CommandRoles{"RecordHotlineRequest", kW},
    CommandRoles{"ForwardHotlineRequest", kW}, CommandRoles{"ResolveHotlineRequest", kH},
    CommandRoles{"RaiseProblem", kT | kES | kW}, CommandRoles{"EscalateProblem", kW},
    CommandRoles{"RecordWindowEvaluation", kW}, CommandRoles{"AcknowledgeCorrection", kEA | kD | kH | kW},
    CommandRoles{"FlagComplaintItem", kW}, CommandRoles{"RespondToComplaint", kD | kH}, CommandRoles{"CloseComplaint", kW},
    CommandRoles{"SetAssessmentPlan", kEA | kW | kD | kH | kSA}, CommandRoles{"GradeSpecialist", kEA | kW | kD | kH | kSA},
    CommandRoles{"CommendSpecialist", kW}, CommandRoles{"PublishTypicalCase", kW},
    CommandRoles{"CreateLiaisonEvent", kW}, CommandRoles{"InviteTalent", kW}, CommandRoles{"AnswerInvitation", kT}, CommandRoles{"FileQuarterlyArchive", kW},
    CommandRoles{"AdjustCatalogItem", kW}, CommandRoles{"RecordTraining", kW}, CommandRoles{"SetPolicy", kSA},
};
// clang-format on

using C = CardState;
using TC = Transition<CardState>;
constexpr std::array kCard = {
    TC{C::Draft, "SubmitCardApplication", C::SubmittedByTalent, kT},
    TC{C::Draft, "SubmitCardApplication", C::SpecialistAssigned, kT}, // a specialist is already assigned
    TC{C::SubmittedByTalent, "AssignSpecialist", C::SpecialistAssigned, kEA},
    TC{C::SpecialistAssigned, "CompleteApplication", C::CompletedByEmployer, kES},
    TC{C::CompletedByEmployer, "CompleteApplication", C::CompletedByEmployer, kES},
    TC{C::ReturnedForRevision, "CompleteApplication", C::ReturnedForRevision, kES},
    TC{C::CompletedByEmployer, "SubmitToWindow", C::UnderWindowReview, kES},
    TC{C::CompletedByEmployer, "SubmitToWindow", C::AtProvince, kES}, // employer registered at province level
    TC{C::UnderWindowReview, "ApproveAtWindow", C::ApprovedAtWindow, kW},
    TC{C::ApprovedAtWindow, "EscalateToUpperWindow", C::UnderWindowReview, kW},
    TC{C::ApprovedAtWindow, "EscalateToUpperWindow", C::AtProvince, kW},
    TC{C::UnderWindowReview, "ReturnForRevision", C::ReturnedForRevision, kW},
    TC{C::AtProvince, "ReturnForRevision", C::ReturnedForRevision, kW},
    TC{C::ReturnedForRevision, "Resubmit", C::UnderWindowReview, kES},
    TC{C::ReturnedForRevision, "Resubmit", C::AtProvince, kES},
    TC{C::UnderWindowReview, "RejectApplication", C::Rejected, kW},
    TC{C::AtProvince, "RejectApplication", C::Rejected, kW},
    TC{C::AtProvince, "ReferToExpertPanel", C::ExpertPanel, kW},
    TC{C::ExpertPanel, "RecordExpertPanelDecision", C::PanelApproved, kW},
    TC{C::ExpertPanel, "RecordExpertPanelDecision", C::Rejected, kW},
    TC{C::AtProvince, "IssueCard", C::Issued, kW},
    TC{C::PanelApproved, "IssueCard", C::Issued, kW},
    TC{C::CompletedByEmployer, "ConfirmContract", C::CompletedByEmployer, kW},
    TC{C::UnderWindowReview, "ConfirmContract", C::UnderWindowReview, kW},
    TC{C::ApprovedAtWindow, "ConfirmContract", C::ApprovedAtWindow, kW},
    TC{C::AtProvince, "ConfirmContract", C::AtProvince, kW},
    TC{C::ReturnedForRevision, "ConfirmContract", C::ReturnedForRevision, kW},
};

using L = LocalCredentialState;
constexpr std::array kLocal = {Transition<L>{L::Applied, "IssueLocalCredential", L::Issued, kW},
                               Transition<L>{L::Applied, "RefuseLocalCredential", L::Refused, kW}};
} // namespace

unsigned commandRoles(std::string_view command) {
    for (const auto& c : kCommandRoles)
        if (c.command == command) return c.roles;
    return 0;
}

std::span<const Transition<CardState>> cardTransitions() { return kCard; }
std::span<const Transition<LocalCredentialState>> localCredentialTransitions() { return kLocal; }

} // namespace huicai
