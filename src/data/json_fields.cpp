// Implements the non-throwing JSON field accessors shared by the loaders.
#include "data/json_fields.h"

namespace huicai::json_fields {

Result<json> parseObject(std::string_view text, std::string_view what) {
    json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return makeError("error.data.json", std::string(what));
    return j;
}

Error fieldError(const std::string& path) { return makeError("error.data.field", path); }

std::string member(const std::string& path, const char* key) { return path.empty() ? std::string(key) : path + "." + key; }

std::string index(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

Result<std::string> getString(const json& obj, const char* key, const std::string& path) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) return fieldError(member(path, key));
    return it->get<std::string>();
}

Result<int> getInt(const json& obj, const char* key, const std::string& path) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_number_integer()) return fieldError(member(path, key));
    const auto v = it->get<long long>();
    if (v < -2147483647LL || v > 2147483647LL) return fieldError(member(path, key));
    return static_cast<int>(v);
}

Result<bool> getBool(const json& obj, const char* key, const std::string& path, bool fallback) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return fallback;
    if (!it->is_boolean()) return fieldError(member(path, key));
    return it->get<bool>();
}

Result<std::vector<std::string>> getStringArray(const json& obj, const char* key, const std::string& path) {
    const json* arr = findArray(obj, key);
    if (!arr) return fieldError(member(path, key));
    std::vector<std::string> out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const json& v = (*arr)[i];
        if (!v.is_string()) return fieldError(index(member(path, key), i));
        out.push_back(v.get<std::string>());
    }
    return out;
}

const json* findArray(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_array() ? &*it : nullptr;
}

const json* findObject(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_object() ? &*it : nullptr;
}

} // namespace huicai::json_fields
