// Shared by the apply_*.cpp files: the Step a handler works on (state, command,
// context, the changed keys it records) and small lookups that fail with the keys
// every handler uses. A handler checks everything first and mutates only after its
// last possible failure, so a rejected command leaves the state untouched.
#pragma once
#include "core/apply.h"
#include "core/catalog_adjust.h"
#include "core/evaluation_scope.h"
#include "core/org_units.h"
#include "core/workflow.h"

#include <algorithm>
#include <optional>

namespace huicai::detail {

struct Step {
    State& s;
    const Command& cmd;
    const Context& ctx;
    std::vector<std::string> changed;
    std::optional<WorkCalendar> merged;

    const Actor& actor() const { return cmd.actor; }
    Role role() const { return cmd.actor.role; }
    Date now() const { return ctx.now; }
    std::string_view name() const { return commandName(cmd.payload); }
    const WorkCalendar& calendar();
    // The item in force: the catalogue's, with the province window's adjustments.
    std::optional<ServiceItem> item(std::string_view code) const { return effectiveItem(s, ctx.catalog, code); }

    void touch(std::string_view kind, std::string_view id) {
        auto k = recordKey(kind, id);
        if (std::find(changed.begin(), changed.end(), k) == changed.end()) changed.push_back(std::move(k));
    }
    HistoryEntry history(std::string_view from, std::string_view to, std::string window, std::string reason) const {
        return HistoryEntry{ctx.now, cmd.id, cmd.actor.id, std::string(name()), std::string(from), std::string(to),
                            std::move(window), std::move(reason)};
    }

    // Scope tests.
    bool isTalent(const std::string& talentId) const { return role() == Role::Talent && actor().scope == talentId; }
    bool isAssignedSpecialist(const Talent& t) const {
        return role() == Role::EmployerSpecialist && !t.specialist.empty() && t.specialist == actor().id &&
               actor().scope == t.employer;
    }
    bool isWindow(const std::string& region) const { return role() == Role::WindowSpecialist && actor().scope == region; }
    bool windowCovers(const std::string& region) const {
        return role() == Role::WindowSpecialist && ctx.regions.isWithin(region, actor().scope);
    }
};

inline Error denied(std::string detail) { return makeError("error.access.denied", std::move(detail)); }

template <class T>
Result<T*> lookup(Table<T>& t, const std::string& id, const char* errorKey) {
    auto it = t.find(id);
    if (it == t.end()) return makeError(errorKey, id.empty() ? std::string("(empty)") : id);
    return &it->second;
}

template <class T>
Status mustBeNew(const Table<T>& t, const std::string& id, const char* field) {
    if (id.empty()) return makeError("error.command.field", field);
    if (t.count(id)) return makeError("error.record.exists", id);
    return Ok{};
}

inline Status required(const std::string& value, const char* field) {
    if (value.empty()) return makeError("error.command.field", field);
    return Ok{};
}

// The card the talent holds and may use on `d`, if any.
const Card* validCardOf(const State& s, const std::string& talentId, Date d);

std::string serial(State& s, const std::string& counter, int width);

#define HUICAI_TRY(expr)                            \
    do {                                            \
        auto huicai_st_ = (expr);                   \
        if (!huicai_st_) return huicai_st_.error(); \
    } while (0)

// Handlers, one per payload (apply_org.cpp, apply_card.cpp, apply_local.cpp,
// apply_service.cpp, apply_intake.cpp, apply_oversight.cpp).
Status handle(Step&, const RegisterEmployer&);
Status handle(Step&, const RegisterDepartment&);
Status handle(Step&, const RegisterAgency&);
Status handle(Step&, const RegisterSpecialist&);
Status handle(Step&, const RegisterTalent&);
Status handle(Step&, const UpdateTalentProfile&);
Status handle(Step&, const AssignSpecialist&);
Status handle(Step&, const LoadHolidayYear&);
Status handle(Step&, const SubmitCardApplication&);
Status handle(Step&, const CompleteApplication&);
Status handle(Step&, const SubmitToWindow&);
Status handle(Step&, const ApproveAtWindow&);
Status handle(Step&, const EscalateToUpperWindow&);
Status handle(Step&, const ReturnForRevision&);
Status handle(Step&, const Resubmit&);
Status handle(Step&, const RejectApplication&);
Status handle(Step&, const ConfirmContract&);
Status handle(Step&, const ReferToExpertPanel&);
Status handle(Step&, const RecordExpertPanelDecision&);
Status handle(Step&, const IssueCard&);
Status handle(Step&, const RecommendForCard&);
Status handle(Step&, const PublishCardKey&);
Status handle(Step&, const WithdrawCardKey&);
Status handle(Step&, const SealCard&);
Status handle(Step&, const RevokeCard&);
Status handle(Step&, const SuspendClock&);
Status handle(Step&, const ResumeClock&);
Status handle(Step&, const ExtendClock&);
Status handle(Step&, const PublishLocalCredentialScheme&);
Status handle(Step&, const ApplyLocalCredential&);
Status handle(Step&, const IssueLocalCredential&);
Status handle(Step&, const RefuseLocalCredential&);
Status handle(Step&, const BookDirectService&);
Status handle(Step&, const ServeBooking&);
Status handle(Step&, const FileServiceRequest&);
Status handle(Step&, const DispatchToDepartments&);
Status handle(Step&, const AssignToAgency&);
Status handle(Step&, const CompleteHandling&);
Status handle(Step&, const ReportResult&);
Status handle(Step&, const ReportOverdue&);
Status handle(Step&, const InformTalent&);
Status handle(Step&, const RateService&);
Status handle(Step&, const RecordHotlineRequest&);
Status handle(Step&, const ForwardHotlineRequest&);
Status handle(Step&, const ResolveHotlineRequest&);
Status handle(Step&, const RaiseProblem&);
Status handle(Step&, const EscalateProblem&);
Status handle(Step&, const RecordWindowEvaluation&);
Status handle(Step&, const AcknowledgeCorrection&);
Status handle(Step&, const FlagComplaintItem&);
Status handle(Step&, const RespondToComplaint&);
Status handle(Step&, const CloseComplaint&);
Status handle(Step&, const SetAssessmentPlan&);
Status handle(Step&, const GradeSpecialist&);
Status handle(Step&, const CommendSpecialist&);
Status handle(Step&, const PublishTypicalCase&);
Status handle(Step&, const CreateLiaisonEvent&);
Status handle(Step&, const InviteTalent&);
Status handle(Step&, const AnswerInvitation&);
Status handle(Step&, const FileQuarterlyArchive&);
Status handle(Step&, const AdjustCatalogItem&);
Status handle(Step&, const RecordTraining&);
Status handle(Step&, const SetPolicy&);

} // namespace huicai::detail
