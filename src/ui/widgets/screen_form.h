// A screen's form (what is being typed in it), kept in the workspace rather than in a
// function-local static, so that it outlives frames but not the acting user: the
// workspace forgets every form when the user or the demo role changes
// (Workspace::clearForms).
#pragma once
#include "app/app_state.h"

#include <any>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace huicai::ui {

// The form of type `Form` stored under `key`; a new one the first time.
template <class Form>
Form& screenForm(app::AppState& state, std::string_view key) {
    std::any& slot = state.work.screenForms[std::string(key)];
    if (Form* form = std::any_cast<Form>(&slot)) return *form;
    return slot.emplace<Form>();
}

// An answer of the core a screen keeps (whom a window may invite, which schemes an
// employer may apply for): computed again only when the workspace's version or day
// moved, since each answer asks check(), which copies the state. Kept in a screen's
// form, it is forgotten with the form when the acting user changes.
template <class T>
struct CoreAnswer {
    template <class Compute>
    T& get(const app::AppState& state, Compute&& compute) {
        if (!m_asked || m_version != state.work.version || m_day != state.work.today) {
            m_value = compute();
            m_asked = true;
            m_version = state.work.version;
            m_day = state.work.today;
        }
        return m_value;
    }

private:
    bool m_asked = false;
    std::uint64_t m_version = 0;
    Date m_day;
    T m_value{};
};

// A whole number of at least 1 typed in a form field, or nullopt.
inline std::optional<int> positiveNumber(const std::string& text) {
    int n = 0;
    const auto [end, err] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (err != std::errc{} || end != text.data() + text.size() || n < 1) return std::nullopt;
    return n;
}

} // namespace huicai::ui
