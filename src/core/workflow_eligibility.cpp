// Implements the card eligibility checks of workflow_eligibility.h.
#include "core/workflow_eligibility.h"

#include <algorithm>

namespace huicai {

Status checkBasis(const TalentReference& ref, CardClass cardClass, const std::string& basisId) {
    const auto* b = ref.basis(basisId);
    if (!b) return makeError("error.card.unknown_basis", basisId);
    if (b->cardClass != cardClass)
        return makeError("error.card.basis_mismatch", basisId + " is not " + std::string(enumId(cardClass)));
    return Ok{};
}

Status checkEligibility(const TalentReference& ref, const State& state, const Talent& t, CardClass cardClass,
                        const std::string& basisId) {
    auto st = checkBasis(ref, cardClass, basisId);
    if (!st) return st;
    const EligibilityBasis& b = *ref.basis(basisId);
    const auto& h = t.honours;
    if (b.requiresOutsideShandong && std::none_of(h.begin(), h.end(), [](const Honour& x) { return x.outsideShandong; }))
        return makeError("error.card.requires_outside_honour", basisId);
    if (b.requiresFlexibleIntroduction && !t.flexibleIntroduction)
        return makeError("error.card.requires_flexible_introduction", basisId);
    if (b.requiresCityRecommendation && !state.recommendations.count(t.id))
        return makeError("error.card.requires_city_recommendation", basisId);
    if (b.requiresSeniorTitleOrDoctorate && t.title != Title::FullSenior && t.degree != Degree::Doctorate)
        return makeError("error.card.requires_senior_title_or_doctorate", basisId);
    if (t.yearsInKeyPost < b.minYearsInKeyPost)
        return makeError("error.card.requires_years_in_key_post",
                         std::to_string(t.yearsInKeyPost) + " < " + std::to_string(b.minYearsInKeyPost));
    if (cardClass == CardClass::DirectIssue) {
        const auto bases = ref.basesOf(CardClass::DirectIssue);
        const bool othersApproved = !bases.empty() && b.number == bases.back()->number;
        if (!othersApproved && std::none_of(h.begin(), h.end(), [](const Honour& x) { return !x.outsideShandong; }))
            return makeError("error.card.requires_honour", basisId);
    }
    return Ok{};
}

} // namespace huicai
