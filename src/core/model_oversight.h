// Records of supervision and improvement: problems and suggestions escalated window
// by window (S6.2.1 (4), S6.2.4 (4)), window evaluations with correction notices
// (S8.1.1, S8.1.2 (2)), items with concentrated complaints sent back to their
// department (S8.1.2 (1)), units' assessment plans and annual grades of specialists
// (S8.2), commendations and typical cases (S8.3), liaison events and invitations
// (S6.1.1 (5)), and the training a window gives the specialists of its area (S6.1.1
// (2), S8.3 (1)).
#pragma once
#include "core/date.h"
#include "core/model_fields.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace huicai {

// The conduct standard specialists follow (S6.3); cited by evaluations and grades.
inline constexpr std::string_view kConductStandard = "LD/T 03-2020";

enum class ProblemKind {
    Problem,
    Suggestion
};
inline constexpr std::array<EnumName<ProblemKind>, 2> kProblemKindNames = {{{ProblemKind::Problem, "problem"}, {ProblemKind::Suggestion, "suggestion"}}};
constexpr std::span<const EnumName<ProblemKind>> enumNames(ProblemKind) { return kProblemKindNames; }

struct Problem {
    std::string id;
    ProblemKind kind = ProblemKind::Problem;
    std::string talent;   // may be empty
    std::string employer; // may be empty (raised by a window)
    std::string text;
    std::string raisedBy;
    Date raisedOn;
    std::string window;            // the window that holds it now
    std::vector<std::string> path; // every window it passed, first = where it was raised

    bool operator==(const Problem&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("kind", s.kind);
        v("talent", s.talent);
        v("employer", s.employer);
        v("text", s.text);
        v("raised_by", s.raisedBy);
        v("raised_on", s.raisedOn);
        v("window", s.window);
        v("path", s.path);
    }
};

enum class EvaluationMethod {
    SiteVisit,
    UnannouncedCheck,
    Hotline,
    PhoneInterview
};
inline constexpr std::array<EnumName<EvaluationMethod>, 4> kEvaluationMethodNames = {{{EvaluationMethod::SiteVisit, "site_visit"},
                                                                                      {EvaluationMethod::UnannouncedCheck, "unannounced_check"},
                                                                                      {EvaluationMethod::Hotline, "hotline"},
                                                                                      {EvaluationMethod::PhoneInterview, "phone_interview"}}};
constexpr std::span<const EnumName<EvaluationMethod>> enumNames(EvaluationMethod) { return kEvaluationMethodNames; }

enum class UnitKind {
    Window,
    Employer,
    Department,
    Agency
};
inline constexpr std::array<EnumName<UnitKind>, 4> kUnitKindNames = {
    {{UnitKind::Window, "window"}, {UnitKind::Employer, "employer"}, {UnitKind::Department, "department"}, {UnitKind::Agency, "agency"}}};
constexpr std::span<const EnumName<UnitKind>> enumNames(UnitKind) { return kUnitKindNames; }

enum class NoticeState {
    None,
    Sent,
    Corrected
};
inline constexpr std::array<EnumName<NoticeState>, 3> kNoticeStateNames = {{{NoticeState::None, "none"}, {NoticeState::Sent, "sent"}, {NoticeState::Corrected, "corrected"}}};
constexpr std::span<const EnumName<NoticeState>> enumNames(NoticeState) { return kNoticeStateNames; }

struct WindowEvaluation {
    std::string id;
    std::string window; // the evaluating window
    EvaluationMethod method = EvaluationMethod::SiteVisit;
    UnitKind unitKind = UnitKind::Employer;
    std::string unit;       // region code / employer / department / agency id
    std::string specialist; // the specialist observed, may be empty
    std::string findings;
    int talentRating = 0;       // 0 = none; else 1..5 heard from talents
    bool conductBreach = false; // a breach of the conduct standard (S6.3) was found
    std::string conductStandard;
    NoticeState notice = NoticeState::None; // correction notice to the unit
    std::string correction;                 // the unit's answer
    Date on;
    std::optional<Date> correctedOn;

    bool operator==(const WindowEvaluation&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("window", s.window);
        v("method", s.method);
        v("unit_kind", s.unitKind);
        v("unit", s.unit);
        v("specialist", s.specialist);
        v("findings", s.findings);
        v("talent_rating", s.talentRating);
        v("conduct_breach", s.conductBreach);
        v("conduct_standard", s.conductStandard);
        v("notice", s.notice);
        v("correction", s.correction);
        v("on", s.on);
        v("corrected_on", s.correctedOn);
    }
};

enum class ComplaintState {
    Flagged,
    Responded,
    Closed
};
inline constexpr std::array<EnumName<ComplaintState>, 3> kComplaintStateNames = {
    {{ComplaintState::Flagged, "flagged"}, {ComplaintState::Responded, "responded"}, {ComplaintState::Closed, "closed"}}};
constexpr std::span<const EnumName<ComplaintState>> enumNames(ComplaintState) { return kComplaintStateNames; }

// A handling agency's answer to a complaint item (S8.1.2 (1): 反馈服务事项主管部门和承办机构).
struct AgencyResponse {
    std::string agency;
    std::string text;
    Date on;

    bool operator==(const AgencyResponse&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("agency", s.agency);
        v("text", s.text);
        v("on", s.on);
    }
};

