// Reference data about talents: the categories served (S4.1) and the three classes
// of the Huicai Card (S5.1.1 direct issue, S5.1.2 review issue, S5.1.3 evaluation
// issue) with their eligibility bases, the evidence each basis requires and the
// flags the card workflow checks. Data: assets/talent.json via src/data/talent_json.h.
#pragma once
#include "core/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai {

// S4.1. Ids: "overseas_returned", "foreign", "professional_technical",
// "business_management", "skilled", "other".
struct TalentCategory {
    std::string id;
    std::string nameZh, nameEn;
};

enum class CardClass {
    DirectIssue,
    ReviewIssue,
    EvaluationIssue
};

// "direct", "review", "evaluation" (the JSON spelling and the prefix of basis ids).
std::string_view cardClassId(CardClass c);
std::optional<CardClass> parseCardClass(std::string_view id);

struct CardClassInfo {
    CardClass cardClass = CardClass::DirectIssue;
    std::string clause; // "S5.1.1"
    std::string nameZh, nameEn;
    // S7.1: direct 7, review 14 (from the confirmation of the introduction contract),
    // evaluation none (issued after an expert evaluation).
    std::optional<int> promisedWorkingDays;
    bool requiresExpertEvaluation = false;
};

struct Evidence {
    std::string id; // e.g. "selection_notice"
    std::string nameZh, nameEn;
};

struct EligibilityBasis {
    std::string id; // "direct.1" .. "direct.4", "review.1" .. "review.4", "evaluation.1" .. "evaluation.6"
    CardClass cardClass = CardClass::DirectIssue;
    int number = 0; // the (n) of the clause
    std::string textZh, textEn;
    std::vector<Evidence> evidence;
    bool requiresOutsideShandong = false;        // review class: won outside the province
    bool requiresFlexibleIntroduction = false;   // review class: flexibly introduced (柔性引进)
    bool requiresCityRecommendation = false;     // evaluation (4)
    bool requiresSeniorTitleOrDoctorate = false; // evaluation (5)
    int minYearsInKeyPost = 0;                   // evaluation (5): 3
};

class TalentReference {
public:
    TalentReference() = default;
    TalentReference(std::vector<TalentCategory> categories, std::vector<CardClassInfo> classes,
                    std::vector<EligibilityBasis> bases);

    const std::vector<TalentCategory>& categories() const { return m_categories; }
    const std::vector<CardClassInfo>& classes() const { return m_classes; }
    const std::vector<EligibilityBasis>& bases() const { return m_bases; }

    const TalentCategory* category(std::string_view id) const; // nullptr when unknown
    const CardClassInfo* classInfo(CardClass c) const;         // nullptr when missing
    const EligibilityBasis* basis(std::string_view id) const;  // nullptr when unknown
    std::vector<const EligibilityBasis*> basesOf(CardClass c) const;

    // Six categories with unique ids (error.talent.categories), the three classes once
    // each (error.talent.classes), bases numbered 1..n per class with ids
    // "<class>.<n>" (error.talent.basis: detail the id), 4/4/6 bases per class
    // (error.talent.bases), every basis with text and at least one evidence item
    // (error.talent.evidence).
    Status validate() const;

private:
    std::vector<TalentCategory> m_categories;
    std::vector<CardClassInfo> m_classes;
    std::vector<EligibilityBasis> m_bases;
};

} // namespace huicai
