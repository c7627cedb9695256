// The console's departments and agencies (#/admin/departments). The province's
// competent departments and handling agencies are the service catalogue's; here the
// administrator registers a city's or county's department as the counterpart of a
// provincial one (RegisterDepartment) and handling agencies under a department of any
// level (RegisterAgency), both commands that sync like any other. A request then goes
// to the department of its region's level, or the nearest above (core/org_units.h).
// Their staff accounts are made on #/admin like any unit's.
#include "ui/screens/screens.h"

#include "ui/style/components.h"

#include "core/account_policy.h"
#include "core/org_units.h"
#include "ui/theme.h"
#include "ui/widgets/console_view.h"
#include "ui/widgets/text.h"
#include "ui/widgets/work_view.h"

#include <algorithm>

namespace huicai::ui {

namespace {

std::string localName(const app::AppState& state, const std::string& zh, const std::string& en) {
    return !state.zh() && !en.empty() ? en : zh;
}

void nameFields(app::AppState& state, Ui& ui, const char* id, std::string& zh, std::string& en, const char* zhHint,
                const std::vector<sync::FieldProblem>& problems, bool tried, float width) {
    fieldLabel(state, ui, "ui.departments.name_zh");
    searchField(ui, (std::string("##") + id + "-name-zh").c_str(), state.tr(zhHint), zh, width);
    fieldProblem(state, ui, problems, "name_zh", "ui.departments.name_zh", width, tried);
    fieldLabel(state, ui, "ui.departments.name_en");
    searchField(ui, (std::string("##") + id + "-name-en").c_str(), state.tr("ui.departments.name_en_hint"), en, width);
    fieldProblem(state, ui, problems, "name_en", "ui.departments.name_en", width, tried);
}

void departmentForm(app::AppState& state, Ui& ui, float width) {
    auto& f = state.console.department;
    const Context ctx = state.workContext();
    heading(ui, state.tr("ui.departments.new_department"));
    const auto problems = app::checkDepartmentForm(f, state.work.state, ctx);
    nameFields(state, ui, "department", f.nameZh, f.nameEn, "ui.departments.name_zh_hint", problems, f.tried, width);
    fieldLabel(state, ui, "ui.departments.region");
    // Some 170 cities, counties and zones: none listed until a name or code is typed.
    unitPicker(state, ui, "department-region", f.region, f.regionFilter, app::localRegionChoices(ctx, f.regionFilter), width,
               f.regionFilter.empty() ? 0 : 6);
    fieldProblem(state, ui, problems, "region", "ui.departments.region", width, f.tried);
    fieldLabel(state, ui, "ui.departments.counterpart");
    unitPicker(state, ui, "department-counterpart", f.counterpart, f.counterpartFilter,
               app::provincialDepartmentChoices(ctx, f.counterpartFilter), width, 4);
    fieldProblem(state, ui, problems, "counterpart", "ui.departments.counterpart", width, f.tried);
    if (button(ui, labelled(state, "ui.departments.add_department", "department-add"))) {
        f.tried = true;
        if (problems.empty()) {
            RegisterDepartment p;
            p.id = state.work.newId("DEP", state.work.state.departments.size());
            p.nameZh = f.nameZh;
            p.nameEn = f.nameEn;
            p.region = f.region;
            p.counterpart = f.counterpart;
            ui.request(app::RunCommand{p});
            f = app::DepartmentForm{};
        }
    }
}

void agencyForm(app::AppState& state, Ui& ui, float width) {
    auto& f = state.console.agency;
    const Context ctx = state.workContext();
    heading(ui, state.tr("ui.departments.new_agency"));
    const auto problems = app::checkAgencyForm(f, state.work.state, ctx);
    nameFields(state, ui, "agency", f.nameZh, f.nameEn, "ui.departments.agency_name_hint", problems, f.tried, width);
    fieldLabel(state, ui, "ui.departments.department");
    unitPicker(state, ui, "agency-department", f.department, f.departmentFilter,
               app::departmentChoices(state.work.state, ctx, f.departmentFilter), width, 4);
    fieldProblem(state, ui, problems, "department", "ui.departments.department", width, f.tried);
    if (button(ui, labelled(state, "ui.departments.add_agency", "agency-add"))) {
        f.tried = true;
        if (problems.empty()) {
            RegisterAgency p;
            p.id = state.work.newId("AG", state.work.state.agencies.size());
            p.department = f.department;
            p.nameZh = f.nameZh;
            p.nameEn = f.nameEn;
            ui.request(app::RunCommand{p});
            f = app::AgencyForm{};
        }
    }
}

void registered(app::AppState& state, Ui& ui, float width) {
    const State& s = state.work.state;
    const Context ctx = state.workContext();
    auto departmentName = [&](const std::string& id) {
        auto d = findDepartment(s, ctx, id);
        return d ? localName(state, d->nameZh, d->nameEn) : id;
    };
    heading(ui, format(state.tr("ui.departments.list"), "count", std::to_string(s.departments.size())));
    if (s.departments.empty()) emptyState(ui, state.tr("ui.departments.none"));
    for (const auto& [id, d] : s.departments)
        wrappedText(ui,
                    format(format(format(state.tr("ui.departments.row"), "name", localName(state, d.nameZh, d.nameEn)), "region",
                                  regionName(state, d.region)),
                           "counterpart", departmentName(d.counterpart)),
                    width);
    ImGui::Dummy(ImVec2(0, space::kTight));
    heading(ui, format(state.tr("ui.departments.agencies"), "count", std::to_string(s.agencies.size())));
    if (s.agencies.empty()) emptyState(ui, state.tr("ui.departments.none"));
    for (const auto& [id, a] : s.agencies)
        wrappedText(ui,
                    format(format(state.tr("ui.departments.agency_row"), "name", localName(state, a.nameZh, a.nameEn)),
                           "department", departmentName(a.department)),
                    width);
}

} // namespace

void adminDepartmentsScreen(app::AppState& state, Ui& ui) {
    const Actor* actor = state.work.actor();
    if (!consoleGate(state, ui, actor && registersDepartments(*actor))) return;
    heading(ui, state.tr("ui.departments.title"));
    consoleTabs(state, ui);
    const float width = measureWidth(Measure::Form);
    wrappedText(ui,
                format(format(state.tr("ui.departments.intro"), "departments", std::to_string(state.catalog.departments().size())),
                       "agencies", std::to_string(state.catalog.agencies().size())),
                width, colour(Tone::Muted));
    ImGui::Dummy(ImVec2(0, space::kTight));
    departmentForm(state, ui, width);
    ImGui::Dummy(ImVec2(0, space::kItem));
    agencyForm(state, ui, width);
    ImGui::Dummy(ImVec2(0, space::kItem));
    registered(state, ui, width);
}

} // namespace huicai::ui
