// Command payloads for services (S7.3, S7.4), hotline intake (S6.2.3), problems and
// suggestions (S6.2.1, S6.2.4), evaluation and improvement (S8), liaison events
// (S6.1.1 (5)) and the quarterly archive (S6.1.1 (6)).
#pragma once
#include "core/command_card.h"

namespace huicai {

// [SECTION] Services
struct BookDirectService {
    static constexpr const char* kName = "BookDirectService";
    std::string id, item, agency;
    Date forDate;
    HUICAI_TARGET("booking", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("item", s.item);
        v("agency", s.agency);
        v("for_date", s.forDate);
    }
};
struct ServeBooking {
    static constexpr const char* kName = "ServeBooking";
    std::string booking;
    HUICAI_TARGET("booking", booking)
    template <class S, class V> static void fields(S& s, V&& v) { v("booking", s.booking); }
};
struct FileServiceRequest {
    static constexpr const char* kName = "FileServiceRequest";
    std::string id, talent, item;
    std::vector<std::string> materials;
    HUICAI_TARGET("request", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("talent", s.talent);
        v("item", s.item);
        v("materials", s.materials);
    }
};
struct DispatchToDepartments {
    static constexpr const char* kName = "DispatchToDepartments";
    std::string request;
    std::vector<std::string> departments; // empty: every competent department of the item
    HUICAI_TARGET("request", request)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("request", s.request);
        v("departments", s.departments);
    }
};
// Commands on one department task name the request and the department; the task's
// record id is "<request>:<department>".
#define HUICAI_TASK_TARGET                                                                    \
    std::string target() const { return recordKey("task", request + ":" + department); }      \
    static constexpr std::string_view kTargetKind = "task";                                   \
    static constexpr std::string_view kTargetField = "request";                               \
    static constexpr std::string_view kTargetField2 = "department";                           \
    void retarget(const std::string& recordId) {                                              \
        const auto colon = recordId.find(':');                                                \
        request = recordId.substr(0, colon);                                                  \
        department = colon == std::string::npos ? std::string() : recordId.substr(colon + 1); \
    }
struct AssignToAgency {
    static constexpr const char* kName = "AssignToAgency";
    std::string request, department, agency;
    HUICAI_TASK_TARGET
    template <class S, class V> static void fields(S& s, V&& v) {
        v("request", s.request);
        v("department", s.department);
        v("agency", s.agency);
    }
};
struct CompleteHandling {
    static constexpr const char* kName = "CompleteHandling";
    std::string request, department, result;
    bool granted = true;
    HUICAI_TASK_TARGET
    template <class S, class V> static void fields(S& s, V&& v) {
        v("request", s.request);
        v("department", s.department);
        v("result", s.result);
        v("granted", s.granted);
    }
};
struct ReportResult {
    static constexpr const char* kName = "ReportResult";
    std::string request, department;
    HUICAI_TASK_TARGET
    template <class S, class V> static void fields(S& s, V&& v) {
        v("request", s.request);
        v("department", s.department);
    }
};
// S7.4 (5): a task that cannot be completed in time is explained, with a new
// completion date after the day of the explanation, as soon as that is foreseen.
struct ReportOverdue {
    static constexpr const char* kName = "ReportOverdue";
    std::string request, department, explanation;
    Date newDate;
    HUICAI_TASK_TARGET
    template <class S, class V> static void fields(S& s, V&& v) {
        v("request", s.request);
        v("department", s.department);
        v("explanation", s.explanation);
        v("new_date", s.newDate);
    }
};
#undef HUICAI_TASK_TARGET
struct InformTalent {
    static constexpr const char* kName = "InformTalent";
    std::string request, note;
    HUICAI_TARGET("request", request)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("request", s.request);
        v("note", s.note);
    }
};
struct RateService {
    static constexpr const char* kName = "RateService";
    std::string request;
    int stars = 0;
    std::string comment;
    HUICAI_TARGET("request", request)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("request", s.request);
        v("stars", s.stars);
        v("comment", s.comment);
    }
};

