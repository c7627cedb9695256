// Result<T>: the value of an operation that can fail for an expected reason.
// An error carries a stable message key (looked up in assets/i18n/*.json by the UI
// and sent as-is by the server) and a detail naming the offending field or value.
// Asserts are kept for programmer errors; nothing here throws.
#pragma once
#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace huicai {

struct Error {
    std::string key;    // e.g. "error.calendar.no_data"; a key of the i18n tables
    std::string detail; // e.g. the field, date or value at fault; not translated
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() {
        assert(ok() && "Result::value() on an error");
        return std::get<0>(m_v);
    }
    const T& value() const {
        assert(ok() && "Result::value() on an error");
        return std::get<0>(m_v);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }

    const Error& error() const {
        assert(!ok() && "Result::error() on a value");
        return std::get<1>(m_v);
    }

private:
    std::variant<T, Error> m_v;
};

// For operations with no value to return.
struct Ok {};
using Status = Result<Ok>;

inline Error makeError(std::string key, std::string detail = {}) {
    return Error{std::move(key), std::move(detail)};
}

} // namespace huicai
