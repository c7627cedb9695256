// Implements the intake desk's pieces: the clipped one-line list, the talent and
// agency pickers, and the problems and suggestions inbox with its escalation
// (S6.2.1 (4): a window reports what reached it to the next-higher window).
#include "ui/widgets/intake_view.h"

#include "app/intake_rows.h"
#include "core/org_units.h"
#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/list_tab_stop.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <imgui.h>

#include <algorithm>

namespace huicai::ui {

int pickList(const char* id, int count, int maxShown, const std::function<std::string(int)>& label,
             const std::function<bool(int)>& selected, Ui& ui) {
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const int shown = std::clamp(count, 1, maxShown);
    const float height = shown * line + ImGui::GetStyle().WindowPadding.y * 2;
    int clicked = -1;
    if (ImGui::BeginChild(id, ImVec2(0, height), true, ImGuiWindowFlags_NavFlattened)) {
        ui.map.beginGroup(ImGui::GetCurrentWindow()->ID, A11yRole::ListBox, {});
        ListTabStop tabStop(ImGui::GetID("##tab-stop"));
        ImGuiListClipper clipper;
        clipper.Begin(count, line);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const std::string l = label(i);
                ui.fonts.note(l.substr(0, l.find("##")));
                const bool chosen = selected(i);
                tabStop.beginRow(chosen);
                if (ImGui::Selectable(l.c_str(), chosen)) clicked = i;
                ui.map.setRole(ImGui::GetItemID(), A11yRole::Option, chosen);
                ui.map.setSetPosition(ImGui::GetItemID(), i + 1, count);
                ListTabStop::endRow();
            }
        }
        ui.map.endGroup();
    }
    ImGui::EndChild();
    return clicked;
}

void talentPicker(app::AppState& state, Ui& ui, const char* id, const char* labelKey, std::string& talent, float width) {
    const std::string label = state.tr(labelKey);
    textColored(ui, colour(Tone::Muted), label);
    const std::string none = state.tr("ui.intake.anonymous");
    const std::string preview = talent.empty() ? none : talentName(state, talent) + " · " + talent;
    ui.fonts.note(none);
    ui.fonts.note(preview);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo(id, preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable((none + id + "-none").c_str(), talent.empty())) talent.clear();
        const auto& talents = state.work.state.talents;
        std::vector<const std::string*> ids;
        ids.reserve(talents.size());
        for (const auto& [tid, t] : talents) ids.push_back(&tid);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(ids.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const std::string& tid = *ids[static_cast<size_t>(i)];
                const std::string shown = talentName(state, tid) + " · " + tid;
                ui.fonts.note(shown);
                if (ImGui::Selectable((shown + id + "-" + tid).c_str(), talent == tid)) talent = tid;
            }
        }
        ImGui::EndCombo();
    }
    markCombo(ui, label, preview);
}

void agencyPicker(app::AppState& state, Ui& ui, const char* id, std::string& agency, float width) {
    const std::string label = state.tr("ui.intake.agency");
    textColored(ui, colour(Tone::Muted), label);
    const std::string preview = agency.empty() ? state.tr("ui.intake.agency_none") : agencyName(state, agency);
    ui.fonts.note(preview);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo(id, preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        for (const AgencyUnit& a : allAgencies(state.work.state, state.workContext())) {
            const std::string shown = agencyName(state, a.id);
            ui.fonts.note(shown);
            if (ImGui::Selectable((shown + id + "-" + a.id).c_str(), agency == a.id)) agency = a.id;
        }
        ImGui::EndCombo();
    }
    markCombo(ui, label, preview);
}

std::string raiserName(const app::AppState& state, const std::string& actorId) {
    const State& s = state.work.state;
    if (s.talents.count(actorId)) return std::string(state.tr("workflow.role.talent")) + " " + talentName(state, actorId);
    if (auto st = s.staff.find(actorId); st != s.staff.end())
        return std::string(state.tr("workflow.role." + std::string(enumId(st->second.role)))) + " " + st->second.name;
    return actorId;
}

