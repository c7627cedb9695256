// Tests of the talent reference data as shipped in assets/talent.json: the six
// categories of S4.1 and the three card classes of S5.1 with their bases, evidence
// and the flags the card workflow checks, against the wording of the standard.
#include "core/talent_reference.h"
#include "shipped_reference.h"

#include <catch2/catch.hpp>

#include <string>

using namespace huicai;

namespace {

const TalentReference& shippedTalents() { return shippedReference().talent; }

bool hasEvidence(const EligibilityBasis& b, const std::string& id) {
    for (const auto& e : b.evidence)
        if (e.id == id) return true;
    return false;
}

} // namespace

TEST_CASE("talent: six categories served", "[S4.1][core][talent]") {
    const TalentReference& t = shippedTalents();
    REQUIRE(t.validate().ok());
    struct Case {
        int no;
        const char* id;
        const char* zhWord;
    };
    const Case cases[] = {{1, "overseas_returned", "留学"}, {2, "foreign", "外国"}, {3, "professional_technical", "专业技术"}, {4, "business_management", "经营管理"}, {5, "skilled", "技能"}, {6, "other", "其他"}};
    REQUIRE(t.categories().size() == 6);
    for (const Case& c : cases) {
        INFO("case " << c.no);
        const TalentCategory* cat = t.category(c.id);
        REQUIRE(cat != nullptr);
        CHECK(cat->nameZh.find(c.zhWord) != std::string::npos);
        CHECK(t.categories()[c.no - 1].id == c.id);
    }
    CHECK(t.category("student") == nullptr);
}

TEST_CASE("talent: three card classes and their time limits", "[S5.1][S7.1][core][talent]") {
    const TalentReference& t = shippedTalents();
    REQUIRE(t.classes().size() == 3);
    CHECK(t.classInfo(CardClass::DirectIssue)->promisedWorkingDays == 7);
    CHECK(t.classInfo(CardClass::ReviewIssue)->promisedWorkingDays == 14);
    CHECK_FALSE(t.classInfo(CardClass::EvaluationIssue)->promisedWorkingDays.has_value());
    CHECK(t.classInfo(CardClass::EvaluationIssue)->requiresExpertEvaluation);
    CHECK_FALSE(t.classInfo(CardClass::DirectIssue)->requiresExpertEvaluation);
    CHECK(t.classInfo(CardClass::DirectIssue)->nameZh == "直接颁发类");
    CHECK(t.classInfo(CardClass::ReviewIssue)->nameZh == "审核颁发类");
    CHECK(t.classInfo(CardClass::EvaluationIssue)->nameZh == "评审颁发类");
    for (CardClass c : {CardClass::DirectIssue, CardClass::ReviewIssue, CardClass::EvaluationIssue})
        CHECK(parseCardClass(cardClassId(c)) == c);
}

TEST_CASE("talent: direct issue bases (1)-(4)", "[S5.1][S5.1.1][core][talent]") {
    const auto bases = shippedTalents().basesOf(CardClass::DirectIssue);
    REQUIRE(bases.size() == 4);
    CHECK(bases[0]->id == "direct.1");
    CHECK(bases[0]->textZh.find("经省内单位推荐") != std::string::npos);
    CHECK(hasEvidence(*bases[0], "employer_nomination"));
    CHECK(hasEvidence(*bases[0], "selection_notice"));
    CHECK(bases[1]->textZh.find("省委人才工作领导小组") != std::string::npos);
    CHECK(bases[2]->textZh.find("国家部委") != std::string::npos);
    CHECK(hasEvidence(*bases[3], "leading_group_approval"));
    for (auto* b : bases) {
        INFO(b->id);
        CHECK_FALSE(b->requiresOutsideShandong);
        CHECK_FALSE(b->requiresFlexibleIntroduction);
        CHECK_FALSE(b->requiresCityRecommendation);
        CHECK(b->minYearsInKeyPost == 0);
    }
}

TEST_CASE("talent: review issue bases (1)-(4) need outside Shandong and flexible introduction", "[S5.1][S5.1.2][core][talent]") {
    const auto bases = shippedTalents().basesOf(CardClass::ReviewIssue);
    REQUIRE(bases.size() == 4);
    for (auto* b : bases) {
        INFO(b->id);
        CHECK(b->requiresOutsideShandong);
        CHECK(b->requiresFlexibleIntroduction);
        CHECK(hasEvidence(*b, "introduction_contract"));
    }
    CHECK(bases[0]->textZh.find("从省外入选") != std::string::npos);
    CHECK(bases[2]->textZh.find("院士") != std::string::npos);
    CHECK(hasEvidence(*bases[2], "academician_proof"));
}

TEST_CASE("talent: evaluation issue bases (1)-(6)", "[S5.1][S5.1.3][core][talent]") {
    const TalentReference& t = shippedTalents();
    const auto bases = t.basesOf(CardClass::EvaluationIssue);
    REQUIRE(bases.size() == 6);
    const EligibilityBasis* city = t.basis("evaluation.4");
    REQUIRE(city != nullptr);
    CHECK(city->requiresCityRecommendation);
    CHECK(hasEvidence(*city, "city_recommendation"));
    CHECK(city->textZh.find("市级高层次人才服务窗口推荐") != std::string::npos);
    const EligibilityBasis* senior = t.basis("evaluation.5");
    REQUIRE(senior != nullptr);
    CHECK(senior->requiresSeniorTitleOrDoctorate);
    CHECK(senior->minYearsInKeyPost == 3);
    CHECK(senior->textZh.find("正高级职称或取得博士学位") != std::string::npos);
    CHECK(hasEvidence(*senior, "title_or_doctorate"));
    CHECK(hasEvidence(*senior, "key_post_proof"));
    CHECK(t.basis("evaluation.3")->textZh.find("山东省优秀企业家") != std::string::npos);
    for (auto* b : bases) {
        INFO(b->id);
        CHECK_FALSE(b->requiresOutsideShandong);
        if (b->id != "evaluation.4") CHECK_FALSE(b->requiresCityRecommendation);
        if (b->id != "evaluation.5") CHECK(b->minYearsInKeyPost == 0);
    }
    CHECK(t.basis("evaluation.7") == nullptr);
}

TEST_CASE("talent: validation of a broken reference", "[S5.1][core][talent]") {
    const TalentReference& t = shippedTalents();
    SECTION("1: a missing category") {
        auto cats = t.categories();
        cats.pop_back();
        auto s = TalentReference(cats, t.classes(), t.bases()).validate();
        CHECK(s.error().key == "error.talent.categories");
    }
    SECTION("2: a basis without evidence") {
        auto bases = t.bases();
        bases[1].evidence.clear();
        auto s = TalentReference(t.categories(), t.classes(), bases).validate();
        CHECK(s.error().key == "error.talent.evidence");
        CHECK(s.error().detail == "direct.2");
    }
    SECTION("3: a missing basis") {
        auto bases = t.bases();
        bases.pop_back();
        auto s = TalentReference(t.categories(), t.classes(), bases).validate();
        CHECK(s.error().key == "error.talent.bases");
    }
    SECTION("4: a misnumbered basis") {
        auto bases = t.bases();
        bases[5].id = "review.9";
        auto s = TalentReference(t.categories(), t.classes(), bases).validate();
        CHECK(s.error().key == "error.talent.basis");
    }
}
