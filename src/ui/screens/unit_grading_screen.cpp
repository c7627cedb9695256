// A unit's yearly assessment of its own specialists (#/grading, S8.2): the employer's
// administrator for its employer specialists; a window's, department's or agency's
// specialist for the other specialists of the same unit. The unit's assessment plan
// for the chosen year, set or edited (S8.2.1); each specialist of the unit with their
// grade for the year or "not graded", and a commendation a window gave them (S8.3); a
// form to grade one specialist in the four grades with evidence lines of media
// reports, netizen comments, talents' opinions or day-to-day records (S8.2.2) — the
// specialist's records of the year (training, evaluations, commendation) listed to be
// cited — checked before it is sent; the grades of other years; and the correction
// notices windows sent the unit after their evaluations (S8.1.2 (2)), each answered
// with what was corrected. Whom the unit may grade is the core's answer
// (core/unit_offers.h). Lists are clipped (clipped_list.h).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/catalog_adjust.h"
#include "core/unit_offers.h"
#include "core/unit_staff.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/clipped_list.h"
#include "ui/widgets/evaluation_view.h"
#include "ui/widgets/offer_button.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>
#include <map>

namespace huicai::ui {

namespace {

struct GradingForm {
    int year = 0;           // 0 until the first frame picks today's year
    std::string planText;   // the plan field
    std::string planLoaded; // the plan key whose text the field holds
    std::string specialist; // the specialist being graded
    Grade grade = Grade::Good;
    std::vector<GradeEvidence> evidence{GradeEvidence{}};
    std::string hint;                               // i18n key of the form's own check, or empty
    std::map<std::string, std::string> corrections; // evaluation id → answer typed
    CoreAnswer<std::vector<std::string>> gradable;  // whom the unit may grade for `gradableYear`
    int gradableYear = 0;
};

std::string yearText(int year) { return std::to_string(year); }

std::string gradeLabel(const app::AppState& state, Grade g) {
    return state.tr("workflow.grade." + std::string(enumId(g)));
}

const SpecialistGrade* gradeOf(const app::AppState& state, const std::string& specialist, int year) {
    return findRow(state.work.state.grades, specialist + ":" + yearText(year));
}

bool breachIn(const app::AppState& state, const std::string& specialist, int year) {
    for (const auto& [id, e] : state.work.state.evaluations)
        if (e.specialist == specialist && e.conductBreach && e.on.year() == year) return true;
    return false;
}

// The unit kind whose specialists the acting role grades; nullopt for roles that
// belong to no unit of specialists.
std::optional<UnitKind> unitKindOf(Role role) {
    switch (role) {
    case Role::EmployerAdmin: return UnitKind::Employer;
    case Role::WindowSpecialist: return UnitKind::Window;
    case Role::DepartmentSpecialist: return UnitKind::Department;
    case Role::HandlingSpecialist: return UnitKind::Agency;
    default: return std::nullopt;
    }
}

void yearChoice(app::AppState& state, Ui& ui, GradingForm& f) {
    const int now = state.work.today.year();
    startChoices();
    for (int y = now; y >= now - 2; --y) {
        if (choice(ui, format(state.tr("ui.grading.year"), "year", yearText(y)) + "##year-" + yearText(y), f.year == y)) {
            f.year = y;
            f.hint.clear();
        }
    }
}

void planSection(app::AppState& state, Ui& ui, GradingForm& f, const std::string& unit) {
    heading(ui, state.tr("ui.grading.plan_title"));
    const std::string key = unit + ":" + yearText(f.year);
    const AssessmentPlan* plan = findRow(state.work.state.plans, key);
    if (f.planLoaded != key) {
        f.planText = plan ? plan->text : std::string();
        f.planLoaded = key;
    }
    if (plan)
        wrappedText(ui, plan->text);
    else
        wrappedText(ui, state.tr("ui.grading.plan_none"), 0, colour(Tone::Warning));
    searchField(ui, "##plan-text", state.tr("ui.grading.plan_hint"), f.planText,
                measureWidth(Measure::Form));
    ImGui::BeginDisabled(f.planText.empty() || (plan && plan->text == f.planText));
    if (button(ui, labelled(state, "ui.grading.plan_save", "plan-save")))
        ui.request(app::RunCommand{SetAssessmentPlan{unit, f.year, f.planText}});
    ImGui::EndDisabled();
}

const std::vector<std::string>& gradable(app::AppState& state, GradingForm& f, const Actor& actor) {
    if (f.gradableYear != f.year) f.gradable = {};
    f.gradableYear = f.year;
    return f.gradable.get(state, [&] { return gradableSpecialists(state.work.state, actor, f.year, state.workContext()); });
}

void specialistsSection(app::AppState& state, Ui& ui, GradingForm& f, const Actor& actor,
                        const std::vector<const Staff*>& specialists) {
    heading(ui, format(state.tr("ui.grading.specialists_title"), "year", yearText(f.year)));
    if (specialists.empty()) {
        wrappedText(ui, state.tr("ui.grading.no_specialists"), 0, colour(Tone::Muted));
        return;
    }
    const auto& may = gradable(state, f, actor);
    if (!state.work.state.plans.count(actor.scope + ":" + yearText(f.year)))
        wrappedText(ui, state.tr("ui.grading.plan_first"), 0, colour(Tone::Warning));
    clippedList(static_cast<int>(specialists.size()), blockHeight(3, 1), [&](int i) {
        const Staff& s = *specialists[static_cast<size_t>(i)];
        ImGui::Separator();
        text(ui, s.name);
        if (const SpecialistGrade* g = gradeOf(state, s.id, f.year)) {
            std::string line = format(format(state.tr("ui.grading.graded"), "grade", gradeLabel(state, g->grade)), "date",
                                      g->gradedOn.iso());
            auto c = state.work.state.commendations.find(s.id + ":" + yearText(f.year));
            if (c != state.work.state.commendations.end())
                line += " · " + format(state.tr("ui.grading.commended"), "note", c->second.note);
            cappedText(ui, line, 2, colour(Tone::Success));
            return;
        }
        textColored(ui, colour(Tone::Muted), state.tr(s.id == actor.id ? "ui.grading.not_self" : "ui.grading.not_graded"));
        if (std::find(may.begin(), may.end(), s.id) == may.end()) return;
        if (choiceButton(ui, labelled(state, "ui.grading.grade_button", "grade-" + s.id), f.specialist == s.id)) {
            f.specialist = f.specialist == s.id ? std::string() : s.id;
            f.hint.clear();
        }
    });
}

// The specialist's day-to-day records of the year (S8.2.1 日常考核), each a line the
// grader may cite as evidence.
std::vector<std::string> dailyRecords(const app::AppState& state, const std::string& specialist, int year) {
    std::vector<std::string> out;
    for (const auto& [id, t] : state.work.state.trainings)
        if (t.date.year() == year && std::find(t.specialists.begin(), t.specialists.end(), specialist) != t.specialists.end())
            out.push_back(format(format(format(state.tr("ui.grading.record_training"), "date", t.date.iso()), "title", t.title),
                                 "window", regionName(state, t.window)));
    for (const auto& [id, e] : state.work.state.evaluations)
        if (e.specialist == specialist && e.on.year() == year)
            out.push_back(format(format(format(state.tr("ui.grading.record_evaluation"), "date", e.on.iso()), "window",
                                        regionName(state, e.window)),
                                 "text", e.findings));
    auto c = state.work.state.commendations.find(specialist + ":" + yearText(year));
    if (c != state.work.state.commendations.end())
        out.push_back(format(format(state.tr("ui.grading.record_commendation"), "window", regionName(state, c->second.window)),
                             "note", c->second.note));
    return out;
}

void recordsToCite(app::AppState& state, Ui& ui, GradingForm& f) {
    const auto records = dailyRecords(state, f.specialist, f.year);
    textColored(ui, colour(Tone::Muted), state.tr("ui.grading.records_title"));
    if (records.empty()) {
        emptyState(ui, state.tr("ui.grading.records_none"));
        return;
    }
    for (size_t i = 0; i < records.size(); ++i) {
        cappedText(ui, records[i], 2);
        const bool cited = std::any_of(f.evidence.begin(), f.evidence.end(), [&](const GradeEvidence& e) { return e.text == records[i]; });
        ImGui::BeginDisabled(cited);
        if (button(ui, labelled(state, "ui.grading.cite", "cite-" + std::to_string(i + 1)))) {
            if (f.evidence.size() == 1 && f.evidence.front().text.empty()) f.evidence.clear();
            f.evidence.push_back(GradeEvidence{EvidenceKind::DailyRecord, records[i]});
        }
        ImGui::EndDisabled();
    }
}

void evidenceLines(app::AppState& state, Ui& ui, GradingForm& f) {
    const float width = measureWidth(Measure::Form);
    for (size_t i = 0; i < f.evidence.size(); ++i) {
        GradeEvidence& e = f.evidence[i];
        const std::string n = std::to_string(i + 1);
        startChoices();
        for (const auto& kind : kEvidenceKindNames) {
            const std::string label = std::string(state.tr("workflow.evidence_kind." + std::string(kind.second))) + "##evidence-kind-" + n +
                                      "-" + std::string(kind.second);
            if (choice(ui, label, e.kind == kind.first)) e.kind = kind.first;
        }
        searchField(ui, ("##evidence-" + n).c_str(), format(state.tr("ui.grading.evidence_hint"), "n", n), e.text, width);
    }
    if (button(ui, labelled(state, "ui.grading.add_evidence", "evidence-add"))) f.evidence.push_back(GradeEvidence{});
    if (f.evidence.size() > 1) {
        ImGui::SameLine();
        if (button(ui, labelled(state, "ui.grading.remove_evidence", "evidence-remove"))) f.evidence.pop_back();
    }
}

void gradeForm(app::AppState& state, Ui& ui, GradingForm& f, const std::string& unit) {
    auto sp = state.work.state.staff.find(f.specialist);
    if (sp == state.work.state.staff.end() || sp->second.org != unit || gradeOf(state, f.specialist, f.year)) return;
    ImGui::Dummy(ImVec2(0, space::kTight));
    heading(ui, format(format(state.tr("ui.grading.form_title"), "name", sp->second.name), "year", yearText(f.year)));
    startChoices();
    for (const auto& g : kGradeNames)
        if (choice(ui, gradeLabel(state, g.first) + "##grade-" + std::string(g.second), f.grade == g.first)) f.grade = g.first;
    // This system's own policy, a setting of the administrator (#/admin/policy).
    const bool barred = policyValue(state.work.state, "conduct_bars_excellent") != 0 && breachIn(state, f.specialist, f.year);
    if (barred && f.grade == Grade::Excellent) textColored(ui, colour(Tone::Warning), state.tr("ui.grading.breach_warning"));
    recordsToCite(state, ui, f);
    evidenceLines(state, ui, f);
    if (button(ui, labelled(state, "ui.grading.submit", "grade-submit"))) {
        std::vector<GradeEvidence> evidence;
        for (const auto& e : f.evidence)
            if (!e.text.empty()) evidence.push_back(e);
        if (evidence.empty()) {
            f.hint = "ui.grading.need_evidence";
        } else if (barred && f.grade == Grade::Excellent) {
            f.hint = "ui.grading.breach_warning";
        } else {
            f.hint.clear();
            ui.request(app::RunCommand{GradeSpecialist{f.specialist, f.year, f.grade, evidence}, [&f] {
                                           f.evidence = {GradeEvidence{}};
                                           f.specialist.clear();
                                       }});
        }
    }
    if (!f.hint.empty()) fieldError(ui, state.tr(f.hint), 0);
}

void historySection(app::AppState& state, Ui& ui, const GradingForm& f, const std::string& unit) {
    heading(ui, state.tr("ui.grading.history_title"));
    std::vector<const SpecialistGrade*> rows;
    for (const auto& [id, g] : state.work.state.grades)
        if (g.unit == unit && g.year != f.year) rows.push_back(&g);
    std::sort(rows.begin(), rows.end(), [](const SpecialistGrade* a, const SpecialistGrade* b) {
        return a->year != b->year ? a->year > b->year : a->specialist < b->specialist;
    });
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.grading.history_none"));
        return;
    }
    clippedList(static_cast<int>(rows.size()), blockHeight(2, 0), [&](int i) {
        const SpecialistGrade& g = *rows[static_cast<size_t>(i)];
        ImGui::Separator();
        cappedText(ui, format(state.tr("ui.grading.year"), "year", yearText(g.year)) + " · " + staffName(state, g.specialist) + " · " + gradeLabel(state, g.grade), 1);
        std::string evidence = format(state.tr("ui.grading.evidence_count"), "count", std::to_string(g.evidence.size()));
        if (!g.evidence.empty()) evidence += " · " + g.evidence.front().text;
        cappedText(ui, evidence, 1, colour(Tone::Muted));
    });
}

void correctionsSection(app::AppState& state, Ui& ui, GradingForm& f, UnitKind kind, const std::string& unit) {
    heading(ui, state.tr("ui.grading.corrections_title"));
    std::vector<const WindowEvaluation*> rows;
    for (const auto& [id, e] : state.work.state.evaluations)
        if (e.unitKind == kind && e.unit == unit && e.notice != NoticeState::None) rows.push_back(&e);
    // Open notices first, then the newest.
    auto toAnswer = [&](const WindowEvaluation* e) {
        return findOffer(state.offersOn(recordKey("evaluation", e->id)), "AcknowledgeCorrection") != nullptr;
    };
    std::sort(rows.begin(), rows.end(), [&](const WindowEvaluation* a, const WindowEvaluation* b) {
        const bool oa = toAnswer(a), ob = toAnswer(b);
        if (oa != ob) return oa;
        return a->on != b->on ? a->on > b->on : a->id > b->id;
    });
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.grading.corrections_none"));
        return;
    }
    const float width = measureWidth(Measure::Form);
    clippedList(static_cast<int>(rows.size()), blockHeight(6, 1), [&](int i) {
        const WindowEvaluation& e = *rows[static_cast<size_t>(i)];
        ImGui::Separator();
        std::string head = e.on.iso() + " · " + regionName(state, e.window) + " · " +
                           state.tr("workflow.evaluation_method." + std::string(enumId(e.method)));
        if (!e.specialist.empty()) head += " · " + staffName(state, e.specialist);
        cappedText(ui, head, 2);
        cappedText(ui, format(state.tr("ui.grading.findings"), "text", e.findings), 2);
        evaluationStatus(state, ui, e, false);
        if (!toAnswer(&e)) return;
        std::string& answer = f.corrections[e.id];
        searchField(ui, ("##correction-" + e.id).c_str(), format(state.tr("ui.grading.correction_hint"), "id", e.id), answer,
                    state.narrow ? width * 0.6f : width * 0.7f);
        ImGui::SameLine();
        ImGui::BeginDisabled(answer.empty());
        if (button(ui, labelled(state, "workflow.command.AcknowledgeCorrection", "ack-" + e.id))) {
            ui.request(app::RunCommand{AcknowledgeCorrection{e.id, answer}, [&answer] { answer.clear(); }});
        }
        ImGui::EndDisabled();
    });
}

} // namespace

