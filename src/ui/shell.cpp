// Implements the shell: one window filling the canvas, split into bars and content.
// On touch screens a drag in the content area scrolls it (Dear ImGui itself scrolls
// only with the wheel), and a drag that started on a row cancels that row's click.
#include "ui/shell.h"

#include "ui/screens/screens.h"
#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/bars.h"
#include "ui/widgets/work_view.h"

#include <imgui_internal.h>

#include <cmath>

namespace huicai::ui {

namespace {

void touchScroll() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.MouseSource != ImGuiMouseSource_TouchScreen || !ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
    if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return;
    const ImVec2 drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, io.MouseDragThreshold);
    if (drag.x == 0 && drag.y == 0) return;
    ImGuiContext& g = *GImGui;
    if (g.ActiveId != 0 && g.ActiveId != ImGui::GetWindowScrollbarID(g.CurrentWindow, ImGuiAxis_Y)) {
        if (g.InputTextState.ID == g.ActiveId) return; // selecting text in a field
        ImGui::ClearActiveID();                        // a drag is a scroll, not a tap
    }
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

} // namespace

// The last command's outcome for the foot of the page: a refusal that is not shown
// next to the control that sent it, or what was done.
std::pair<std::string, Tone> outcome(const app::AppState& state) {
    const app::Workspace& d = state.work;
    if (!d.error.empty()) return {d.errorAt ? std::string() : refusalText(state), Tone::Danger};
    if (!d.done.empty()) return {format(state.tr("ui.demo.done"), "command", state.tr("workflow.command." + d.done)), Tone::Success};
    return {};
}

void drawShell(app::AppState& state, Ui& ui) {
    state.refreshCatalog();
    ui.refusal = {state.work.error.empty() ? 0u : state.work.errorAt, refusalText(state)};
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    state.narrow = vp->Size.x < theme::kNarrowWidth;
    ImGui::GetStyle().FramePadding = theme::framePadding(state.narrow);
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##huicai", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();

    topBar(state, ui);
    const float statusHeight = statusBarHeight(state);
    const auto [outcomeText, outcomeTone] = outcome(state);
    const std::string dismiss = state.tr("ui.notice.dismiss");
    const float contentHeight = ImGui::GetContentRegionAvail().y - statusHeight - toastHeight(ui, outcomeText, dismiss);
    const float pad = state.narrow ? 10.0f : 20.0f;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, 12));
    // Flattened: the keyboard's Tab goes on from the top bar into the page and back.
    ImGui::BeginChild("##content", ImVec2(0, contentHeight), ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NavFlattened);
    if (state.scrollToTop) {
        ImGui::SetScrollY(0);
        state.scrollToTop = false;
    }
    switch (state.route.screen) {
    case app::Screen::Catalog: catalogScreen(state, ui); break;
    case app::Screen::Item: itemScreen(state, ui); break;
    case app::Screen::Settings: settingsScreen(state, ui); break;
    case app::Screen::Demo: demoScreen(state, ui); break;
    case app::Screen::Talent: talentScreen(state, ui); break;
    case app::Screen::Employer: employerScreen(state, ui); break;
    case app::Screen::Specialist: specialistScreen(state, ui); break;
    case app::Screen::Window: windowScreen(state, ui); break;
    case app::Screen::Card: cardScreen(state, ui); break;
    case app::Screen::Archive: archiveScreen(state, ui); break;
    case app::Screen::Dashboard: dashboardScreen(state, ui); break;
    case app::Screen::Login: loginScreen(state, ui); break;
    case app::Screen::Register: registerScreen(state, ui); break;
    case app::Screen::Outbox: outboxScreen(state, ui); break;
    case app::Screen::Services: servicesScreen(state, ui); break;
    case app::Screen::SpecialistServices: specialistServicesScreen(state, ui); break;
    case app::Screen::WindowServices: windowServicesScreen(state, ui); break;
    case app::Screen::WindowIntake: windowIntakeScreen(state, ui); break;
    case app::Screen::Department: departmentScreen(state, ui); break;
    case app::Screen::Handling: handlingScreen(state, ui); break;
    case app::Screen::Verify: verifyScreen(state, ui); break;
    case app::Screen::UnitGrading: unitGradingScreen(state, ui); break;
    case app::Screen::WindowEvaluations: windowEvaluationScreen(state, ui); break;
    case app::Screen::WindowComplaints: windowComplaintsScreen(state, ui); break;
    case app::Screen::WindowLiaison: windowLiaisonScreen(state, ui); break;
    case app::Screen::WindowGreenChannel: windowGreenChannelScreen(state, ui); break;
    case app::Screen::WindowTraining: windowTrainingScreen(state, ui); break;
    case app::Screen::WindowCards: windowCardsScreen(state, ui); break;
    case app::Screen::AdminPolicy: adminPolicyScreen(state, ui); break;
    case app::Screen::EmployerCredentials: employerCredentialsScreen(state, ui); break;
    case app::Screen::Admin: adminAccountsScreen(state, ui); break;
    case app::Screen::AdminUnits: adminUnitsScreen(state, ui); break;
    case app::Screen::AdminDepartments: adminDepartmentsScreen(state, ui); break;
    case app::Screen::AdminHolidays: adminHolidaysScreen(state, ui); break;
    case app::Screen::AdminAudit: adminAuditScreen(state, ui); break;
    case app::Screen::Password: passwordScreen(state, ui); break;
    }
    touchScroll();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    if (toast(ui, outcomeText, outcomeTone, dismiss)) {
        state.work.done.clear();
        state.work.error.clear();
    }
    statusBar(state, ui);
    ImGui::End();
    // A refusal whose control was not drawn (its record left the screen) goes to the
    // top of the screen from the next frame on.
    if (ui.refusal.at && !ui.refusal.shown) state.work.errorAt = 0;
}

} // namespace huicai::ui
