// The window's training of specialists (#/window/training, S6.1.1 (2), S8.3 (1)): a
// form to record a training given (title, the day it took place, the specialists of
// the area who attended, chosen from the core's list and narrowed by a filter),
// checked before it is sent; and the trainings this window recorded, newest first.
// The trained specialists read it on their own screen, and their units see it among
// the day-to-day records when grading them.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/unit_offers.h"
#include "ui/theme.h"
#include "ui/widgets/capped_text.h"
#include "ui/widgets/choice_row.h"
#include "ui/widgets/clipped_list.h"
#include "ui/widgets/screen_form.h"
#include "ui/widgets/service_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/training_view.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

struct TrainingForm {
    std::string title, date, filter;
    std::vector<std::string> chosen;
    std::string hint; // i18n key of the form's own check, or empty
    CoreAnswer<std::vector<std::string>> trainable;
};

void trainingForm(app::AppState& state, Ui& ui, TrainingForm& f, const Actor& actor) {
    heading(ui, state.tr("ui.training.form_title"));
    const float width = measureWidth(Measure::Form);
    searchField(ui, "##training-title", state.tr("ui.training.title_hint"), f.title, width);
    searchField(ui, "##training-date", state.tr("ui.training.date_hint"), f.date, measureWidth(Measure::Field));
    textColored(ui, colour(Tone::Muted), format(state.tr("ui.training.chosen"), "count", std::to_string(f.chosen.size())));
    searchField(ui, "##training-filter", state.tr("ui.training.filter_hint"), f.filter, width);
    const auto& all = f.trainable.get(state, [&] { return trainableSpecialists(state.work.state, actor, state.workContext()); });
    std::vector<const std::string*> shown;
    for (const auto& id : all)
        if (rowMatches(f.filter, {staffName(state, id), id})) shown.push_back(&id);
    if (all.empty()) wrappedText(ui, state.tr("ui.training.none_to_choose"), 0, colour(Tone::Muted));
    clippedList(static_cast<int>(shown.size()), blockHeight(0, 1), [&](int i) {
        const std::string& id = *shown[static_cast<size_t>(i)];
        const bool on = std::find(f.chosen.begin(), f.chosen.end(), id) != f.chosen.end();
        if (choiceButton(ui, staffName(state, id) + "##trainee-" + id, on)) {
            if (on) std::erase(f.chosen, id);
            else f.chosen.push_back(id);
        }
    });
    if (button(ui, labelled(state, "workflow.command.RecordTraining", "record-training"))) {
        const auto date = Date::parse(f.date);
        if (f.title.empty()) {
            f.hint = "ui.training.need_title";
        } else if (!date) {
            f.hint = "ui.training.need_date";
        } else if (f.chosen.empty()) {
            f.hint = "ui.training.need_specialists";
        } else {
            f.hint.clear();
            const std::string id = state.work.newId("TR", state.work.state.trainings.size());
            ui.request(app::RunCommand{RecordTraining{id, f.title, *date, f.chosen}, [&f] {
                                           f.title.clear();
                                           f.date.clear();
                                           f.chosen.clear();
                                       }});
        }
    }
    if (!f.hint.empty()) fieldError(ui, state.tr(f.hint), 0);
}

void trainingList(app::AppState& state, Ui& ui, const std::string& window) {
    heading(ui, state.tr("ui.training.list_title"));
    std::vector<const Training*> rows;
    for (const auto& [id, t] : state.work.state.trainings)
        if (t.window == window) rows.push_back(&t);
    std::sort(rows.begin(), rows.end(), [](const Training* a, const Training* b) {
        return a->date != b->date ? a->date > b->date : a->id > b->id;
    });
    if (rows.empty()) {
        emptyState(ui, state.tr("ui.training.none"));
        return;
    }
    clippedList(static_cast<int>(rows.size()), blockHeight(3, 0), [&](int i) {
        const Training& t = *rows[static_cast<size_t>(i)];
        ImGui::Separator();
        cappedText(ui, t.date.iso() + " · " + t.title, 2);
        std::string names;
        for (const auto& s : t.specialists) names += (names.empty() ? "" : !state.zh() ? ", "
                                                                                       : "、") +
                                                     staffName(state, s);
        cappedText(ui, names, 1, colour(Tone::Muted));
    });
}

} // namespace

void windowTrainingScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = windowScreenHead(state, ui, "ui.training.title");
    if (!actor) return;
    TrainingForm& f = screenForm<TrainingForm>(state, "window_training");
    trainingForm(state, ui, f, *actor);
    ImGui::Dummy(ImVec2(0, space::kItem));
    trainingList(state, ui, actor->scope);
    trainingsAttended(state, ui, actor->id);
}

} // namespace huicai::ui
