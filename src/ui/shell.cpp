// Implements the shell: one window filling the canvas, split into bars and content.
// On touch screens a drag in the content area scrolls it (Dear ImGui itself scrolls
// only with the wheel), and a drag that started on a row cancels that row's click.
#include "ui/shell.h"

#include "ui/screens/screens.h"
#include "ui/style/components.h"
#include "ui/theme.h"
#include "ui/widgets/bars.h"
#include "ui/widgets/text.h"
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

using ScreenFunction = void (*)(app::AppState&, Ui&);

// The function that draws `screen`, called through the pointer: each screen stays a
// function of its own. Called directly from one place, the link would fold every screen
// into drawShell, and a browser compiles a function whole the first time it runs: the
// first frame would compile all of them (~130 KB of code) to draw one.
ScreenFunction screenFunction(app::Screen screen) {
    switch (screen) {
    case app::Screen::Catalog: return catalogScreen;
    case app::Screen::Item: return itemScreen;
    case app::Screen::Settings: return settingsScreen;
    case app::Screen::Demo: return demoScreen;
    case app::Screen::Talent: return talentScreen;
    case app::Screen::Employer: return employerScreen;
    case app::Screen::Specialist: return specialistScreen;
    case app::Screen::Window: return windowScreen;
    case app::Screen::Card: return cardScreen;
    case app::Screen::Archive: return archiveScreen;
    case app::Screen::Dashboard: return dashboardScreen;
    case app::Screen::Login: return loginScreen;
    case app::Screen::Register: return registerScreen;
    case app::Screen::Outbox: return outboxScreen;
    case app::Screen::Services: return servicesScreen;
    case app::Screen::SpecialistServices: return specialistServicesScreen;
    case app::Screen::WindowServices: return windowServicesScreen;
    case app::Screen::WindowIntake: return windowIntakeScreen;
    case app::Screen::Department: return departmentScreen;
    case app::Screen::Handling: return handlingScreen;
    case app::Screen::Verify: return verifyScreen;
    case app::Screen::UnitGrading: return unitGradingScreen;
    case app::Screen::WindowEvaluations: return windowEvaluationScreen;
    case app::Screen::WindowComplaints: return windowComplaintsScreen;
    case app::Screen::WindowLiaison: return windowLiaisonScreen;
    case app::Screen::WindowGreenChannel: return windowGreenChannelScreen;
    case app::Screen::WindowTraining: return windowTrainingScreen;
    case app::Screen::WindowCards: return windowCardsScreen;
    case app::Screen::AdminPolicy: return adminPolicyScreen;
    case app::Screen::EmployerCredentials: return employerCredentialsScreen;
    case app::Screen::Admin: return adminAccountsScreen;
    case app::Screen::AdminUnits: return adminUnitsScreen;
    case app::Screen::AdminDepartments: return adminDepartmentsScreen;
    case app::Screen::AdminHolidays: return adminHolidaysScreen;
    case app::Screen::AdminAudit: return adminAuditScreen;
    case app::Screen::Password: return passwordScreen;
    }
    return catalogScreen;
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
    screenFunction(state.route.screen)(state, ui);
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
