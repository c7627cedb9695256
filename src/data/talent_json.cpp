// Implements reading assets/talent.json (format in talent_json.h) into a TalentReference.
#include "data/talent_json.h"

#include "data/asset_files.h"
#include "data/json_fields.h"

namespace huicai {

using namespace json_fields;

namespace {

Result<TalentCategory> readCategory(const json& j, const std::string& path) {
    if (!j.is_object()) return fieldError(path);
    HUICAI_DATA_TRY(id, getString(j, "id", path));
    HUICAI_DATA_TRY(zh, getString(j, "nameZh", path));
    HUICAI_DATA_TRY(en, getString(j, "nameEn", path));
    return TalentCategory{id, zh, en};
}

Result<CardClass> readClassId(const json& j, const std::string& path) {
    HUICAI_DATA_TRY(id, getString(j, "class", path));
    auto c = parseCardClass(id);
    if (!c) return fieldError(member(path, "class"));
    return *c;
}

Result<CardClassInfo> readClass(const json& j, const std::string& path) {
    if (!j.is_object()) return fieldError(path);
    CardClassInfo info;
    HUICAI_DATA_TRY(c, readClassId(j, path));
    HUICAI_DATA_TRY(clause, getString(j, "clause", path));
    HUICAI_DATA_TRY(zh, getString(j, "nameZh", path));
    HUICAI_DATA_TRY(en, getString(j, "nameEn", path));
    HUICAI_DATA_TRY(expert, getBool(j, "requiresExpertEvaluation", path, false));
    info.cardClass = c;
    info.clause = clause;
    info.nameZh = zh;
    info.nameEn = en;
    info.requiresExpertEvaluation = expert;
    if (auto it = j.find("promisedWorkingDays"); it != j.end() && !it->is_null()) {
        HUICAI_DATA_TRY(days, getInt(j, "promisedWorkingDays", path));
        info.promisedWorkingDays = days;
    }
    return info;
}

Result<Evidence> readEvidence(const json& j, const std::string& path) {
    if (!j.is_object()) return fieldError(path);
    HUICAI_DATA_TRY(id, getString(j, "id", path));
    HUICAI_DATA_TRY(zh, getString(j, "nameZh", path));
    HUICAI_DATA_TRY(en, getString(j, "nameEn", path));
    return Evidence{id, zh, en};
}

Result<EligibilityBasis> readBasis(const json& j, const std::string& path) {
    if (!j.is_object()) return fieldError(path);
    EligibilityBasis b;
    HUICAI_DATA_TRY(id, getString(j, "id", path));
    HUICAI_DATA_TRY(c, readClassId(j, path));
    HUICAI_DATA_TRY(number, getInt(j, "number", path));
    HUICAI_DATA_TRY(zh, getString(j, "textZh", path));
    HUICAI_DATA_TRY(en, getString(j, "textEn", path));
    HUICAI_DATA_TRY(outside, getBool(j, "requiresOutsideShandong", path, false));
    HUICAI_DATA_TRY(flexible, getBool(j, "requiresFlexibleIntroduction", path, false));
    HUICAI_DATA_TRY(city, getBool(j, "requiresCityRecommendation", path, false));
    HUICAI_DATA_TRY(senior, getBool(j, "requiresSeniorTitleOrDoctorate", path, false));
    b.id = id;
    b.cardClass = c;
    b.number = number;
    b.textZh = zh;
    b.textEn = en;
    b.requiresOutsideShandong = outside;
    b.requiresFlexibleIntroduction = flexible;
    b.requiresCityRecommendation = city;
    b.requiresSeniorTitleOrDoctorate = senior;
    if (j.contains("minYearsInKeyPost")) {
        HUICAI_DATA_TRY(years, getInt(j, "minYearsInKeyPost", path));
        b.minYearsInKeyPost = years;
    }
    const json* evidence = findArray(j, "evidence");
    if (!evidence) return fieldError(member(path, "evidence"));
    for (std::size_t i = 0; i < evidence->size(); ++i) {
        HUICAI_DATA_TRY(e, readEvidence((*evidence)[i], index(member(path, "evidence"), i)));
        b.evidence.push_back(std::move(e));
    }
    return b;
}

} // namespace

Result<TalentReference> parseTalentReference(std::string_view text) {
    HUICAI_DATA_TRY(root, parseObject(text, "talent"));
    HUICAI_DATA_TRY(categories, readArray<TalentCategory>(root, "categories", readCategory));
    HUICAI_DATA_TRY(classes, readArray<CardClassInfo>(root, "classes", readClass));
    HUICAI_DATA_TRY(bases, readArray<EligibilityBasis>(root, "bases", readBasis));
    TalentReference ref(std::move(categories), std::move(classes), std::move(bases));
    if (auto v = ref.validate(); !v) return v.error();
    return ref;
}

Result<TalentReference> loadTalentReference(const std::string& path) {
    HUICAI_DATA_TRY(text, readTextFile(path));
    return parseTalentReference(text);
}

} // namespace huicai
