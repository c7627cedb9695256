// The rules and figures the standard does not give, kept as this system's own policy
// and adjustable by the system administrator (SetPolicy): each setting has a name, a
// value and the reason of its last change. A name not set keeps its default.
#pragma once
#include "core/date.h"
#include "core/model_fields.h"

#include <array>
#include <string>
#include <string_view>

namespace huicai {

struct PolicyDefault {
    std::string_view name;
    int value;
    int min, max;
};

// card_validity_years: how long an issued Huicai Card is valid (the standard gives no
// period). conduct_bars_excellent: 1 when a conduct breach found in a year bars the
// grade "excellent" for that year (the standard does not say so), 0 when it does not.
inline constexpr std::array<PolicyDefault, 2> kPolicyDefaults = {{
    {"card_validity_years", 5, 1, 10},
    {"conduct_bars_excellent", 1, 0, 1},
}};

struct PolicySetting {
    std::string id; // the policy's name
    int value = 0;
    std::string reason;
    std::string by;
    Date on;

    bool operator==(const PolicySetting&) const = default;
    template <class S, class V> static void fields(S& s, V&& v) {
        v("id", s.id);
        v("value", s.value);
        v("reason", s.reason);
        v("by", s.by);
        v("on", s.on);
    }
};

} // namespace huicai
