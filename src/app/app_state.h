// AppState: everything the browser app shows, in one place owned by App. Screens read
// it and edit only its transient fields (the search text); lasting changes go through
// Requests (requests.h) that App applies after the frame.
#pragma once
#include "app/attachments.h"
#include "app/console_state.h"
#include "app/workspace.h"
#include "app/i18n.h"
#include "app/region_mesh.h"
#include "app/register_form.h"
#include "app/route.h"
#include "core/catalog.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace huicai::app {

enum class DbState {
    Loading,
    Saved,
    Saving,
    Error,
    ReadOnly,
    Unavailable
};
enum class ServerState {
    Unknown,
    Reachable,
    Unreachable
};

// The text sizes a person may choose (per cent of the type scale): the settings offer
// each; the larger-text switch of the sign-in and talent screens toggles between the
// first and kLargerText.
inline constexpr int kTextSizes[] = {100, 130, 160, 200};
inline constexpr int kLargerText = 160;

struct AppState {
    Route route;
    std::string lang = "zh-CN"; // "zh-CN" | "en"
    bool zh() const { return lang == "zh-CN"; }
    bool highContrast = false; // the high-contrast colour set (a setting)
    int textPercent = 100;     // the text size, one of kTextSizes (a setting)
    I18n i18n;                 // the tables of `lang`

    Catalog referenceCatalog; // as shipped (assets/catalog.json): what the core is given
    Catalog catalog;          // in force: the reference with the province window's adjustments (S8.3)
    std::string catalogError; // i18n key of why the catalogue could not be loaded, or empty
    std::string catalogErrorDetail;
    std::string filterText;               // the catalogue search field
    std::vector<std::string> catalogRows; // codes shown after filtering, set by the catalogue screen
    std::vector<std::string> favourites;  // item codes, in the order they were starred

    bool online = true; // navigator.onLine
    ServerState server = ServerState::Unknown;
    // Signing in or registering cannot work now: the browser is offline or the server did not answer.
    bool serverOut() const { return !online || server == ServerState::Unreachable; }
    DbState db = DbState::Loading;
    std::string dbErrorDetail;
    // What the browser keeps for the app (navigator.storage), asked when the settings open.
    struct StorageUse {
        bool known = false;
        double usedBytes = 0, quotaBytes = 0;
        int persisted = -1; // -1 not known, 0 the browser may clear it, 1 kept for good
    } storage;
    // The dashboard's map: its mesh, fetched the first time the dashboard opens
    // (region_mesh.h), and whether the GPU has it with its shaders compiled.
    struct MapState {
        enum class Stage {
            Idle,
            Loading,
            Ready,
            Failed
        } stage = Stage::Idle;
        std::shared_ptr<const RegionMesh> mesh;
        bool gpu = false;     // the map's shaders compiled and the mesh uploaded
        std::string errorKey; // i18n key of why the map is not drawn, or empty
        std::string detail;   // the loader's or the shader compiler's words
        int generation = 0;   // counts uploads (a lost GPU context restores the map)
    } map;
    // Two fingers on the canvas since the last frame: the change of their spread (a zoom
    // factor) about their middle (CSS pixels) and how far the middle moved; the map takes
    // it when the middle is over it, and it is dropped after the frame.
    struct Pinch {
        bool active = false;
        double factor = 1.0;
        float x = 0, y = 0, dx = 0, dy = 0;
    } pinch;
    bool storageFull = false; // the last save failed because the browser's storage is full
    bool readOnly = false;    // another tab holds the database
    int pendingChanges = 0;   // commands of the signed-in user not yet accepted by the server
    int rejectedChanges = 0;  // commands the server refused, kept until retried or discarded

    AttachState attach; // the forms' attachments (attachments.h)
    Workspace work;     // the role screens' state: the demo's or the signed-in user's (workspace.h)
    struct LoginForm {
        std::string login, password;
        std::string error, errorDetail; // why the last sign-in failed (i18n key)
        bool busy = false;              // a sign-in is under way
    } loginForm;
    // The sign-in form's fields are real <input>s of the page as well, so that password
    // managers fill and save them: what they took since the last frame (by the field's
    // key in the mirror), the one the page's focus is in with its caret, and a
    // submission (Enter).
    struct CredentialInputs {
        std::map<std::string, std::string> typed;
        std::string focus;
        int caret = 0;
        bool submitted = false;
    } credentials;
    RegisterForm registerForm; // #/register (register_form.h)
    ConsoleState console;      // the administrator's console and #/password (console_state.h)

    bool narrow = false;      // viewport narrower than the wide-layout threshold
    bool scrollToTop = false; // the route changed: the content starts at its top

    bool isFavourite(const std::string& code) const;
    const char* tr(std::string_view key) const { return i18n.tr(key); }
    // The text of an error (its key's message, "{detail}" filled in): a detail that names
    // a field of a form ("time_limit_days") is given in words ("field.<name>"); one of
    // digits is the message's count, and picks the singular text for 1 (I18n::trCount).
    std::string errorText(std::string_view key, std::string_view detail) const;
    // The core's context for a command of the workspace (its today and reference data).
    Context workContext() const { return Context{work.today, work.calendar, referenceCatalog, work.regions, work.talent}; }
    // Lays the workspace's catalogue adjustments over the reference when the workspace's
    // version moved (the shell calls it at the start of every frame).
    void refreshCatalog();
    // What the acting user may do now on the record `recordKey` ("kind/id"): the core's
    // offers (core/offers.h), cached per state version; none without an acting user.
    const std::vector<Offer>& offersOn(const std::string& recordKey);

private:
    std::uint64_t m_catalogVersion = 0;
    bool m_catalogAdjusted = false; // `catalog` holds adjustments
    bool m_catalogBuilt = false;
};

} // namespace huicai::app