struct ComplaintItem {
    std::string id;
    std::string window;
    std::string item;       // A-code
    std::string department; // the competent department it is sent back to
    int complaints = 0;
    std::string summary;
    ComplaintState state = ComplaintState::Flagged;
    std::string response; // the department's
    Date flaggedOn;
    std::vector<std::string> agencies;           // the item's handling agencies under the department
    std::vector<AgencyResponse> agencyResponses; // each agency's answer, once

    bool operator==(const ComplaintItem&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("window", s.window);
        v("item", s.item);
        v("department", s.department);
        v("complaints", s.complaints);
        v("summary", s.summary);
        v("state", s.state);
        v("response", s.response);
        v("flagged_on", s.flaggedOn);
        v("agencies", s.agencies);
        v("agency_responses", s.agencyResponses);
    }
};

// S8.2.1: a unit's own assessment plan for a year; key "<unit>:<year>".
struct AssessmentPlan {
    std::string id;
    std::string unit; // employer id (or the org of other specialists)
    int year = 0;
    std::string text;

    bool operator==(const AssessmentPlan&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("unit", s.unit);
        v("year", s.year);
        v("text", s.text);
    }
};

enum class Grade {
    Excellent,
    Good,
    Adequate,
    Inadequate
}; // 优秀/良好/合格/不合格
inline constexpr std::array<EnumName<Grade>, 4> kGradeNames = {
    {{Grade::Excellent, "excellent"}, {Grade::Good, "good"}, {Grade::Adequate, "adequate"}, {Grade::Inadequate, "inadequate"}}};
constexpr std::span<const EnumName<Grade>> enumNames(Grade) { return kGradeNames; }

// S8.2.2 (1): media reports, netizens' comments and talents' opinions, and the
// unit's day-to-day records of the specialist (日常考核: training attended, a
// window's evaluation, a commendation).
enum class EvidenceKind {
    MediaReport,
    NetizenComment,
    TalentOpinion,
    DailyRecord
};
inline constexpr std::array<EnumName<EvidenceKind>, 4> kEvidenceKindNames = {{{EvidenceKind::MediaReport, "media_report"},
                                                                              {EvidenceKind::NetizenComment, "netizen_comment"},
                                                                              {EvidenceKind::TalentOpinion, "talent_opinion"},
                                                                              {EvidenceKind::DailyRecord, "daily_record"}}};
constexpr std::span<const EnumName<EvidenceKind>> enumNames(EvidenceKind) { return kEvidenceKindNames; }

struct GradeEvidence {
    EvidenceKind kind = EvidenceKind::TalentOpinion;
    std::string text;

    bool operator==(const GradeEvidence&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("kind", s.kind);
        v("text", s.text);
    }
};

// S8.2.2: key "<specialist>:<year>".
struct SpecialistGrade {
    std::string id;
    std::string specialist;
    std::string unit;
    int year = 0;
    Grade grade = Grade::Adequate;
    std::vector<GradeEvidence> evidence;
    std::string conductStandard;
    Date gradedOn;

    bool operator==(const SpecialistGrade&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("specialist", s.specialist);
        v("unit", s.unit);
        v("year", s.year);
        v("grade", s.grade);
        v("evidence", s.evidence);
        v("conduct_standard", s.conductStandard);
        v("graded_on", s.gradedOn);
    }
};

struct Commendation {
    std::string id; // "<specialist>:<year>"
    std::string specialist;
    int year = 0;
    std::string window;
    std::string note;
    Date on;

    bool operator==(const Commendation&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("specialist", s.specialist);
        v("year", s.year);
        v("window", s.window);
        v("note", s.note);
        v("on", s.on);
    }
};

struct TypicalCase {
    std::string id;
    std::string window;
    std::string title;
    std::string summary;
    std::string request;    // the service request it shows, may be empty
    std::string specialist; // may be empty
    Date publishedOn;

    bool operator==(const TypicalCase&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("window", s.window);
        v("title", s.title);
        v("summary", s.summary);
        v("request", s.request);
        v("specialist", s.specialist);
        v("published_on", s.publishedOn);
    }
};

// S6.1.1 (2), S8.3 (1): a training the window gave specialists of its area.
struct Training {
    std::string id;
    std::string window;
    std::string title;
    Date date;
    std::vector<std::string> specialists;
    Date recordedOn;

    bool operator==(const Training&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("window", s.window);
        v("title", s.title);
        v("date", s.date);
        v("specialists", s.specialists);
        v("recorded_on", s.recordedOn);
    }
};

struct LiaisonEvent {
    std::string id;
    std::string window;
    std::string title;
    std::string item; // an Invitation-mode item code (A19, A27-A29)
    Date date;
    Date createdOn;

    bool operator==(const LiaisonEvent&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("window", s.window);
        v("title", s.title);
        v("item", s.item);
        v("date", s.date);
        v("created_on", s.createdOn);
    }
};

struct Invitation {
    std::string id; // "<event>:<talent>"
    std::string event;
    std::string talent;
    Date invitedOn;
    bool answered = false; // the talent's answer: coming (accepted) or not, with a note
    bool accepted = false;
    std::string note;
    std::optional<Date> answeredOn;

    bool operator==(const Invitation&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("event", s.event);
        v("talent", s.talent);
        v("invited_on", s.invitedOn);
        v("answered", s.answered);
        v("accepted", s.accepted);
        v("note", s.note);
        v("answered_on", s.answeredOn);
    }
};

} // namespace huicai
