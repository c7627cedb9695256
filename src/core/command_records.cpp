// Which records each payload names (one overload per payload, so a new command does
// not compile until it says), and the check of them against the access policy.
#include "core/command_records.h"

#include "core/access.h"

namespace huicai {

namespace {

struct Names {
    std::vector<NamedRecord> out;
    void add(std::string_view kind, const std::string& id, const char* unknownKey) { add(kind, id, unknownKey, id); }
    void add(std::string_view kind, const std::string& id, const char* unknownKey, std::string detail) {
        if (!id.empty()) out.push_back(NamedRecord{recordKey(kind, id), unknownKey, std::move(detail)});
    }
    void talent(const std::string& id) { add("talent", id, "error.talent.unknown"); }
    void application(const std::string& id) { add("card_application", id, "error.card.unknown_application"); }
    void request(const std::string& id) { add("request", id, "error.request.unknown"); }
    void task(const std::string& request, const std::string& department) {
        add("task", request + ":" + department, "error.request.unknown_task");
    }
    void hotline(const std::string& id) { add("hotline", id, "error.hotline.unknown"); }
    void staff(const std::string& id) { add("staff", id, "error.staff.unknown"); }
    void clock(const std::string& target) {
        const auto parts = splitRecordKey(target);
        if (!parts) return; // error.clock.target, from the handler
        if (parts->first == "card_application") application(parts->second);
        if (parts->first == "task") add("task", parts->second, "error.request.unknown_task");
    }
};

// [SECTION] Organisations and talents
void name(Names&, const RegisterEmployer&) {}
// Departments and agencies are public (core/access.h): naming them hides nothing.
void name(Names&, const RegisterDepartment&) {}
void name(Names&, const RegisterAgency&) {}
void name(Names& n, const RegisterSpecialist& p) {
    if (p.role == Role::EmployerAdmin || p.role == Role::EmployerSpecialist) n.add("employer", p.org, "error.staff.unknown_org");
}
// The employer a talent registers with is chosen from the public list of employers
// (GET /api/v1/employers: id, name and region), so it is not held to the actor's sight.
void name(Names&, const RegisterTalent&) {}
void name(Names& n, const UpdateTalentProfile& p) { n.talent(p.talent); }
void name(Names& n, const AssignSpecialist& p) {
    n.talent(p.talent);
    n.staff(p.specialist);
}
void name(Names&, const LoadHolidayYear&) {}

// [SECTION] The Huicai Card; the talent of a new application is the actor.
void name(Names&, const SubmitCardApplication&) {}
void name(Names& n, const CompleteApplication& p) { n.application(p.application); }
void name(Names& n, const SubmitToWindow& p) { n.application(p.application); }
void name(Names& n, const ApproveAtWindow& p) { n.application(p.application); }
void name(Names& n, const EscalateToUpperWindow& p) { n.application(p.application); }
void name(Names& n, const ReturnForRevision& p) { n.application(p.application); }
void name(Names& n, const Resubmit& p) { n.application(p.application); }
void name(Names& n, const RejectApplication& p) { n.application(p.application); }
void name(Names& n, const ConfirmContract& p) { n.application(p.application); }
void name(Names& n, const ReferToExpertPanel& p) { n.application(p.application); }
void name(Names& n, const RecordExpertPanelDecision& p) { n.application(p.application); }
void name(Names& n, const IssueCard& p) { n.application(p.application); }
void name(Names& n, const RecommendForCard& p) { n.talent(p.talent); }
// The signing keys are the server's own commands; RevokeCard is the issuing window's.
void name(Names&, const PublishCardKey&) {}
void name(Names& n, const WithdrawCardKey& p) { n.add("card_key", p.id, "error.card.unknown_key"); }
void name(Names& n, const SealCard& p) {
    n.add("card", p.card, "error.card.unknown_card");
    n.add("card_key", p.key, "error.card.unknown_key");
}
void name(Names& n, const RevokeCard& p) { n.add("card", p.card, "error.card.unknown_card"); }

// [SECTION] Clocks
void name(Names& n, const SuspendClock& p) { n.clock(p.target_); }
void name(Names& n, const ResumeClock& p) { n.clock(p.target_); }
void name(Names& n, const ExtendClock& p) { n.clock(p.target_); }

// [SECTION] City and county credentials
void name(Names&, const PublishLocalCredentialScheme&) {}
void name(Names& n, const ApplyLocalCredential& p) {
    n.talent(p.talent);
    n.add("local_scheme", p.scheme, "error.local.unknown_scheme");
}
void name(Names& n, const IssueLocalCredential& p) { n.add("local_credential", p.credential, "error.local.unknown_credential"); }
void name(Names& n, const RefuseLocalCredential& p) { n.add("local_credential", p.credential, "error.local.unknown_credential"); }

// [SECTION] Services; a booking's talent and card are the actor's own.
void name(Names&, const BookDirectService&) {}
void name(Names& n, const ServeBooking& p) { n.add("booking", p.booking, "error.request.unknown_booking"); }
void name(Names& n, const FileServiceRequest& p) { n.talent(p.talent); }
void name(Names& n, const DispatchToDepartments& p) { n.request(p.request); }
void name(Names& n, const AssignToAgency& p) { n.task(p.request, p.department); }
void name(Names& n, const CompleteHandling& p) { n.task(p.request, p.department); }
void name(Names& n, const ReportResult& p) { n.task(p.request, p.department); }
void name(Names& n, const ReportOverdue& p) { n.task(p.request, p.department); }
void name(Names& n, const InformTalent& p) { n.request(p.request); }
void name(Names& n, const RateService& p) { n.request(p.request); }

// [SECTION] Hotline and website intake
void name(Names& n, const RecordHotlineRequest& p) { n.talent(p.talent); }
void name(Names& n, const ForwardHotlineRequest& p) { n.hotline(p.hotline); }
void name(Names& n, const ResolveHotlineRequest& p) { n.hotline(p.hotline); }

// [SECTION] Problems and suggestions
void name(Names& n, const RaiseProblem& p) { n.talent(p.talent); }
void name(Names& n, const EscalateProblem& p) { n.add("problem", p.problem, "error.problem.unknown"); }

// [SECTION] Evaluation and improvement
// A window evaluates departments and agencies, which are no region's (S8.1.1), and
// no window sees their staff records: their specialists are named through the unit
// (the handler holds the specialist to it), and the evaluation shows no staff record
// to anyone. Employers and windows are evaluated in the window's area, whose
// specialists it sees.
void name(Names& n, const RecordWindowEvaluation& p) {
    if (p.unitKind == UnitKind::Employer) n.add("employer", p.unit, "error.employer.unknown");
    if (p.unitKind == UnitKind::Employer || p.unitKind == UnitKind::Window) n.staff(p.specialist);
}
void name(Names& n, const AcknowledgeCorrection& p) { n.add("evaluation", p.evaluation, "error.evaluation.unknown"); }
void name(Names&, const FlagComplaintItem&) {}
void name(Names& n, const RespondToComplaint& p) { n.add("complaint", p.complaint, "error.complaint.unknown"); }
void name(Names& n, const CloseComplaint& p) { n.add("complaint", p.complaint, "error.complaint.unknown"); }
// The plan it writes is its target, kept to the administrator's own unit first of all.
void name(Names&, const SetAssessmentPlan&) {}
void name(Names& n, const GradeSpecialist& p) { n.staff(p.specialist); }
void name(Names& n, const CommendSpecialist& p) {
    if (p.specialist.empty()) return;
    const std::string grade = p.specialist + ":" + std::to_string(p.year);
    n.add("grade", grade, "error.commend.not_excellent");
    n.add("staff", p.specialist, "error.commend.not_excellent", grade);
}
void name(Names& n, const PublishTypicalCase& p) {
    n.request(p.request);
    n.staff(p.specialist);
}

// [SECTION] Liaison events and the archive
void name(Names&, const CreateLiaisonEvent&) {}
void name(Names& n, const InviteTalent& p) {
    n.add("event", p.event, "error.event.unknown");
    n.talent(p.talent);
}
void name(Names& n, const AnswerInvitation& p) { n.add("invitation", p.invitation, "error.invitation.unknown"); }
void name(Names&, const FileQuarterlyArchive&) {}

// [SECTION] Catalogue adjustments, training and the system's own policy; the items
// and policies are public, the trained specialists are named.
void name(Names&, const AdjustCatalogItem&) {}
void name(Names& n, const RecordTraining& p) {
    for (const auto& sp : p.specialists) n.staff(sp);
}
void name(Names&, const SetPolicy&) {}

} // namespace

std::vector<NamedRecord> namedRecords(const Payload& payload) {
    Names n;
    std::visit([&](const auto& p) { name(n, p); }, payload);
    return std::move(n.out);
}

Status mustSeeNamedRecords(const Actor& actor, const Payload& payload, const State& state, const RegionTree& regions) {
    for (const auto& r : namedRecords(payload))
        if (!visible(actor, r.key, state, regions)) return makeError(r.unknownKey, r.detail);
    return Ok{};
}

} // namespace huicai
