// Implements the common-password list: parsed once, held lower-cased in a hash set.
#include "sync/common_passwords.h"

#include <nlohmann/json.hpp>

namespace huicai::sync {

namespace {
std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}
} // namespace

Result<CommonPasswords> CommonPasswords::parse(std::string_view json, std::string_view name) {
    auto j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (j.is_discarded() || !j.is_array() || j.empty()) return makeError("error.sync.bad_json", std::string(name));
    CommonPasswords list;
    list.m_words.reserve(j.size());
    for (const auto& w : j) {
        if (!w.is_string()) return makeError("error.sync.bad_json", std::string(name));
        list.m_words.insert(lowerAscii(w.get_ref<const std::string&>()));
    }
    return list;
}

bool CommonPasswords::contains(std::string_view password) const { return m_words.count(lowerAscii(password)) > 0; }

} // namespace huicai::sync
