// Small helpers shared by the JSON loaders of src/data: typed field access on a
// parsed nlohmann::json that never throws (so it compiles with exceptions disabled)
// and reports the field path at fault, e.g. "items[3].mode".
#pragma once
#include "core/result.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Declares `var` as the value of the Result `expr`, or returns its error.
#define HUICAI_DATA_TRY(var, expr)        \
    auto var##_r = (expr);                \
    if (!var##_r) return var##_r.error(); \
    auto var = std::move(*var##_r)

namespace huicai::json_fields {

using nlohmann::json;

// Parses text; error.data.json (detail: `what`) when it is not JSON or not an object.
Result<json> parseObject(std::string_view text, std::string_view what);

// error.data.field with detail `path` (the field path at fault).
Error fieldError(const std::string& path);

// The member `key` of object `obj` as the given type; an error naming `path.key`
// when it is missing or of another type.
Result<std::string> getString(const json& obj, const char* key, const std::string& path);
Result<int> getInt(const json& obj, const char* key, const std::string& path);
Result<bool> getBool(const json& obj, const char* key, const std::string& path, bool fallback);
Result<std::vector<std::string>> getStringArray(const json& obj, const char* key, const std::string& path);
// The member `key` when it is an array (an object); nullptr otherwise.
const json* findArray(const json& obj, const char* key);
const json* findObject(const json& obj, const char* key);

std::string member(const std::string& path, const char* key); // "path.key" or "key"
std::string index(const std::string& path, std::size_t i);    // "path[i]"

// The array member `key` of `root`, each element read by `read(element, "key[i]")`.
template <class T, class F>
Result<std::vector<T>> readArray(const json& root, const char* key, F read) {
    const json* arr = findArray(root, key);
    if (!arr) return fieldError(key);
    std::vector<T> out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        auto r = read((*arr)[i], index(key, i));
        if (!r) return r.error();
        out.push_back(std::move(*r));
    }
    return out;
}

} // namespace huicai::json_fields