void unitGradingScreen(app::AppState& state, Ui& ui) {
    if (!workReady(state, ui)) return;
    heading(ui, state.tr("ui.grading.title"));
    const Actor* acting = state.work.actor();
    const auto kind = acting ? unitKindOf(acting->role) : std::nullopt;
    // A role of no unit (a talent, an employer specialist, the administrator): the
    // hint and the switch to the employer's administrator.
    if (!kind && !roleGate(state, ui, Role::EmployerAdmin, "employer_admin")) return;
    const Actor* actor = state.work.actor();
    if (!actor || !unitKindOf(actor->role)) return;
    const UnitKind unitKind = *unitKindOf(actor->role);
    if (button(ui, labelled(state, "ui.grading.back_home", "to-home")))
        ui.request(app::Navigate{app::Route{app::homeScreenOf(actor), {}}});
    GradingForm& f = screenForm<GradingForm>(state, "unit_grading");
    if (f.year == 0) f.year = state.work.today.year();
    const std::string& unit = actor->scope;
    std::vector<const Staff*> specialists;
    for (const auto& [id, s] : state.work.state.staff)
        if (s.org == unit && s.role == staffRoleOf(unitKind)) specialists.push_back(&s);
    yearChoice(state, ui, f);
    planSection(state, ui, f, unit);
    ImGui::Dummy(ImVec2(0, space::kItem));
    specialistsSection(state, ui, f, *actor, specialists);
    gradeForm(state, ui, f, unit);
    ImGui::Dummy(ImVec2(0, space::kItem));
    correctionsSection(state, ui, f, unitKind, unit);
    ImGui::Dummy(ImVec2(0, space::kItem));
    historySection(state, ui, f, unit);
}

} // namespace huicai::ui
