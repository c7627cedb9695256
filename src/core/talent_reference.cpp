// Implements TalentReference: look-ups of categories, card classes and eligibility
// bases, and validation of their shape against S4.1 and S5.1.
#include "core/talent_reference.h"

#include <set>
#include <string>

namespace huicai {

std::string_view cardClassId(CardClass c) {
    switch (c) {
    case CardClass::DirectIssue: return "direct";
    case CardClass::ReviewIssue: return "review";
    case CardClass::EvaluationIssue: return "evaluation";
    }
    assert(false && "cardClassId: unknown class");
    return "";
}

std::optional<CardClass> parseCardClass(std::string_view id) {
    for (CardClass c : {CardClass::DirectIssue, CardClass::ReviewIssue, CardClass::EvaluationIssue})
        if (cardClassId(c) == id) return c;
    return std::nullopt;
}

TalentReference::TalentReference(std::vector<TalentCategory> categories, std::vector<CardClassInfo> classes,
                                 std::vector<EligibilityBasis> bases)
    : m_categories(std::move(categories)), m_classes(std::move(classes)), m_bases(std::move(bases)) {}

const TalentCategory* TalentReference::category(std::string_view id) const {
    for (const auto& c : m_categories)
        if (c.id == id) return &c;
    return nullptr;
}

const CardClassInfo* TalentReference::classInfo(CardClass c) const {
    for (const auto& i : m_classes)
        if (i.cardClass == c) return &i;
    return nullptr;
}

const EligibilityBasis* TalentReference::basis(std::string_view id) const {
    for (const auto& b : m_bases)
        if (b.id == id) return &b;
    return nullptr;
}

std::vector<const EligibilityBasis*> TalentReference::basesOf(CardClass c) const {
    std::vector<const EligibilityBasis*> out;
    for (const auto& b : m_bases)
        if (b.cardClass == c) out.push_back(&b);
    return out;
}

Status TalentReference::validate() const {
    std::set<std::string> ids;
    for (const auto& c : m_categories) {
        if (c.id.empty() || c.nameZh.empty() || c.nameEn.empty() || !ids.insert(c.id).second)
            return makeError("error.talent.categories", c.id);
    }
    if (m_categories.size() != 6) return makeError("error.talent.categories", "count " + std::to_string(m_categories.size()));
    if (m_classes.size() != 3) return makeError("error.talent.classes", "count " + std::to_string(m_classes.size()));
    for (CardClass c : {CardClass::DirectIssue, CardClass::ReviewIssue, CardClass::EvaluationIssue})
        if (!classInfo(c)) return makeError("error.talent.classes", std::string(cardClassId(c)));

    const std::pair<CardClass, std::size_t> expected[] = {
        {CardClass::DirectIssue, 4}, {CardClass::ReviewIssue, 4}, {CardClass::EvaluationIssue, 6}};
    for (const auto& [c, count] : expected) {
        const auto list = basesOf(c);
        if (list.size() != count) return makeError("error.talent.bases", std::string(cardClassId(c)) + ": " + std::to_string(list.size()));
        for (std::size_t k = 0; k < list.size(); ++k) {
            const EligibilityBasis& b = *list[k];
            const std::string want = std::string(cardClassId(c)) + "." + std::to_string(k + 1);
            if (b.id != want || b.number != static_cast<int>(k + 1) || b.textZh.empty() || b.textEn.empty())
                return makeError("error.talent.basis", b.id);
            if (b.evidence.empty()) return makeError("error.talent.evidence", b.id);
            for (const auto& e : b.evidence)
                if (e.id.empty() || e.nameZh.empty() || e.nameEn.empty()) return makeError("error.talent.evidence", b.id);
        }
    }
    return Ok{};
}

} // namespace huicai
