// Card eligibility (S5.1.1-S5.1.3): does the chosen basis belong to the chosen
// class, and do the talent's recorded facts meet the basis's conditions? Review
// class: an honour or programme won outside Shandong and flexible introduction;
// evaluation (4): a city window's recommendation; evaluation (5): a full senior
// title or a doctorate and at least 3 years in a key post. Direct class (1)-(3)
// rest on a programme won on a Shandong nomination, so they need an honour not won
// outside the province; the "others approved" bases need no recorded honour.
#pragma once
#include "core/model.h"
#include "core/result.h"
#include "core/talent_reference.h"

namespace huicai {

// error.card.unknown_basis, error.card.basis_mismatch (detail: "<basis> is not <class>").
Status checkBasis(const TalentReference& ref, CardClass cardClass, const std::string& basisId);

// checkBasis, then the facts: error.card.requires_outside_honour,
// error.card.requires_flexible_introduction, error.card.requires_city_recommendation,
// error.card.requires_senior_title_or_doctorate, error.card.requires_years_in_key_post,
// error.card.requires_honour.
Status checkEligibility(const TalentReference& ref, const State& state, const Talent& talent, CardClass cardClass,
                        const std::string& basisId);

} // namespace huicai
