// Implements the console's shared parts.
#include "ui/widgets/console_view.h"

#include "core/account_policy.h"
#include "core/workflow.h"
#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <cstdio>

namespace huicai::ui {

bool consoleGate(app::AppState& state, Ui& ui, bool allowed) {
    if (!workReady(state, ui)) return false;
    if (allowed) return true;
    heading(ui, state.tr("ui.console.title"));
    return roleGate(state, ui, Role::SystemAdmin, "admin");
}

void consoleTabs(app::AppState& state, Ui& ui) {
    const Actor* actor = state.work.actor();
    if (!actor) return;
    struct Tab {
        app::Screen screen;
        const char* key;
        const char* id;
        bool shown;
    };
    const Tab tabs[] = {
        {app::Screen::Admin, "ui.console.tab.accounts", "console-accounts", managesAccounts(*actor)},
        {app::Screen::AdminUnits, "ui.console.tab.units", "console-units", importsEmployers(*actor)},
        {app::Screen::AdminDepartments, "ui.console.tab.departments", "console-departments", registersDepartments(*actor)},
        {app::Screen::AdminHolidays, "ui.console.tab.holidays", "console-holidays", loadsHolidays(*actor)},
        {app::Screen::AdminAudit, "ui.console.tab.audit", "console-audit", readsAudit(*actor)},
        {app::Screen::AdminPolicy, "ui.console.tab.policy", "console-policy", (commandRoles("SetPolicy") & roleBit(actor->role)) != 0},
    };
    // Side by side while they fit the line, the next one on a new line otherwise (a phone).
    const float avail = ImGui::GetContentRegionAvail().x;
    const ImGuiStyle& style = ImGui::GetStyle();
    float x = 0;
    bool first = true;
    for (const auto& t : tabs) {
        if (!t.shown) continue;
        const std::string label = labelled(state, t.key, t.id);
        const float w = ImGui::CalcTextSize(label.c_str(), nullptr, true).x + style.FramePadding.x * 2;
        if (!first && x + w <= avail) ImGui::SameLine();
        else x = 0;
        first = false;
        x += w + style.ItemSpacing.x;
        if (choiceButton(ui, label, state.route.screen == t.screen, Icon::None, A11yRole::Tab) && state.route.screen != t.screen)
            ui.request(app::Navigate{app::Route{t.screen, {}}});
    }
    ImGui::Dummy(ImVec2(0, space::kTight));
}

void fieldLabel(app::AppState& state, Ui& ui, const char* key) { fieldLabel(ui, state.tr(key)); }

void fieldProblem(app::AppState& state, Ui& ui, const std::vector<sync::FieldProblem>& problems, std::string_view field,
                  const char* labelKey, float width, bool tried) {
    if (!tried) return;
    const Error* e = app::problemOf(problems, field);
    if (!e) return;
    const std::string message = state.errorText(e->key, e->detail);
    fieldError(ui, format(format(state.tr("ui.register.field_error"), "field", state.tr(labelKey)), "message", message), width);
}

void callOutcome(app::AppState& state, Ui& ui, const app::CallState& call, float width) {
    if (call.busy) {
        textColored(ui, colour(Tone::Muted), state.tr("ui.console.working"));
    } else if (!call.error.empty()) {
        const std::string message = state.errorText(call.error, call.errorDetail);
        notice(ui, format(state.tr("ui.console.refused"), "message", message), Tone::Danger, width);
    }
}

std::string unitName(const app::AppState& state, const std::vector<app::UnitChoice>& choices, const std::string& id) {
    for (const auto& u : choices)
        if (u.id == id) return !state.zh() && !u.nameEn.empty() ? u.nameEn : u.nameZh;
    return id;
}

void unitPicker(app::AppState& state, Ui& ui, const char* id, std::string& chosen, std::string& filter,
                const std::vector<app::UnitChoice>& choices, float width, std::size_t shown) {
    if (!chosen.empty()) {
        text(ui, format(state.tr("ui.console.unit_chosen"), "name", unitName(state, choices, chosen) + " (" + chosen + ")"));
        if (button(ui, labelled(state, "ui.console.unit_change", std::string(id) + "-change"))) chosen.clear();
        return;
    }
    searchField(ui, (std::string("##") + id).c_str(), state.tr("ui.console.unit_filter"), filter, width);
    std::size_t n = 0;
    for (const auto& u : choices) {
        if (n == shown) break;
        ++n;
        const std::string name = !state.zh() && !u.nameEn.empty() ? u.nameEn : u.nameZh;
        if (button(ui, name + " (" + u.id + ")##" + id + "-" + u.id, ImVec2(width, 0))) chosen = u.id;
    }
    if (choices.empty()) wrappedText(ui, state.tr("ui.console.unit_none"), width, colour(Tone::Muted));
    else if (choices.size() > n)
        wrappedText(ui, format(state.tr("ui.console.unit_more"), "count", std::to_string(choices.size() - n)), width,
                    colour(Tone::Muted));
}

std::string timeText(const app::AppState& state, std::int64_t seconds) {
    if (seconds <= 0) return state.tr("ui.console.never");
    const std::int64_t days = seconds / 86400, secs = seconds % 86400;
    const Date d = Date::fromDays(static_cast<int>(days));
    char buf[32];
    std::snprintf(buf, sizeof buf, " %02d:%02d UTC", static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60));
    return d.iso() + buf;
}

} // namespace huicai::ui
