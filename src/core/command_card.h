// Command payloads for organisations, talents, the Huicai Card (S7.1), time-limit
// clocks and city/county credentials (S5.2, S7.2). Each payload names itself
// (kName), lists its fields for the JSON codec and names the record it acts on
// (target()). See command.h for the Command envelope.
#pragma once
#include "core/actor.h"
#include "core/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

// Defined here, undefined at the end of command.h. A payload that acts on one existing
// record of a kind also says so (kTargetKind, kTargetField) and can be pointed at
// another record of that kind (retarget): offers.h builds its probes with them.
#define HUICAI_TARGET(kind, member)                                \
    std::string target() const { return recordKey(kind, member); } \
    static constexpr std::string_view kTargetKind = kind;          \
    static constexpr std::string_view kTargetField = #member;      \
    void retarget(std::string recordId) { member = std::move(recordId); }

namespace huicai {

// [SECTION] Organisations and talents
struct RegisterEmployer {
    static constexpr const char* kName = "RegisterEmployer";
    std::string id, name, region;
    HUICAI_TARGET("employer", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("name", s.name);
        v("region", s.region);
    }
};
// A city's or county's department, the counterpart of a provincial one (S6.2.2).
struct RegisterDepartment {
    static constexpr const char* kName = "RegisterDepartment";
    std::string id, nameZh, nameEn, region, counterpart;
    HUICAI_TARGET("department", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("name_zh", s.nameZh);
        v("name_en", s.nameEn);
        v("region", s.region);
        v("counterpart", s.counterpart);
    }
};
// A handling agency under a department of any level.
struct RegisterAgency {
    static constexpr const char* kName = "RegisterAgency";
    std::string id, department, nameZh, nameEn;
    HUICAI_TARGET("agency", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("department", s.department);
        v("name_zh", s.nameZh);
        v("name_en", s.nameEn);
    }
};
struct RegisterSpecialist {
    static constexpr const char* kName = "RegisterSpecialist";
    std::string id, name;
    Role role = Role::EmployerSpecialist;
    std::string org;
    HUICAI_TARGET("staff", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("name", s.name);
        v("role", s.role);
        v("org", s.org);
    }
};
struct RegisterTalent {
    static constexpr const char* kName = "RegisterTalent";
    std::string id, name, category;
    IdType idType = IdType::ResidentId;
    std::string idNumber, nationality;
    Degree degree = Degree::None;
    Title title = Title::None;
    int yearsInKeyPost = 0;
    std::vector<Honour> honours;
    bool flexibleIntroduction = false;
    std::string employer;
    HUICAI_TARGET("talent", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("name", s.name);
        v("category", s.category);
        v("id_type", s.idType);
        v("id_number", s.idNumber);
        v("nationality", s.nationality);
        v("degree", s.degree);
        v("title", s.title);
        v("years_in_key_post", s.yearsInKeyPost);
        v("honours", s.honours);
        v("flexible_introduction", s.flexibleIntroduction);
        v("employer", s.employer);
    }
};
struct UpdateTalentProfile {
    static constexpr const char* kName = "UpdateTalentProfile";
    std::string talent;
    std::optional<std::string> name, category;
    std::optional<Degree> degree;
    std::optional<Title> title;
    std::optional<int> yearsInKeyPost;
    std::optional<std::vector<Honour>> honours;
    std::optional<bool> flexibleIntroduction;
    HUICAI_TARGET("talent", talent)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("talent", s.talent);
        v("name", s.name);
        v("category", s.category);
        v("degree", s.degree);
        v("title", s.title);
        v("years_in_key_post", s.yearsInKeyPost);
        v("honours", s.honours);
        v("flexible_introduction", s.flexibleIntroduction);
    }
};
struct AssignSpecialist {
    static constexpr const char* kName = "AssignSpecialist";
    std::string talent, specialist;
    HUICAI_TARGET("talent", talent)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("talent", s.talent);
        v("specialist", s.specialist);
    }
};
struct LoadHolidayYear {
    static constexpr const char* kName = "LoadHolidayYear";
    int year = 0;
    std::vector<Date> off, work;
    std::string target() const { return "holiday_year/" + std::to_string(year); }
    template <class S, class V> static void fields(S& s, V&& v) {
        v("year", s.year);
        v("off", s.off);
        v("work", s.work);
    }
};

