// Implements reading and writing assets/catalog.json (format in catalog_json.h).
#include "data/catalog_json.h"

#include "data/asset_files.h"
#include "data/json_fields.h"

namespace huicai {

using namespace json_fields;

namespace {

Result<Department> readDepartment(const json& j, const std::string& path) {
    if (!j.is_object()) return fieldError(path);
    HUICAI_DATA_TRY(id, getString(j, "id", path));
    HUICAI_DATA_TRY(zh, getString(j, "nameZh", path));
    HUICAI_DATA_TRY(en, getString(j, "nameEn", path));
    return Department{id, zh, en};
}

Result<Agency> readAgency(const json& j, const std::string& path) {
    if (!j.is_object()) return fieldError(path);
    HUICAI_DATA_TRY(id, getString(j, "id", path));
    HUICAI_DATA_TRY(dept, getString(j, "department", path));
    HUICAI_DATA_TRY(zh, getString(j, "nameZh", path));
    HUICAI_DATA_TRY(en, getString(j, "nameEn", path));
    return Agency{id, dept, zh, en};
}

Result<ServiceItem> readItem(const json& j, const std::string& path) {
    if (!j.is_object()) return fieldError(path);
    ServiceItem item;
    HUICAI_DATA_TRY(code, getString(j, "code", path));
    HUICAI_DATA_TRY(number, getInt(j, "number", path));
    HUICAI_DATA_TRY(nameZh, getString(j, "nameZh", path));
    HUICAI_DATA_TRY(nameEn, getString(j, "nameEn", path));
    HUICAI_DATA_TRY(descZh, getString(j, "descZh", path));
    HUICAI_DATA_TRY(descEn, getString(j, "descEn", path));
    HUICAI_DATA_TRY(modeId, getString(j, "mode", path));
    auto mode = parseObtainMode(modeId);
    if (!mode) return fieldError(member(path, "mode"));
    HUICAI_DATA_TRY(departments, getStringArray(j, "departments", path));
    HUICAI_DATA_TRY(agencies, getStringArray(j, "agencies", path));
    HUICAI_DATA_TRY(daysAreDefault, getBool(j, "daysAreDefault", path, false));
    item.code = code;
    item.number = number;
    item.nameZh = nameZh;
    item.nameEn = nameEn;
    item.descZh = descZh;
    item.descEn = descEn;
    item.mode = *mode;
    item.departments = departments;
    item.agencies = agencies;
    item.daysAreDefault = daysAreDefault;
    if (j.contains("directHandling")) {
        HUICAI_DATA_TRY(direct, getStringArray(j, "directHandling", path));
        item.directHandling = direct;
    }
    if (auto it = j.find("promisedWorkingDays"); it != j.end() && !it->is_null()) {
        HUICAI_DATA_TRY(days, getInt(j, "promisedWorkingDays", path));
        item.promisedWorkingDays = days;
    }
    return item;
}

} // namespace

Result<Catalog> parseCatalog(std::string_view text) {
    HUICAI_DATA_TRY(root, parseObject(text, "catalog"));
    HUICAI_DATA_TRY(departments, readArray<Department>(root, "departments", readDepartment));
    HUICAI_DATA_TRY(agencies, readArray<Agency>(root, "agencies", readAgency));
    HUICAI_DATA_TRY(items, readArray<ServiceItem>(root, "items", readItem));
    Catalog catalog(std::move(departments), std::move(agencies), std::move(items));
    if (auto v = catalog.validate(); !v) return v.error();
    return catalog;
}

std::string catalogToJson(const Catalog& catalog) {
    json root = json::object();
    json departments = json::array();
    for (const auto& d : catalog.departments()) departments.push_back({{"id", d.id}, {"nameZh", d.nameZh}, {"nameEn", d.nameEn}});
    json agencies = json::array();
    for (const auto& a : catalog.agencies())
        agencies.push_back({{"id", a.id}, {"department", a.departmentId}, {"nameZh", a.nameZh}, {"nameEn", a.nameEn}});
    json items = json::array();
    for (const auto& i : catalog.items()) {
        json j = {{"code", i.code},
                  {"number", i.number},
                  {"nameZh", i.nameZh},
                  {"nameEn", i.nameEn},
                  {"descZh", i.descZh},
                  {"descEn", i.descEn},
                  {"mode", std::string(obtainModeId(i.mode))},
                  {"departments", i.departments},
                  {"agencies", i.agencies},
                  {"directHandling", i.directHandling},
                  {"daysAreDefault", i.daysAreDefault}};
        j["promisedWorkingDays"] = i.promisedWorkingDays ? json(*i.promisedWorkingDays) : json(nullptr);
        items.push_back(std::move(j));
    }
    root["departments"] = std::move(departments);
    root["agencies"] = std::move(agencies);
    root["items"] = std::move(items);
    return root.dump(1, ' ', false, json::error_handler_t::replace);
}

Result<Catalog> loadCatalog(const std::string& path) {
    HUICAI_DATA_TRY(text, readTextFile(path));
    return parseCatalog(text);
}

} // namespace huicai
