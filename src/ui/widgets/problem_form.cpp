// Implements the problems and suggestions of problem_form.h.
#include "ui/widgets/problem_form.h"

#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

namespace huicai::ui {

namespace {

struct ProblemForm {
    bool suggestion = false;
    std::string talent; // the talent it is about, or empty
    std::string text;
};

const char* kindKey(ProblemKind k) { return k == ProblemKind::Suggestion ? "ui.service.suggestion" : "ui.service.problem"; }

} // namespace

void problemsAndSuggestions(app::AppState& state, Ui& ui, const Actor& actor, const std::vector<std::string>& talents) {
    heading(ui, state.tr("ui.service.problems_title"));
    for (const auto& [id, p] : state.work.state.problems) {
        if (p.raisedBy != actor.id) continue;
        std::string line = "· " + p.raisedOn.iso() + " " + state.tr(kindKey(p.kind));
        if (!p.talent.empty() && actor.role != Role::Talent) line += " · " + talentName(state, p.talent);
        wrappedText(ui, line + "：" + p.text + " — " + format(state.tr("ui.timeline.window"), "region", regionName(state, p.window)));
    }
    ProblemForm& f = screenForm<ProblemForm>(state, "problems_and_suggestions");
    if (choiceButton(ui, labelled(state, "ui.service.problem", "problem-kind-problem"), !f.suggestion)) f.suggestion = false;
    ImGui::SameLine(0, 4);
    if (choiceButton(ui, labelled(state, "ui.service.suggestion", "problem-kind-suggestion"), f.suggestion)) f.suggestion = true;
    if (!talents.empty()) {
        textColored(ui, colour(Tone::Muted), state.tr("ui.service.problem_about"));
        startChoices();
        if (choice(ui, std::string(state.tr("ui.service.problem_about_none")) + "##problem-about-none", f.talent.empty())) f.talent.clear();
        for (const auto& t : talents)
            if (choice(ui, talentName(state, t) + "##problem-about-" + t, f.talent == t)) f.talent = t;
    }
    searchField(ui, "##problem-text", state.tr("ui.service.problem_hint"), f.text, measureWidth(Measure::Form));
    ImGui::BeginDisabled(f.text.empty());
    if (button(ui, labelled(state, "ui.service.send_problem", "send-problem"))) {
        const std::string id = state.work.newId("P", state.work.state.problems.size());
        ui.request(app::RunCommand{RaiseProblem{id, f.suggestion ? ProblemKind::Suggestion : ProblemKind::Problem, f.talent, f.text},
                                   [&f] {
                                       f.text.clear();
                                       f.talent.clear();
                                   }});
    }
    ImGui::EndDisabled();
}

} // namespace huicai::ui
