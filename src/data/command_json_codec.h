// The generic encoder/decoder behind command_json.h: one overload set per kind of
// value, recursing through the `fields` lists of structs. Internal to src/data.
#pragma once
#include "core/model_fields.h"
#include "core/date.h"
#include "core/result.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

namespace huicai::codec {

using Json = nlohmann::json;

enum class Mode {
    Strict,
    Lenient
};

inline Error fieldError(const std::string& path, const char* what) {
    return makeError("error.command.field", path + ": " + what);
}

// [SECTION] encode
inline Json encode(const std::string& v) { return v; }
inline Json encode(bool v) { return v; }
inline Json encode(int v) { return v; }
inline Json encode(double v) { return v; }
inline Json encode(Date v) { return v.iso(); }
template <NamedEnum E> Json encode(E v) { return std::string(enumId(v)); }
template <class T> Json encode(const std::optional<T>& v);
template <class T> Json encode(const std::vector<T>& v);
template <class T, class C> Json encode(const std::set<T, C>& v);
template <class K, class T, class C> Json encode(const std::map<K, T, C>& v);
template <HasFields T> Json encode(const T& v);

template <class T> Json encode(const std::optional<T>& v) { return v ? encode(*v) : Json(nullptr); }
template <class T> Json encode(const std::vector<T>& v) {
    Json a = Json::array();
    for (const auto& x : v) a.push_back(encode(x));
    return a;
}
template <class T, class C> Json encode(const std::set<T, C>& v) {
    Json a = Json::array();
    for (const auto& x : v) a.push_back(encode(x));
    return a;
}
template <class K, class T, class C> Json encode(const std::map<K, T, C>& v) {
    Json o = Json::object();
    for (const auto& [k, x] : v) {
        if constexpr (std::is_same_v<K, int>) o[std::to_string(k)] = encode(x);
        else o[k] = encode(x);
    }
    return o;
}
template <HasFields T> Json encode(const T& v) {
    Json o = Json::object();
    T::fields(v, [&](const char* name, const auto& member) { o[name] = encode(member); });
    return o;
}

// [SECTION] decode
template <class T> struct IsOptional : std::false_type {};
template <class T> struct IsOptional<std::optional<T>> : std::true_type {};
template <class T> struct IsVector : std::false_type {};
template <class T> struct IsVector<std::vector<T>> : std::true_type {};

// May a struct member be left out of strict input?
template <class T>
constexpr bool mayOmit = IsOptional<T>::value || IsVector<T>::value || std::is_same_v<T, bool>;

inline Status decode(const Json& j, std::string& v, const std::string& path, Mode) {
    if (!j.is_string()) return fieldError(path, "expected a string");
    v = j.get_ref<const std::string&>();
    return Ok{};
}
inline Status decode(const Json& j, bool& v, const std::string& path, Mode) {
    if (!j.is_boolean()) return fieldError(path, "expected true or false");
    v = j.get<bool>();
    return Ok{};
}
inline Status decode(const Json& j, int& v, const std::string& path, Mode) {
    if (!j.is_number_integer()) return fieldError(path, "expected an integer");
    const auto x = j.get<long long>();
    if (x < -2147483647LL || x > 2147483647LL) return fieldError(path, "integer out of range");
    v = static_cast<int>(x);
    return Ok{};
}
inline Status decode(const Json& j, double& v, const std::string& path, Mode) {
    if (!j.is_number()) return fieldError(path, "expected a number");
    v = j.get<double>();
    return Ok{};
}
inline Status decode(const Json& j, Date& v, const std::string& path, Mode) {
    if (!j.is_string()) return fieldError(path, "expected a date YYYY-MM-DD");
    auto r = Date::parse(j.get_ref<const std::string&>());
    if (!r) return makeError("error.command.field", path + ": bad date '" + j.get_ref<const std::string&>() + "'");
    v = *r;
    return Ok{};
}
template <NamedEnum E> Status decode(const Json& j, E& v, const std::string& path, Mode) {
    if (!j.is_string()) return fieldError(path, "expected a name");
    auto e = parseEnum<E>(j.get_ref<const std::string&>());
    if (!e) return makeError("error.command.field", path + ": unknown value '" + j.get_ref<const std::string&>() + "'");
    v = *e;
    return Ok{};
}
template <class T> Status decode(const Json& j, std::optional<T>& v, const std::string& path, Mode m);
template <class T> Status decode(const Json& j, std::vector<T>& v, const std::string& path, Mode m);
template <class T, class C> Status decode(const Json& j, std::set<T, C>& v, const std::string& path, Mode m);
template <class K, class T, class C> Status decode(const Json& j, std::map<K, T, C>& v, const std::string& path, Mode m);
template <HasFields T> Status decode(const Json& j, T& v, const std::string& path, Mode m);

template <class T> Status decode(const Json& j, std::optional<T>& v, const std::string& path, Mode m) {
    if (j.is_null()) {
        v.reset();
        return Ok{};
    }
    T x{};
    auto st = decode(j, x, path, m);
    if (!st) return st;
    v = std::move(x);
    return Ok{};
}
template <class T> Status decode(const Json& j, std::vector<T>& v, const std::string& path, Mode m) {
    if (!j.is_array()) return fieldError(path, "expected an array");
    v.clear();
    for (std::size_t i = 0; i < j.size(); ++i) {
        T x{};
        auto st = decode(j[i], x, path + "[" + std::to_string(i) + "]", m);
        if (!st) return st;
        v.push_back(std::move(x));
    }
    return Ok{};
}
template <class T, class C> Status decode(const Json& j, std::set<T, C>& v, const std::string& path, Mode m) {
    std::vector<T> items;
    auto st = decode(j, items, path, m);
    if (!st) return st;
    v = std::set<T, C>(items.begin(), items.end());
    return Ok{};
}
template <class K, class T, class C> Status decode(const Json& j, std::map<K, T, C>& v, const std::string& path, Mode m) {
    if (!j.is_object()) return fieldError(path, "expected an object");
    v.clear();
    for (auto it = j.begin(); it != j.end(); ++it) {
        T x{};
        auto st = decode(it.value(), x, path + "." + it.key(), m);
        if (!st) return st;
        if constexpr (std::is_same_v<K, int>) {
            int k = 0;
            for (char c : it.key()) {
                if (c < '0' || c > '9' || k > 99999) return fieldError(path + "." + it.key(), "expected a number key");
                k = k * 10 + (c - '0');
            }
            v[k] = std::move(x);
        } else {
            v[it.key()] = std::move(x);
        }
    }
    return Ok{};
}
template <HasFields T> Status decode(const Json& j, T& v, const std::string& path, Mode m) {
    if (!j.is_object()) return fieldError(path, "expected an object");
    Status result = Ok{};
    std::size_t known = 0;
    T::fields(v, [&](const char* name, auto& member) {
        if (!result) return;
        const std::string sub = path.empty() ? std::string(name) : path + "." + name;
        auto it = j.find(name);
        if (it == j.end()) {
            using M = std::decay_t<decltype(member)>;
            if (m == Mode::Strict && !mayOmit<M>) result = fieldError(sub, "missing");
            return;
        }
        ++known;
        result = decode(*it, member, sub, m);
    });
    if (!result) return result;
    if (m == Mode::Strict && known != j.size()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            bool listed = false;
            T::fields(v, [&](const char* name, auto&) { listed = listed || it.key() == name; });
            if (!listed) return fieldError(path.empty() ? it.key() : path + "." + it.key(), "unknown field");
        }
    }
    return Ok{};
}

} // namespace huicai::codec
