// Records of people and organisations: employers (用人单位) with their region,
// service specialists of every unit (S6.1.2-S6.1.4, S6.2) and talents (S4.1) with
// the facts the card eligibility rules read (degree, title, years in a key post,
// programmes and honours, flexible introduction, work contract).
#pragma once
#include "core/actor.h"
#include "core/date.h"
#include "core/model_fields.h"

#include <optional>
#include <string>
#include <vector>

namespace huicai {

struct Employer {
    std::string id;
    std::string name;
    std::string region; // the region code of its home window (county/zone, city or province)
    Date registeredOn;

    bool operator==(const Employer&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("name", s.name);
        v("region", s.region);
        v("registered_on", s.registeredOn);
    }
};

// A competent department below the province (S6.2.2: a department specialist handles
// what the window of the same level hands over). The catalogue's departments are the
// provincial ones; a city's or county's department is registered with the provincial
// department whose items it handles for its region (`counterpart`), and a request
// of its region goes to it (core/org_units.h).
struct LocalDepartment {
    std::string id;
    std::string nameZh, nameEn; // nameEn may be empty: the Chinese name is shown
    std::string region;         // a city, county or zone code, never the province
    std::string counterpart;    // the catalogue (provincial) department it mirrors
    Date registeredOn;

    bool operator==(const LocalDepartment&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("name_zh", s.nameZh);
        v("name_en", s.nameEn);
        v("region", s.region);
        v("counterpart", s.counterpart);
        v("registered_on", s.registeredOn);
    }
};

// A handling agency registered under a department of any level (the catalogue's
// agencies are the provincial ones of its items).
struct LocalAgency {
    std::string id;
    std::string department; // a catalogue or a local department
    std::string nameZh, nameEn;
    Date registeredOn;

    bool operator==(const LocalAgency&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("department", s.department);
        v("name_zh", s.nameZh);
        v("name_en", s.nameEn);
        v("registered_on", s.registeredOn);
    }
};

// A service specialist (or employer administrator) of a unit. `org` is the scope of
// the actor: employer id, window region code, department id or agency id.
struct Staff {
    std::string id;
    std::string name;
    Role role = Role::EmployerSpecialist;
    std::string org;
    Date registeredOn;

    bool operator==(const Staff&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("name", s.name);
        v("role", s.role);
        v("org", s.org);
        v("registered_on", s.registeredOn);
    }
};

enum class IdType {
    ResidentId,
    Passport
};
inline constexpr std::array<EnumName<IdType>, 2> kIdTypeNames = {{{IdType::ResidentId, "resident_id"}, {IdType::Passport, "passport"}}};
constexpr std::span<const EnumName<IdType>> enumNames(IdType) { return kIdTypeNames; }

enum class Degree {
    None,
    Bachelor,
    Master,
    Doctorate
};
inline constexpr std::array<EnumName<Degree>, 4> kDegreeNames = {
    {{Degree::None, "none"}, {Degree::Bachelor, "bachelor"}, {Degree::Master, "master"}, {Degree::Doctorate, "doctorate"}}};
constexpr std::span<const EnumName<Degree>> enumNames(Degree) { return kDegreeNames; }

enum class Title {
    None,
    Junior,
    Intermediate,
    AssociateSenior,
    FullSenior
}; // FullSenior: 正高级
inline constexpr std::array<EnumName<Title>, 5> kTitleNames = {{{Title::None, "none"},
                                                                {Title::Junior, "junior"},
                                                                {Title::Intermediate, "intermediate"},
                                                                {Title::AssociateSenior, "associate_senior"},
                                                                {Title::FullSenior, "full_senior"}}};
constexpr std::span<const EnumName<Title>> enumNames(Title) { return kTitleNames; }

enum class HonourLevel {
    National,
    Ministry,
    Provincial,
    City,
    International
};
inline constexpr std::array<EnumName<HonourLevel>, 5> kHonourLevelNames = {{{HonourLevel::National, "national"},
                                                                            {HonourLevel::Ministry, "ministry"},
                                                                            {HonourLevel::Provincial, "provincial"},
                                                                            {HonourLevel::City, "city"},
                                                                            {HonourLevel::International, "international"}}};
constexpr std::span<const EnumName<HonourLevel>> enumNames(HonourLevel) { return kHonourLevelNames; }

// A talent programme or honour the talent was selected into or won.
struct Honour {
    std::string name;
    HonourLevel level = HonourLevel::National;
    bool outsideShandong = false; // won outside the province (S5.1.2)
    int year = 0;

    bool operator==(const Honour&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("name", s.name);
        v("level", s.level);
        v("outside_shandong", s.outsideShandong);
        v("year", s.year);
    }
};

struct Talent {
    std::string id;
    std::string name;     // any Unicode
    std::string category; // S4.1 category id of the TalentReference
    IdType idType = IdType::ResidentId;
    std::string idNumber;
    std::string nationality; // ISO 3166-1 alpha-3 for passports; "CHN" for resident ids
    Degree degree = Degree::None;
    Title title = Title::None;
    int yearsInKeyPost = 0;
    std::vector<Honour> honours;
    bool flexibleIntroduction = false; // 柔性引进
    bool contractConfirmed = false;    // the introduction work contract (S7.1 review issue)
    std::optional<Date> contractDate;
    std::string employer;
    std::string specialist; // the employer specialist assigned (S6.1.4); empty until assigned
    Date registeredOn;

    bool operator==(const Talent&) const = default;
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
        v("contract_confirmed", s.contractConfirmed);
        v("contract_date", s.contractDate);
        v("employer", s.employer);
        v("specialist", s.specialist);
        v("registered_on", s.registeredOn);
    }
};

} // namespace huicai
