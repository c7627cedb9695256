// Field lists and enum spellings for the records and command payloads of the
// domain model. A struct lists its fields once, in a static member template
// `fields(self, visit)` that calls `visit("name", self.member)` for each member;
// the same list serves encoding (self const) and decoding (self mutable), so the
// JSON codec in src/data and the store need no per-type code. An enum lists its
// stable spellings in an `enumNames(E)` overload found by argument-dependent lookup.
#pragma once
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace huicai {

template <class E>
using EnumName = std::pair<E, std::string_view>;

// True for structs that list their fields.
template <class T>
concept HasFields = requires(T& t) {
    T::fields(t, [](const char*, auto&) {});
};

// True for enums with an `enumNames` overload.
template <class E>
concept NamedEnum = std::is_enum_v<E> && requires(E e) { enumNames(e); };

template <NamedEnum E>
std::string_view enumId(E e) {
    for (const auto& [value, name] : enumNames(E{}))
        if (value == e) return name;
    return "?";
}

template <NamedEnum E>
std::optional<E> parseEnum(std::string_view id) {
    for (const auto& [value, name] : enumNames(E{}))
        if (name == id) return value;
    return std::nullopt;
}

} // namespace huicai
