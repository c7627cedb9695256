// Commands: every change to the domain state is a named command with a typed
// payload (one of the structs of command_card.h and command_service.h), the actor
// who issues it and a command id. Ids are unique: a repeated id is refused, so a
// re-sent command is harmless. commandName() gives the payload's name, the
// spelling used in the audit log, the JSON codec and the transition tables.
#pragma once
#include "core/command_service.h"

#include <variant>

namespace huicai {

using Payload = std::variant<
    RegisterEmployer, RegisterDepartment, RegisterAgency, RegisterSpecialist, RegisterTalent, UpdateTalentProfile,
    AssignSpecialist, LoadHolidayYear,
    SubmitCardApplication, CompleteApplication, SubmitToWindow, ApproveAtWindow, EscalateToUpperWindow,
    ReturnForRevision, Resubmit, RejectApplication, ConfirmContract, ReferToExpertPanel, RecordExpertPanelDecision,
    IssueCard, RecommendForCard, PublishCardKey, WithdrawCardKey, SealCard, RevokeCard, SuspendClock, ResumeClock, ExtendClock, PublishLocalCredentialScheme,
    ApplyLocalCredential, IssueLocalCredential, RefuseLocalCredential, BookDirectService, ServeBooking, FileServiceRequest,
    DispatchToDepartments, AssignToAgency, CompleteHandling, ReportResult, ReportOverdue, InformTalent, RateService,
    RecordHotlineRequest, ForwardHotlineRequest, ResolveHotlineRequest, RaiseProblem, EscalateProblem,
    RecordWindowEvaluation, AcknowledgeCorrection, FlagComplaintItem, RespondToComplaint, CloseComplaint,
    SetAssessmentPlan, GradeSpecialist, CommendSpecialist, PublishTypicalCase, CreateLiaisonEvent, InviteTalent,
    AnswerInvitation, FileQuarterlyArchive, AdjustCatalogItem, RecordTraining, SetPolicy>;

struct Command {
    std::string id;
    Actor actor;
    Payload payload;
};

inline std::string_view commandName(const Payload& p) {
    return std::visit([](const auto& x) -> std::string_view { return std::decay_t<decltype(x)>::kName; }, p);
}

// The record a command acts on ("kind/id"); FileQuarterlyArchive's is completed by
// the actor's window ("archive/<region>:<year>:Q<quarter>").
std::string commandTarget(const Command& c);

// The names of every command, in Payload order.
std::vector<std::string_view> allCommandNames();

} // namespace huicai

#undef HUICAI_TARGET
