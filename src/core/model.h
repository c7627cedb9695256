// The whole state of the domain: every record, by kind and id, plus the holiday
// years loaded by command, the counters behind deterministic numbers, and the ids of
// the commands already applied. Records are addressed by keys "<kind>/<id>" (see
// RecordKind); the access policy and the sync layer speak in these keys.
#pragma once
#include "core/model_archive.h"
#include "core/model_card.h"
#include "core/model_catalog.h"
#include "core/model_org.h"
#include "core/model_oversight.h"
#include "core/model_policy.h"
#include "core/model_service.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace huicai {

struct HolidayYear {
    int year = 0;
    std::vector<Date> off;
    std::vector<Date> work;

    bool operator==(const HolidayYear&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("year", s.year);
        v("off", s.off);
        v("work", s.work);
    }
};

template <class T>
using Table = std::map<std::string, T, std::less<>>;

// The row of `id` in `t`, or nullptr.
template <class T>
const T* findRow(const Table<T>& t, std::string_view id) {
    auto it = t.find(id);
    return it == t.end() ? nullptr : &it->second;
}

struct State {
    Table<Employer> employers;
    Table<Staff> staff;
    Table<LocalDepartment> departments;
    Table<LocalAgency> agencies;
    Table<Talent> talents;
    Table<CardApplication> cardApplications;
    Table<Card> cards;
    Table<Recommendation> recommendations;
    Table<LocalScheme> localSchemes;
    Table<LocalCredential> localCredentials;
    Table<Booking> bookings;
    Table<ServiceRequest> requests;
    Table<DepartmentTask> tasks;
    Table<HotlineRequest> hotline;
    Table<Problem> problems;
    Table<WindowEvaluation> evaluations;
    Table<ComplaintItem> complaints;
    Table<AssessmentPlan> plans;
    Table<SpecialistGrade> grades;
    Table<Commendation> commendations;
    Table<TypicalCase> typicalCases;
    Table<LiaisonEvent> events;
    Table<Invitation> invitations;
    Table<ArchiveFiling> archives;
    Table<CardKey> cardKeys;
    Table<Revocation> revocations;
    Table<CatalogAdjustment> adjustments;
    Table<Training> trainings;
    Table<PolicySetting> policies;
    std::map<int, HolidayYear> holidayYears;
    std::map<std::string, int, std::less<>> counters;
    std::set<std::string, std::less<>> commandIds;

    bool operator==(const State&) const = default;
    // Record tables in key-kind order: visit(kind, table).
    template <class S, class V> static void tables(S& s, V&& v) {
        v("employer", s.employers);
        v("staff", s.staff);
        v("department", s.departments);
        v("agency", s.agencies);
        v("talent", s.talents);
        v("card_application", s.cardApplications);
        v("card", s.cards);
        v("recommendation", s.recommendations);
        v("local_scheme", s.localSchemes);
        v("local_credential", s.localCredentials);
        v("booking", s.bookings);
        v("request", s.requests);
        v("task", s.tasks);
        v("hotline", s.hotline);
        v("problem", s.problems);
        v("evaluation", s.evaluations);
        v("complaint", s.complaints);
        v("plan", s.plans);
        v("grade", s.grades);
        v("commendation", s.commendations);
        v("typical_case", s.typicalCases);
        v("event", s.events);
        v("invitation", s.invitations);
        v("archive", s.archives);
        v("card_key", s.cardKeys);
        v("revocation", s.revocations);
        v("adjustment", s.adjustments);
        v("training", s.trainings);
        v("policy", s.policies);
    }
};

std::string recordKey(std::string_view kind, std::string_view id);
// Splits "kind/id" (the id may contain '/', ':'); nullopt without a '/'.
std::optional<std::pair<std::string, std::string>> splitRecordKey(std::string_view key);
// True when a record with this key exists.
bool recordExists(const State& state, std::string_view key);
// Every record key of the state, in table order.
std::vector<std::string> allRecordKeys(const State& state);

} // namespace huicai
