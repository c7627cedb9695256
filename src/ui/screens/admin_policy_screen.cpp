// This system's own policy (#/admin/policy): the figures and rules the standard does
// not give, each with its value in force (the default, or the setting with who set
// it, when and why), and for the system administrator a field and a reason to change
// it (SetPolicy); then the catalogue's time limits that are this system's defaults,
// each a link to its item, where the province window adjusts it.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/catalog_adjust.h"
#include "core/workflow.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/console_view.h"
#include "ui/widgets/item_facts.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <map>

namespace huicai::ui {

namespace {

struct PolicyForm {
    std::map<std::string, std::string> value, reason; // per policy name
    std::string hint, hintFor;                        // the form's own check and the policy it is about
};

std::string valueText(const app::AppState& state, const PolicyDefault& p, int v) {
    if (p.max - p.min == 1) return state.tr(v ? "ui.policy.on" : "ui.policy.off");
    return countText(state.i18n, "ui.policy.years", "n", v);
}

void policyRow(app::AppState& state, Ui& ui, PolicyForm& f, const PolicyDefault& p, float width) {
    const std::string name(p.name);
    ImGui::Separator();
    text(ui, state.tr("ui.policy." + name + ".label"));
    wrappedText(ui, state.tr("ui.policy." + name + ".note"), width, colour(Tone::Muted));
    const int v = policyValue(state.work.state, name);
    std::string line = format(state.tr("ui.policy.in_force"), "value", valueText(state, p, v));
    auto set = state.work.state.policies.find(name);
    if (set == state.work.state.policies.end())
        line += " · " + std::string(state.tr("ui.policy.is_default"));
    else
        line += " · " + format(format(format(state.tr("ui.policy.set_by"), "date", set->second.on.iso()), "who",
                                      staffName(state, set->second.by)),
                               "reason", set->second.reason);
    cappedText(ui, line, 3, colour(Tone::Primary));
    std::string& value = f.value[name];
    if (p.max - p.min == 1) {
        startChoices();
        for (int x = p.min; x <= p.max; ++x)
            if (choice(ui, valueText(state, p, x) + "##policy-" + name + "-" + std::to_string(x), value == std::to_string(x)))
                value = std::to_string(x);
    } else {
        searchField(ui, ("##policy-" + name).c_str(),
                    format(format(state.tr("ui.policy.value_hint"), "min", std::to_string(p.min)), "max", std::to_string(p.max)),
                    value, measureWidth(Measure::Field));
    }
    std::string& reason = f.reason[name];
    searchField(ui, ("##policy-reason-" + name).c_str(), state.tr("ui.policy.reason_hint"), reason, width);
    if (button(ui, labelled(state, "workflow.command.SetPolicy", "policy-save-" + name))) {
        f.hintFor = name;
        const auto n = positiveNumber(value);
        const bool zero = value == "0";
        if (!n && !zero) {
            f.hint = "ui.policy.need_value";
        } else if (reason.empty()) {
            f.hint = "ui.policy.need_reason";
        } else {
            f.hint.clear();
            ui.request(app::RunCommand{SetPolicy{name, n.value_or(0), reason}, [&value, &reason] {
                                           value.clear();
                                           reason.clear();
                                       }});
        }
    }
    if (f.hintFor == name && !f.hint.empty()) fieldError(ui, state.tr(f.hint), width);
}

void defaultLimits(app::AppState& state, Ui& ui, float width) {
    heading(ui, state.tr("ui.policy.limits_title"));
    wrappedText(ui, state.tr("ui.policy.limits_note"), width, colour(Tone::Muted));
    startChoices();
    for (const ServiceItem& i : state.catalog.items())
        if (i.daysAreDefault && rowButton(ui, i.code + " " + itemName(state, i) + " · " + timeLimitText(state, i) + "##limit-" + i.code))
            ui.request(app::Navigate{app::Route{app::Screen::Item, i.code}});
}

} // namespace

void adminPolicyScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = state.work.actor();
    const bool sets = actor && (commandRoles("SetPolicy") & roleBit(actor->role)) != 0;
    if (!consoleGate(state, ui, sets)) return;
    heading(ui, state.tr("ui.policy.title"));
    consoleTabs(state, ui);
    const float width = measureWidth(Measure::Form);
    wrappedText(ui, state.tr("ui.policy.intro"), width, colour(Tone::Muted));
    PolicyForm& f = screenForm<PolicyForm>(state, "admin_policy");
    for (const auto& p : kPolicyDefaults) policyRow(state, ui, f, p, width);
    ImGui::Dummy(ImVec2(0, space::kItem));
    defaultLimits(state, ui, width);
}

} // namespace huicai::ui
