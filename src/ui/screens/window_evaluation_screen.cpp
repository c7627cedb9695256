// The window specialist's evaluations (#/window/evaluations, S8.1): a form to record
// an evaluation of a unit under the window — an employer of its area, a competent
// department, a handling agency or a window below it — and optionally one of that
// unit's specialists, by site visit, unannounced check, hotline or phone interview
// (S8.1.2 (2)), with the findings, the talents' rating 1-5, a breach of the conduct
// standard and whether the unit must correct, checked before it is sent; the
// evaluations this window recorded, newest first, with the unit's correction once
// reported (a clipped list); and the excellent specialists of the area graded by
// their units and not yet commended, each with a note and Commend (S8.3).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/evaluation_scope.h"
#include "core/org_units.h"
#include "core/unit_staff.h"
#include "ui/theme.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/clipped_list.h"
#include "ui/widgets/evaluation_view.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <map>

namespace huicai::ui {

namespace {

constexpr size_t kUnitChoices = 8; // units offered at once; the filter narrows the rest

struct EvaluationForm {
    UnitKind kind = UnitKind::Employer;
    std::string unitFilter, unit, specialist, findings;
    EvaluationMethod method = EvaluationMethod::SiteVisit;
    int rating = 0;
    bool breach = false, correction = false;
    std::string hint;                         // i18n key of the form's own check, or empty
    std::map<std::string, std::string> notes; // grade id → commendation note typed
};

struct Unit {
    std::string id, name;
};

// The units of `kind` this window may evaluate.
std::vector<Unit> unitsOf(const app::AppState& state, UnitKind kind, const std::string& window) {
    std::vector<Unit> out;
    const bool zh = state.zh();
    switch (kind) {
    case UnitKind::Employer:
        for (const auto& [id, e] : state.work.state.employers)
            if (windowEvaluates(state.work.state, state.work.regions, window, kind, id)) out.push_back({id, e.name});
        break;
    case UnitKind::Department:
        for (const auto& d : allDepartments(state.work.state, state.workContext()))
            out.push_back({d.id, zh || d.nameEn.empty() ? d.nameZh : d.nameEn});
        break;
    case UnitKind::Agency:
        for (const auto& a : allAgencies(state.work.state, state.workContext()))
            out.push_back({a.id, zh || a.nameEn.empty() ? a.nameZh : a.nameEn});
        break;
    case UnitKind::Window:
        for (const Region* r : state.work.regions.children(window)) out.push_back({r->code, regionName(state, r->code)});
        break;
    }
    return out;
}

std::string unitName(const app::AppState& state, UnitKind kind, const std::string& id) {
    switch (kind) {
    case UnitKind::Employer: {
        auto e = state.work.state.employers.find(id);
        return e == state.work.state.employers.end() ? id : e->second.name;
    }
    case UnitKind::Department: return departmentName(state, id);
    case UnitKind::Agency: return agencyName(state, id);
    case UnitKind::Window: return regionName(state, id);
    }
    return id;
}

void unitChoice(app::AppState& state, Ui& ui, EvaluationForm& f, const std::string& window) {
    const float width = measureWidth(Measure::Form);
    textColored(ui, colour(Tone::Muted), state.tr("ui.grading.eval_unit_kind"));
    startChoices();
    for (const auto& k : kUnitKindNames) {
        if (choice(ui, std::string(state.tr("workflow.unit_kind." + std::string(k.second))) + "##unit-kind-" + std::string(k.second),
                   f.kind == k.first) &&
            f.kind != k.first) {
            f.kind = k.first;
            f.unit.clear();
            f.specialist.clear();
        }
    }
    const auto units = unitsOf(state, f.kind, window);
    if (units.size() > kUnitChoices)
        searchField(ui, "##unit-filter", state.tr("ui.grading.eval_unit_filter_hint"), f.unitFilter, width);
    std::vector<const Unit*> shown;
    size_t matching = 0;
    for (const Unit& u : units) {
        if (units.size() > kUnitChoices && !rowMatches(f.unitFilter, {u.id, u.name})) continue;
        ++matching;
        if (shown.size() < kUnitChoices) shown.push_back(&u);
    }
    // A unit chosen under another kind or another signed-in window is not offered here.
    if (std::none_of(units.begin(), units.end(), [&](const Unit& u) { return u.id == f.unit; })) {
        f.unit.clear();
        f.specialist.clear();
    }
    if (f.unit.empty() && units.size() == 1) f.unit = units.front().id;
    startChoices();
    for (const Unit* u : shown) {
        if (choice(ui, u->name + "##unit-" + u->id, f.unit == u->id) && f.unit != u->id) {
            f.unit = u->id;
            f.specialist.clear();
        }
    }
    if (units.empty()) textColored(ui, colour(Tone::Muted), state.tr("ui.grading.eval_no_units"));
    if (matching > shown.size())
        textColored(ui, colour(Tone::Muted),
                    format(state.tr("ui.grading.eval_more_units"), "count", std::to_string(matching - shown.size())));
}

void specialistChoice(app::AppState& state, Ui& ui, EvaluationForm& f) {
    if (f.unit.empty()) return;
    textColored(ui, colour(Tone::Muted), state.tr("ui.grading.eval_specialist"));
    startChoices();
    if (choice(ui, labelled(state, "ui.grading.eval_no_specialist", "specialist-none"), f.specialist.empty()))
        f.specialist.clear();
    const Role role = staffRoleOf(f.kind);
    for (const auto& [id, s] : state.work.state.staff)
        if (s.org == f.unit && s.role == role && choice(ui, s.name + "##specialist-" + id, f.specialist == id))
            f.specialist = id;
}

void evaluationForm(app::AppState& state, Ui& ui, EvaluationForm& f, const std::string& window) {
    heading(ui, state.tr("ui.grading.eval_form_title"));
    unitChoice(state, ui, f, window);
    specialistChoice(state, ui, f);
    textColored(ui, colour(Tone::Muted), state.tr("ui.grading.eval_method"));
    startChoices();
    for (const auto& m : kEvaluationMethodNames)
        if (choice(ui, std::string(state.tr("workflow.evaluation_method." + std::string(m.second))) + "##method-" + std::string(m.second),
                   f.method == m.first))
            f.method = m.first;
    searchField(ui, "##findings", state.tr("ui.grading.eval_findings_hint"), f.findings,
                measureWidth(Measure::Form));
    textColored(ui, colour(Tone::Muted), state.tr("ui.grading.eval_rating"));
    startChoices();
    if (choice(ui, labelled(state, "ui.grading.eval_rating_none", "rating-0"), f.rating == 0)) f.rating = 0;
    for (int s = 1; s <= 5; ++s)
        if (choice(ui, std::to_string(s) + "★##rating-" + std::to_string(s), f.rating == s)) f.rating = s;
    startChoices();
    toggle(ui, labelled(state, "ui.grading.eval_breach", "breach"), f.breach);
    toggle(ui, labelled(state, "ui.grading.eval_correction", "correction"), f.correction);
    if (f.breach) textColored(ui, colour(Tone::Muted), state.tr("ui.grading.eval_breach_notice"));
    if (button(ui, labelled(state, "workflow.command.RecordWindowEvaluation", "record-evaluation"))) {
        if (f.unit.empty()) {
            f.hint = "ui.grading.eval_need_unit";
        } else if (f.findings.empty()) {
            f.hint = "ui.grading.eval_need_findings";
        } else if (f.breach && f.specialist.empty()) {
            f.hint = "ui.grading.eval_breach_needs_specialist";
        } else {
            f.hint.clear();
            const std::string id = state.work.newId("EV", state.work.state.evaluations.size());
            ui.request(app::RunCommand{RecordWindowEvaluation{id, f.method, f.kind, f.unit, f.specialist, f.findings,
                                                              f.rating, f.breach, f.correction},
                                       [&f] {
                                           f.findings.clear();
                                           f.rating = 0;
                                           f.breach = f.correction = false;
                                       }});
        }
    }
    if (!f.hint.empty()) fieldError(ui, state.tr(f.hint), 0);
}

void evaluationList(app::AppState& state, Ui& ui, const std::string& window) {
    heading(ui, state.tr("ui.grading.eval_list_title"));
    std::vector<const WindowEvaluation*> rows;
    for (const auto& [id, e] : state.work.state.evaluations)
        if (e.window == window) rows.push_back(&e);
    std::sort(rows.begin(), rows.end(), [](const WindowEvaluation* a, const WindowEvaluation* b) {
        return a->on != b->on ? a->on > b->on : a->id > b->id;
    });
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.grading.eval_list_none"));
        return;
    }
    clippedList(static_cast<int>(rows.size()), blockHeight(6, 0), [&](int i) {
        const WindowEvaluation& e = *rows[static_cast<size_t>(i)];
        ImGui::Separator();
        std::string head = e.on.iso() + " · " + state.tr("workflow.evaluation_method." + std::string(enumId(e.method))) +
                           " · " + state.tr("workflow.unit_kind." + std::string(enumId(e.unitKind))) + "：" +
                           unitName(state, e.unitKind, e.unit);
        if (!e.specialist.empty()) head += " · " + staffName(state, e.specialist);
        cappedText(ui, head, 2);
        cappedText(ui, format(state.tr("ui.grading.findings"), "text", e.findings), 2);
        evaluationStatus(state, ui, e, true);
    });
}

// Excellent grades of the area's specialists without a commendation yet.
void commendSection(app::AppState& state, Ui& ui, EvaluationForm& f, const std::string& window) {
    heading(ui, state.tr("ui.grading.commend_title"));
    const auto& s = state.work.state;
    std::vector<const SpecialistGrade*> rows;
    for (const auto& [id, g] : s.grades) {
        if (g.grade != Grade::Excellent || s.commendations.count(id)) continue;
        if (windowCommends(s, state.work.regions, window, g.specialist)) rows.push_back(&g);
    }
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.grading.commend_none"));
        return;
    }
    const float width = measureWidth(Measure::Form);
    clippedList(static_cast<int>(rows.size()), blockHeight(2, 1), [&](int i) {
        const SpecialistGrade& g = *rows[static_cast<size_t>(i)];
        ImGui::Separator();
        cappedText(ui, std::to_string(g.year) + " · " + staffName(state, g.specialist) + " · " + unitName(state, UnitKind::Employer, g.unit) + " · " + state.tr("workflow.grade.excellent"), 2);
        std::string& note = f.notes[g.id];
        searchField(ui, ("##commend-" + g.id).c_str(),
                    format(state.tr("ui.grading.commend_hint"), "name", staffName(state, g.specialist)), note,
                    state.narrow ? width * 0.6f : width * 0.7f);
        ImGui::SameLine();
        if (button(ui, labelled(state, "workflow.command.CommendSpecialist", "commend-" + g.id))) {
            ui.request(app::RunCommand{CommendSpecialist{g.specialist, g.year, note}, [&note] { note.clear(); }});
        }
    });
}

} // namespace

void windowEvaluationScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = windowScreenHead(state, ui, "ui.grading.eval_title");
    if (!actor) return;
    EvaluationForm& f = screenForm<EvaluationForm>(state, "window_evaluation");
    evaluationForm(state, ui, f, actor->scope);
    ImGui::Dummy(ImVec2(0, space::kItem));
    evaluationList(state, ui, actor->scope);
    ImGui::Dummy(ImVec2(0, space::kItem));
    commendSection(state, ui, f, actor->scope);
}

} // namespace huicai::ui
