// The console's units (#/admin/units): employers, one by hand (RegisterEmployer, as
// a command that syncs like any other) or many from a CSV file (UTF-8, with or
// without a BOM) checked row by row in the browser before it is sent, every reject
// listed with its line, and imported by the server all or nothing; the employers
// there are; and the units that are given rather than made here: the windows are the
// province's regions, the provincial departments and agencies the catalogue's (those
// of cities and counties are registered on #/admin/departments).
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/account_policy.h"
#include "ui/theme.h"
#include "ui/widgets/console_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

std::vector<app::UnitChoice> regionChoices(const app::AppState& state, std::string_view filter) {
    Actor admin{"", Role::SystemAdmin, ""};
    return app::unitChoices(admin, Role::WindowSpecialist, state.work.state, state.workContext(), filter);
}

void employerForm(app::AppState& state, Ui& ui, float width) {
    auto& f = state.console.employer;
    heading(ui, state.tr("ui.console.new_employer"));
    const auto problems = app::checkEmployerForm(f, state.workContext());
    fieldLabel(state, ui, "ui.console.employer_name");
    searchField(ui, "##employer-name", state.tr("ui.console.employer_name_hint"), f.name, width);
    fieldProblem(state, ui, problems, "name", "ui.console.employer_name", width, f.tried);
    fieldLabel(state, ui, "ui.console.region");
    unitPicker(state, ui, "employer-region", f.region, f.regionFilter, regionChoices(state, f.regionFilter), width);
    fieldProblem(state, ui, problems, "region", "ui.console.region", width, f.tried);
    if (button(ui, labelled(state, "ui.console.add_employer", "employer-add"))) {
        f.tried = true;
        if (problems.empty()) {
            RegisterEmployer p;
            p.id = state.work.newId("E", state.work.state.employers.size());
            p.name = f.name;
            p.region = f.region;
            ui.request(app::RunCommand{p});
            f = app::EmployerForm{};
        }
    }
}

void importForm(app::AppState& state, Ui& ui, float width) {
    auto& c = state.console;
    heading(ui, state.tr("ui.console.import"));
    wrappedText(ui, state.tr("ui.console.import_intro"), width, colour(Tone::Muted));
    if (button(ui, labelled(state, "ui.console.import_pick", "import-pick"))) ui.request(app::PickEmployerCsv{});
    if (!c.csvName.empty()) text(ui, format(state.tr("ui.console.import_file"), "name", c.csvName));
    if (multilineField(ui, "##import-text", state.tr("ui.console.import_hint"), c.csvText, width, 140)) {
        c.csvChecked = false;
        c.imported.reset();
    }
    ImGui::BeginDisabled(c.importCall.busy || c.csvText.empty());
    if (button(ui, labelled(state, "ui.console.import_check", "import-check"))) {
        c.csvCheck = checkEmployerCsv(c.csvText, state.work.state, state.workContext());
        c.csvChecked = true;
        c.imported.reset();
    }
    ImGui::SameLine();
    if (button(ui, labelled(state, "ui.console.import_send", "import-send"))) ui.request(app::ImportEmployers{});
    ImGui::EndDisabled();
    auto rejectLine = [&](int row, const Error& e) {
        const std::string message = state.errorText(e.key, e.detail);
        wrappedText(ui, format(format(state.tr("ui.console.import_reject"), "row", std::to_string(row)), "message", message),
                    width, colour(Tone::Warning));
    };
    if (c.imported && !c.imported->rejects.empty()) {
        wrappedText(ui, countText(state.i18n, "ui.console.import_refused", "count", c.imported->rejects.size()),
                    width, colour(Tone::Warning));
        for (const auto& r : c.imported->rejects) rejectLine(r.row, r.error);
    } else if (c.imported) {
        wrappedText(ui, countText(state.i18n, "ui.console.import_done", "count", c.imported->imported), width,
                    colour(Tone::Primary));
    } else if (c.csvChecked) {
        if (c.csvCheck.rejects.empty())
            wrappedText(ui, countText(state.i18n, "ui.console.import_ready", "count", c.csvCheck.rows.size()), width,
                        colour(Tone::Primary));
        else
            wrappedText(ui,
                        format(format(state.tr("ui.console.import_rejects"), "count", std::to_string(c.csvCheck.rejects.size())),
                               "rows", std::to_string(c.csvCheck.rows.size())),
                        width, colour(Tone::Warning));
        for (const auto& r : c.csvCheck.rejects) rejectLine(r.row, r.error);
    }
    if (!c.imported) callOutcome(state, ui, c.importCall, width);
}

void employerList(app::AppState& state, Ui& ui, float width) {
    const auto& employers = state.work.state.employers;
    heading(ui, format(state.tr("ui.console.employers"), "count", std::to_string(employers.size())));
    for (const auto& [id, e] : employers)
        wrappedText(ui, e.name + " · " + regionName(state, e.region) + " · " + id, width);
}

void givenUnits(app::AppState& state, Ui& ui, float width) {
    heading(ui, state.tr("ui.console.given_units"));
    wrappedText(ui,
                format(format(format(state.tr("ui.console.given_units_text"), "regions",
                                     std::to_string(state.work.regions.all().size())),
                              "departments", std::to_string(state.catalog.departments().size())),
                       "agencies", std::to_string(state.catalog.agencies().size())),
                width, colour(Tone::Muted));
}

} // namespace

void adminUnitsScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = state.work.actor();
    if (!consoleGate(state, ui, actor && importsEmployers(*actor))) return;
    heading(ui, state.tr("ui.console.units"));
    consoleTabs(state, ui);
    const float width = measureWidth(Measure::Form);
    employerForm(state, ui, width);
    ImGui::Dummy(ImVec2(0, space::kItem));
    if (state.work.server()) importForm(state, ui, width);
    else wrappedText(ui, state.tr("ui.console.server_only"), width, colour(Tone::Muted));
    ImGui::Dummy(ImVec2(0, space::kItem));
    employerList(state, ui, width);
    ImGui::Dummy(ImVec2(0, space::kItem));
    givenUnits(state, ui, width);
}

} // namespace huicai::ui