namespace {

std::string kindLabel(const app::AppState& state, ProblemKind k) {
    return state.tr("workflow.problem_kind." + std::string(enumId(k)));
}

std::string pathText(const app::AppState& state, const Problem& p) {
    std::string out;
    for (const auto& w : p.path) out += (out.empty() ? "" : " → ") + regionName(state, w);
    return out;
}

void problemDetail(app::AppState& state, Ui& ui, const app::ProblemRow& row, const std::string& window) {
    const Problem& p = *row.problem;
    text(ui, p.id + " · " + kindLabel(state, p.kind));
    textColored(ui, colour(Tone::Muted),
                format(format(state.tr("ui.intake.raised_by"), "date", p.raisedOn.iso()), "who", raiserName(state, p.raisedBy)));
    if (!p.talent.empty() && p.talent != p.raisedBy)
        textColored(ui, colour(Tone::Muted), format(state.tr("ui.intake.talent_line"), "name", talentName(state, p.talent)));
    if (auto e = state.work.state.employers.find(p.employer); e != state.work.state.employers.end())
        textColored(ui, colour(Tone::Muted), format(state.tr("ui.intake.employer"), "name", e->second.name));
    wrappedText(ui, p.text);
    wrappedText(ui, format(state.tr("ui.intake.path"), "path", pathText(state, p)), 0, colour(Tone::Muted));
    if (!row.held) {
        textColored(ui, colour(Tone::Success), format(state.tr("ui.intake.passed_up"), "region", regionName(state, p.window)));
        return;
    }
    const Region* upper = state.work.regions.parent(window);
    if (!upper) {
        wrappedText(ui, state.tr("ui.intake.top_window"), 0, colour(Tone::Muted));
        return;
    }
    const std::string label = format(state.tr("ui.intake.escalate"), "region", regionName(state, upper->code));
    if (button(ui, label + "##escalate-" + p.id)) ui.request(app::RunCommand{EscalateProblem{p.id}});
}

// A problem or suggestion heard at the window itself, recorded to pass it up.
void raiseForm(app::AppState& state, Ui& ui) {
    ProblemKind& kind = screenForm<ProblemKind>(state, "intake_problem_kind"); // Problem until chosen
    std::string& talent = serviceField(state, "intake-problem-talent");
    std::string& body = serviceField(state, "intake-problem-text");
    const float width = measureWidth(Measure::Form);
    for (ProblemKind k : {ProblemKind::Problem, ProblemKind::Suggestion}) {
        if (k != ProblemKind::Problem) ImGui::SameLine(0, 4);
        if (choiceButton(ui, kindLabel(state, k) + "##problem-kind-" + std::string(enumId(k)), kind == k)) kind = k;
    }
    talentPicker(state, ui, "##problem-talent", "ui.intake.problem_talent", talent, width);
    searchField(ui, "##intake-problem-text", state.tr("ui.intake.problem_hint"), body, width);
    ImGui::BeginDisabled(body.empty());
    if (button(ui, labelled(state, "workflow.command.RaiseProblem", "raise-problem"))) {
        const std::string id = state.work.newId("P", state.work.state.problems.size());
        ui.request(app::RunCommand{RaiseProblem{id, kind, talent, body}, [&body, &talent] {
                                       body.clear();
                                       talent.clear();
                                   }});
    }
    ImGui::EndDisabled();
}

} // namespace

void problemInbox(app::AppState& state, Ui& ui, const std::string& window) {
    std::string& filter = serviceField(state, "intake-problem-filter");
    std::string& selected = serviceField(state, "intake-problem-selected");
    auto describe = [&](const Problem& p) {
        return p.id + " " + kindLabel(state, p.kind) + " " + raiserName(state, p.raisedBy) + " " + talentName(state, p.talent) +
               " " + p.text;
    };
    const auto rows = app::windowProblems(state.work.state, window, filter, describe);
    ImGui::Dummy(ImVec2(0, space::kItem));
    heading(ui, format(state.tr("ui.intake.problems_title"), "n", std::to_string(rows.size())));
    raiseForm(state, ui);
    searchField(ui, "##intake-problem-filter", state.tr("ui.intake.problem_filter_hint"), filter,
                measureWidth(Measure::Form));
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.intake.problems_empty"));
        return;
    }
    if (rows.size() == 1) selected = rows.front().problem->id;
    auto label = [&](int i) {
        const app::ProblemRow& r = rows[static_cast<size_t>(i)];
        const Problem& p = *r.problem;
        std::string l = p.raisedOn.iso() + " · " + kindLabel(state, p.kind) + " · " +
                        (r.held ? std::string(state.tr("ui.intake.held_here")) : format(state.tr("ui.intake.passed_up"), "region", regionName(state, p.window)));
        if (!state.narrow) l += " · " + raiserName(state, p.raisedBy);
        return l + " · " + p.text + "##problem-" + p.id;
    };
    auto isSelected = [&](int i) { return rows[static_cast<size_t>(i)].problem->id == selected; };
    if (const int hit = pickList("##intake-problems", static_cast<int>(rows.size()), state.narrow ? 6 : 8, label, isSelected, ui);
        hit >= 0)
        selected = rows[static_cast<size_t>(hit)].problem->id;
    auto it = std::find_if(rows.begin(), rows.end(), [&](const app::ProblemRow& r) { return r.problem->id == selected; });
    if (it == rows.end()) {
        wrappedText(ui, state.tr("ui.intake.select_problem"), 0, colour(Tone::Muted));
        return;
    }
    ImGui::Separator();
    problemDetail(state, ui, *it, window);
}

} // namespace huicai::ui