// [SECTION] Hotline and website intake
struct RecordHotlineRequest {
    static constexpr const char* kName = "RecordHotlineRequest";
    std::string id;
    IntakeChannel channel = IntakeChannel::Hotline;
    std::string talent, content;
    HUICAI_TARGET("hotline", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("channel", s.channel);
        v("talent", s.talent);
        v("content", s.content);
    }
};
struct ForwardHotlineRequest {
    static constexpr const char* kName = "ForwardHotlineRequest";
    std::string hotline, agency;
    HUICAI_TARGET("hotline", hotline)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("hotline", s.hotline);
        v("agency", s.agency);
    }
};
struct ResolveHotlineRequest {
    static constexpr const char* kName = "ResolveHotlineRequest";
    std::string hotline, resolution;
    HUICAI_TARGET("hotline", hotline)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("hotline", s.hotline);
        v("resolution", s.resolution);
    }
};

// [SECTION] Problems and suggestions
struct RaiseProblem {
    static constexpr const char* kName = "RaiseProblem";
    std::string id;
    ProblemKind kind = ProblemKind::Problem;
    std::string talent, text;
    HUICAI_TARGET("problem", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("kind", s.kind);
        v("talent", s.talent);
        v("text", s.text);
    }
};
struct EscalateProblem {
    static constexpr const char* kName = "EscalateProblem";
    std::string problem;
    HUICAI_TARGET("problem", problem)
    template <class S, class V> static void fields(S& s, V&& v) { v("problem", s.problem); }
};

// [SECTION] Evaluation and improvement (S8)
struct RecordWindowEvaluation {
    static constexpr const char* kName = "RecordWindowEvaluation";
    std::string id;
    EvaluationMethod method = EvaluationMethod::SiteVisit;
    UnitKind unitKind = UnitKind::Employer;
    std::string unit, specialist, findings;
    int talentRating = 0;
    bool conductBreach = false;
    bool correctionRequired = false;
    HUICAI_TARGET("evaluation", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("method", s.method);
        v("unit_kind", s.unitKind);
        v("unit", s.unit);
        v("specialist", s.specialist);
        v("findings", s.findings);
        v("talent_rating", s.talentRating);
        v("conduct_breach", s.conductBreach);
        v("correction_required", s.correctionRequired);
    }
};
struct AcknowledgeCorrection {
    static constexpr const char* kName = "AcknowledgeCorrection";
    std::string evaluation, correction;
    HUICAI_TARGET("evaluation", evaluation)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("evaluation", s.evaluation);
        v("correction", s.correction);
    }
};
struct FlagComplaintItem {
    static constexpr const char* kName = "FlagComplaintItem";
    std::string id, item, department;
    int complaints = 0;
    std::string summary;
    HUICAI_TARGET("complaint", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("item", s.item);
        v("department", s.department);
        v("complaints", s.complaints);
        v("summary", s.summary);
    }
};
struct RespondToComplaint {
    static constexpr const char* kName = "RespondToComplaint";
    std::string complaint, response;
    HUICAI_TARGET("complaint", complaint)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("complaint", s.complaint);
        v("response", s.response);
    }
};
struct CloseComplaint {
    static constexpr const char* kName = "CloseComplaint";
    std::string complaint;
    HUICAI_TARGET("complaint", complaint)
    template <class S, class V> static void fields(S& s, V&& v) { v("complaint", s.complaint); }
};
struct SetAssessmentPlan {
    static constexpr const char* kName = "SetAssessmentPlan";
    std::string unit; // the employer admin's own employer; any unit for the system admin
    int year = 0;
    std::string text;
    std::string target() const { return recordKey("plan", unit + ":" + std::to_string(year)); }
    template <class S, class V> static void fields(S& s, V&& v) {
        v("unit", s.unit);
        v("year", s.year);
        v("text", s.text);
    }
};
struct GradeSpecialist {
    static constexpr const char* kName = "GradeSpecialist";
    std::string specialist;
    int year = 0;
    Grade grade = Grade::Adequate;
    std::vector<GradeEvidence> evidence;
    std::string target() const { return recordKey("staff", specialist); }
    template <class S, class V> static void fields(S& s, V&& v) {
        v("specialist", s.specialist);
        v("year", s.year);
        v("grade", s.grade);
        v("evidence", s.evidence);
    }
};
struct CommendSpecialist {
    static constexpr const char* kName = "CommendSpecialist";
    std::string specialist;
    int year = 0;
    std::string note;
    std::string target() const { return recordKey("staff", specialist); }
    template <class S, class V> static void fields(S& s, V&& v) {
        v("specialist", s.specialist);
        v("year", s.year);
        v("note", s.note);
    }
};
struct PublishTypicalCase {
    static constexpr const char* kName = "PublishTypicalCase";
    std::string id, title, summary, request, specialist;
    HUICAI_TARGET("typical_case", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("title", s.title);
        v("summary", s.summary);
        v("request", s.request);
        v("specialist", s.specialist);
    }
};

