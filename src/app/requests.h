// Requests: what a screen asks the app to do. Screens append them while drawing; App
// applies them after the frame, so no screen writes to the database or the browser.
#pragma once
#include "app/route.h"
#include "core/command.h"

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

namespace huicai::app {

struct Navigate {
    Route route;
};
struct SetLanguage {
    std::string lang;
};
// The high-contrast colour set on or off (a setting kept with the language).
struct SetHighContrast {
    bool on = false;
};
// The text size in per cent, one of kTextSizes (a setting kept with the language).
struct SetTextSize {
    int percent = 100;
};
struct ToggleFavourite {
    std::string code;
};
struct ClearLocalData {};
// The role screens: run a command as the acting user (demo or server mode); in the
// demo, act as another seed actor (and open that role's screen unless `stay`) or
// start the demo over from the seed.
struct RunCommand {
    Payload payload;
    // Called once the command applied, not when it was refused: clears the form it
    // came from, so that a refused command leaves what was typed. It may hold
    // references into the workspace's forms, which live until the request is applied
    // at the end of the frame.
    std::function<void()> onApplied;
    // The control that sent it (its ImGui id; Ui::request fills it in): a refusal is
    // shown next to that control rather than at the top of the screen.
    unsigned origin = 0;
};
struct SetDemoRole {
    std::string alias;
    bool stay = false;
};
struct ResetDemo {};
// The server mode: sign in and out, sync now, and the outbox entries' actions.
struct SignIn {
    std::string login, password;
};
// Puts the page's focus in the sign-in form's field `key` (its key in the mirror): the
// field drawn on the canvas was pressed.
struct FocusCredential {
    std::string key;
};
// #/register: look employers up by part of their name; send AppState::registerForm.
struct FindEmployers {
    std::string query;
};
struct Register {};
struct SignOut {};
struct SyncNow {};
struct RetryOutbox {
    std::int64_t seq = 0;
};
struct DiscardOutbox {
    std::int64_t seq = 0;
};
struct ExportOutbox {};
// The dashboard opened: fetch the map's mesh unless it is there or on its way.
struct LoadMap {};
// The archive screen: the acting window's archive of a quarter as CSV or printable page.
struct ExportArchive {
    int year = 0, quarter = 0;
    bool printable = false;
};

// Attachments of a form field (attachments.h): open the file picker, drop or retry a
// file, and download an attachment a record references.
struct PickAttachment {
    std::string field;
};
struct RemoveAttachment {
    std::string field, sha256;
};
struct RetryAttachment {
    std::string field, sha256;
};
struct DownloadAttachment {
    std::string sha256;
};

// The administrator's console (app_console.cpp): the server's account list, a new
// account from ConsoleState::newAccount, a password reset, a disable or enable; the
// CSV file picker and the import of ConsoleState::csvText; the audit trail's page of
// ConsoleState::auditQuery, or all of it as a CSV download; and the signed-in user's
// own new password from ConsoleState::password.
struct LoadAccounts {};
struct CreateAccount {};
struct ResetAccount {
    std::string id;
};
struct DisableAccount {
    std::string id;
    bool disabled = true;
};
struct PickEmployerCsv {};
struct ImportEmployers {};
struct LoadAudit {};
struct ExportAudit {};
struct ChangePassword {};
// Reads ConsoleState::holidays' text as the year's notice and previews the deadlines
// it moves: over the server's current state when signed in to one (the browser's copy
// may be behind it), over the local state in the demo.
struct CheckHolidays {};

using Request = std::variant<Navigate, SetLanguage, SetHighContrast, SetTextSize, ToggleFavourite, ClearLocalData, RunCommand, SetDemoRole, ResetDemo,
                             SignIn, FocusCredential, SignOut, SyncNow, RetryOutbox, DiscardOutbox, ExportOutbox, ExportArchive,
                             PickAttachment, RemoveAttachment, RetryAttachment, DownloadAttachment,
                             FindEmployers, Register, LoadAccounts, CreateAccount, ResetAccount, DisableAccount,
                             PickEmployerCsv, ImportEmployers, LoadAudit, ExportAudit, ChangePassword, CheckHolidays, LoadMap>;
using Requests = std::vector<Request>;

} // namespace huicai::app
