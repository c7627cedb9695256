// Handlers of the adjustments made after evaluation and of the system's own policy:
// the province window's change of a catalogue item (S8.3 (1)), versioned per item,
// and the system administrator's setting of a figure the standard does not give.
#include "core/apply_internal.h"

namespace huicai::detail {

namespace {

bool isProvinceWindow(const Step& st) {
    const Region* province = st.ctx.regions.province();
    return st.role() == Role::WindowSpecialist && province && st.actor().scope == province->code;
}

} // namespace

Status handle(Step& st, const AdjustCatalogItem& p) {
    if (!isProvinceWindow(st)) return denied("the province window");
    const auto item = st.item(p.item);
    if (!item) return makeError("error.catalog.unknown_item", p.item);
    std::optional<ObtainMode> mode;
    if (!p.mode.empty()) {
        mode = parseObtainMode(p.mode);
        if (!mode) return makeError("error.command.field", "mode");
    }
    if (p.days < 0 || p.days > 365) return makeError("error.catalog.days", p.item + ": " + std::to_string(p.days));
    HUICAI_TRY(required(p.reason, "reason"));
    const bool changes = (mode && *mode != item->mode) || (p.days > 0 && item->promisedWorkingDays != p.days) ||
                         (!p.descZh.empty() && p.descZh != item->descZh) || (!p.descEn.empty() && p.descEn != item->descEn);
    if (!changes) return makeError("error.adjust.no_change", p.item);
    const int version = static_cast<int>(adjustmentsOf(st.s, p.item).size()) + 1;
    const std::string id = p.item + ":" + std::to_string(version);
    CatalogAdjustment a{id, p.item, version, st.actor().scope, p.mode, std::nullopt, p.descZh, p.descEn, p.reason,
                        st.actor().id, st.now()};
    if (p.days > 0) a.days = p.days;
    st.s.adjustments[id] = std::move(a);
    st.touch("adjustment", id);
    return Ok{};
}

Status handle(Step& st, const SetPolicy& p) {
    const PolicyDefault* known = nullptr;
    for (const auto& d : kPolicyDefaults)
        if (d.name == p.name) known = &d;
    if (!known) return makeError("error.policy.unknown", p.name.empty() ? std::string("(empty)") : p.name);
    if (p.value < known->min || p.value > known->max)
        return makeError("error.policy.range", p.name + ": " + std::to_string(known->min) + ".." + std::to_string(known->max));
    HUICAI_TRY(required(p.reason, "reason"));
    if (policyValue(st.s, p.name) == p.value) return makeError("error.policy.same_value", p.name);
    st.s.policies[p.name] = PolicySetting{p.name, p.value, p.reason, st.actor().id, st.now()};
    st.touch("policy", p.name);
    return Ok{};
}

} // namespace huicai::detail