// S8.3 (1): the province window adjusts a catalogue item after evaluation: its mode
// (obtainModeId(), empty = unchanged), promised working days (0 = unchanged) or its
// description (empty = unchanged), with the reason. The record is "<item>:<version>".
struct AdjustCatalogItem {
    static constexpr const char* kName = "AdjustCatalogItem";
    std::string item, mode;
    int days = 0;
    std::string descZh, descEn, reason;
    std::string target() const { return recordKey("adjustment", item + ":"); } // the version is given in apply
    template <class S, class V> static void fields(S& s, V&& v) {
        v("item", s.item);
        v("mode", s.mode);
        v("days", s.days);
        v("desc_zh", s.descZh);
        v("desc_en", s.descEn);
        v("reason", s.reason);
    }
};
// S6.1.1 (2), S8.3 (1): a window records a training it gave specialists of its area.
struct RecordTraining {
    static constexpr const char* kName = "RecordTraining";
    std::string id, title;
    Date date;
    std::vector<std::string> specialists;
    HUICAI_TARGET("training", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("title", s.title);
        v("date", s.date);
        v("specialists", s.specialists);
    }
};
// This system's own policy (core/model_policy.h): the system administrator sets a
// named figure within its bounds, with the reason.
struct SetPolicy {
    static constexpr const char* kName = "SetPolicy";
    std::string name;
    int value = 0;
    std::string reason;
    HUICAI_TARGET("policy", name)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("name", s.name);
        v("value", s.value);
        v("reason", s.reason);
    }
};

// [SECTION] Liaison events and the archive
struct CreateLiaisonEvent {
    static constexpr const char* kName = "CreateLiaisonEvent";
    std::string id, title, item;
    Date date;
    HUICAI_TARGET("event", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("title", s.title);
        v("item", s.item);
        v("date", s.date);
    }
};
struct InviteTalent {
    static constexpr const char* kName = "InviteTalent";
    std::string event, talent;
    HUICAI_TARGET("talent", talent)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("event", s.event);
        v("talent", s.talent);
    }
};
// The talent's answer to an invitation (S6.1.1 (5), A19, A27-A29): they will come or
// not, with a note; the answer may change until the event's day.
struct AnswerInvitation {
    static constexpr const char* kName = "AnswerInvitation";
    std::string invitation;
    bool accept = false;
    std::string note;
    HUICAI_TARGET("invitation", invitation)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("invitation", s.invitation);
        v("accept", s.accept);
        v("note", s.note);
    }
};
struct FileQuarterlyArchive {
    static constexpr const char* kName = "FileQuarterlyArchive";
    int year = 0;
    int quarter = 0;
    std::string target() const { return "archive/"; } // completed with the window in apply
    template <class S, class V> static void fields(S& s, V&& v) {
        v("year", s.year);
        v("quarter", s.quarter);
    }
};

} // namespace huicai
