// The screens of the app, one file each. A screen draws into the content area of the
// shell from the AppState it is given and appends Requests for anything lasting.
#pragma once
#include "app/app_state.h"
#include "ui/ui.h"

namespace huicai::ui {

void catalogScreen(app::AppState& state, Ui& ui);
void itemScreen(app::AppState& state, Ui& ui);
void settingsScreen(app::AppState& state, Ui& ui);
// The role screens (demo or server mode) and the demo's start page.
void demoScreen(app::AppState& state, Ui& ui);
void talentScreen(app::AppState& state, Ui& ui);
void employerScreen(app::AppState& state, Ui& ui);
void specialistScreen(app::AppState& state, Ui& ui);
void windowScreen(app::AppState& state, Ui& ui);
void cardScreen(app::AppState& state, Ui& ui);
// The window's oversight screens: the quarterly archive and the dashboard.
void archiveScreen(app::AppState& state, Ui& ui);
void dashboardScreen(app::AppState& state, Ui& ui);
// The service screens: the talent's, the employer specialist's, the window's queue,
// the department's and the handling agency's inboxes.
void servicesScreen(app::AppState& state, Ui& ui);
void specialistServicesScreen(app::AppState& state, Ui& ui);
void windowServicesScreen(app::AppState& state, Ui& ui);
// The window's hotline and website intake and its problems and suggestions inbox.
void windowIntakeScreen(app::AppState& state, Ui& ui);
void departmentScreen(app::AppState& state, Ui& ui);
void handlingScreen(app::AppState& state, Ui& ui);
// The handling agency's check of an e-card's QR payload (#/verify).
void verifyScreen(app::AppState& state, Ui& ui);
// Evaluation and grading (S8): the employer admin's yearly grading of the unit's
// specialists, and the window's evaluations of the units of its area.
void unitGradingScreen(app::AppState& state, Ui& ui);
void windowEvaluationScreen(app::AppState& state, Ui& ui);
void windowComplaintsScreen(app::AppState& state, Ui& ui);
void windowLiaisonScreen(app::AppState& state, Ui& ui);
void windowGreenChannelScreen(app::AppState& state, Ui& ui);
void windowTrainingScreen(app::AppState& state, Ui& ui);
// The cards issued in the window's area, revoked with a reason (#/window/cards).
void windowCardsScreen(app::AppState& state, Ui& ui);
void employerCredentialsScreen(app::AppState& state, Ui& ui);
// The administrator's console: accounts (also the employer administrator's own
// specialists), units, holiday years and the audit trail; and the signed-in user's
// own password, set at the first sign-in of an account given a one-time password.
void adminAccountsScreen(app::AppState& state, Ui& ui);
void adminUnitsScreen(app::AppState& state, Ui& ui);
void adminDepartmentsScreen(app::AppState& state, Ui& ui);
void adminHolidaysScreen(app::AppState& state, Ui& ui);
void adminAuditScreen(app::AppState& state, Ui& ui);
// This system's own policy: the settings the standard does not give (#/admin/policy).
void adminPolicyScreen(app::AppState& state, Ui& ui);
void passwordScreen(app::AppState& state, Ui& ui);
// The server mode's screens.
void loginScreen(app::AppState& state, Ui& ui);
// A talent's own account (#/register), linked from the sign-in screen.
void registerScreen(app::AppState& state, Ui& ui);
void outboxScreen(app::AppState& state, Ui& ui);
// The sync's state in one line (outbox screen and role bar).
void syncProgressLine(app::AppState& state, Ui& ui);

} // namespace huicai::ui