// [SECTION] The Huicai Card (S7.1)
struct SubmitCardApplication {
    static constexpr const char* kName = "SubmitCardApplication";
    std::string id;
    CardClass cardClass = CardClass::DirectIssue;
    std::string basis;
    std::vector<EvidenceDocument> evidence; // may leave items for the specialist
    HUICAI_TARGET("card_application", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("class", s.cardClass);
        v("basis", s.basis);
        v("evidence", s.evidence);
    }
};
struct CompleteApplication {
    static constexpr const char* kName = "CompleteApplication";
    std::string application;
    std::vector<EvidenceDocument> evidence; // added to the talent's; every item then has one
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("application", s.application);
        v("evidence", s.evidence);
    }
};
struct SubmitToWindow {
    static constexpr const char* kName = "SubmitToWindow";
    std::string application;
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) { v("application", s.application); }
};
struct ApproveAtWindow {
    static constexpr const char* kName = "ApproveAtWindow";
    std::string application, note;
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("application", s.application);
        v("note", s.note);
    }
};
struct EscalateToUpperWindow {
    static constexpr const char* kName = "EscalateToUpperWindow";
    std::string application;
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) { v("application", s.application); }
};
struct ReturnForRevision {
    static constexpr const char* kName = "ReturnForRevision";
    std::string application;
    std::vector<std::string> reasons;
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("application", s.application);
        v("reasons", s.reasons);
    }
};
struct Resubmit {
    static constexpr const char* kName = "Resubmit";
    std::string application, note;
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("application", s.application);
        v("note", s.note);
    }
};
struct RejectApplication {
    static constexpr const char* kName = "RejectApplication";
    std::string application;
    std::vector<std::string> reasons;
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("application", s.application);
        v("reasons", s.reasons);
    }
};
struct ConfirmContract {
    static constexpr const char* kName = "ConfirmContract";
    std::string application;
    Date contractDate;
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("application", s.application);
        v("contract_date", s.contractDate);
    }
};
struct ReferToExpertPanel {
    static constexpr const char* kName = "ReferToExpertPanel";
    std::string application;
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) { v("application", s.application); }
};
struct RecordExpertPanelDecision {
    static constexpr const char* kName = "RecordExpertPanelDecision";
    std::string application;
    std::vector<std::string> experts;
    bool approved = false;
    std::string opinion;
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("application", s.application);
        v("experts", s.experts);
        v("approved", s.approved);
        v("opinion", s.opinion);
    }
};
struct IssueCard {
    static constexpr const char* kName = "IssueCard";
    std::string application;
    HUICAI_TARGET("card_application", application)
    template <class S, class V> static void fields(S& s, V&& v) { v("application", s.application); }
};
struct RecommendForCard {
    static constexpr const char* kName = "RecommendForCard";
    std::string talent, note;
    HUICAI_TARGET("talent", talent)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("talent", s.talent);
        v("note", s.note);
    }
};

// [SECTION] Card signatures and revocation (core/card_payload.h). The server alone
// issues the first three, as the system administrator: it holds the signing keys.
struct PublishCardKey {
    static constexpr const char* kName = "PublishCardKey";
    std::string id, publicKey;
    HUICAI_TARGET("card_key", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("public_key", s.publicKey);
    }
};
struct WithdrawCardKey {
    static constexpr const char* kName = "WithdrawCardKey";
    std::string id;
    HUICAI_TARGET("card_key", id)
    template <class S, class V> static void fields(S& s, V&& v) { v("id", s.id); }
};
struct SealCard {
    static constexpr const char* kName = "SealCard";
    std::string card, key, holder, signature;
    HUICAI_TARGET("card", card)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("card", s.card);
        v("key", s.key);
        v("holder", s.holder);
        v("signature", s.signature);
    }
};
struct RevokeCard {
    static constexpr const char* kName = "RevokeCard";
    std::string card, reason;
    HUICAI_TARGET("card", card)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("card", s.card);
        v("reason", s.reason);
    }
};

// [SECTION] Clocks (a department task). A card application's limits are the
// standard's (S5.1.1, S5.1.2: 7 working days; 14 after the contract): no command
// suspends or extends them; its clock pauses by itself while the application is back
// with the employer for revision.
struct SuspendClock {
    static constexpr const char* kName = "SuspendClock";
    std::string target_, reason;
    std::string target() const { return target_; }
    template <class S, class V> static void fields(S& s, V&& v) {
        v("target", s.target_);
        v("reason", s.reason);
    }
};
struct ResumeClock {
    static constexpr const char* kName = "ResumeClock";
    std::string target_, reason;
    std::string target() const { return target_; }
    template <class S, class V> static void fields(S& s, V&& v) {
        v("target", s.target_);
        v("reason", s.reason);
    }
};
struct ExtendClock {
    static constexpr const char* kName = "ExtendClock";
    std::string target_;
    int days = 0;
    std::string reason;
    std::string target() const { return target_; }
    template <class S, class V> static void fields(S& s, V&& v) {
        v("target", s.target_);
        v("days", s.days);
        v("reason", s.reason);
    }
};

// [SECTION] City and county credentials (S5.2, S7.2)
struct PublishLocalCredentialScheme {
    static constexpr const char* kName = "PublishLocalCredentialScheme";
    std::string id, name, requirements, procedure;
    int timeLimitDays = 0;
    std::vector<std::string> items;
    HUICAI_TARGET("local_scheme", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("name", s.name);
        v("requirements", s.requirements);
        v("procedure", s.procedure);
        v("time_limit_days", s.timeLimitDays);
        v("items", s.items);
    }
};
struct ApplyLocalCredential {
    static constexpr const char* kName = "ApplyLocalCredential";
    std::string id, scheme, talent;
    HUICAI_TARGET("local_credential", id)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("scheme", s.scheme);
        v("talent", s.talent);
    }
};
// The window refuses an application with its reasons (S7.2: issued or refused).
struct RefuseLocalCredential {
    static constexpr const char* kName = "RefuseLocalCredential";
    std::string credential;
    std::vector<std::string> reasons;
    HUICAI_TARGET("local_credential", credential)
    template <class S, class V> static void fields(S& s, V&& v) {
        v("credential", s.credential);
        v("reasons", s.reasons);
    }
};
struct IssueLocalCredential {
    static constexpr const char* kName = "IssueLocalCredential";
    std::string credential;
    HUICAI_TARGET("local_credential", credential)
    template <class S, class V> static void fields(S& s, V&& v) { v("credential", s.credential); }
};

} // namespace huicai
