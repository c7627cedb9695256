// Workspace: the domain state the role screens work on, in one of two modes.
//  - Demo: the core runs in the browser on a state seeded from assets/demo/seed.json
//    (demo.db); the role switcher picks one of the seed's actors; `today` is the
//    seed's as_of, so the deadlines shown do not depend on the real clock.
//  - Server: the signed-in user's replica of what the server lets them see
//    (replica-<user>.db); commands are applied locally at once, kept in the outbox
//    and pushed by the sync pump (sync_pump.h); `today` is the browser's date.
// Screens read it and emit commands (requests.h) that App applies through the core
// and the store's local-change transaction.
#pragma once
#include "app/offer_cache.h"
#include "app/queue_index.h"
#include "app/session.h"
#include "app/sync_pump.h"
#include "core/apply.h"
#include "data/demo_seed.h"
#include "store/outbox.h"

#include <any>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace huicai::app {

enum class WorkMode {
    None,
    Demo,
    Server
};

struct Workspace {
    WorkMode mode = WorkMode::None;
    bool active = false;    // a role screen was opened: the role bar shows
    bool loaded = false;    // the reference data and the state are in
    bool persisted = false; // the state lives in a browser database (else in memory)
    std::string loadError;  // i18n key of why the workspace could not start
    std::string loadErrorDetail;

    State state;
    WorkCalendar calendar; // the reference years (assets/holidays.json); apply() adds loaded years itself
    RegionTree regions;
    TalentReference talent;
    Date today;

    // Demo mode: the seed's actors and the alias of the one acting.
    std::vector<DemoActor> actors;
    std::string role = "talent";

    // Server mode: the signed-in user, the sync's progress and the outbox.
    Session session;
    SyncProgress sync;
    std::vector<store::OutboxEntry> outbox; // pending and rejected, in order
    std::string idTag;                      // makes ids of new records unique to this client
    std::int64_t nextSeq = 1;               // the outbox sequence the next command gets

    // The outcome of the last command: an error key (rejected) or empty.
    std::string error, errorDetail;
    unsigned errorAt = 0; // the control whose command was refused (its ImGui id), 0: none
    std::string done;     // the name of the last applied command, for the notice

    // Transient form fields of the screens.
    std::string name;          // the talent's name field
    bool nameLoaded = false;   // `name` holds the stored name (reset to reload it)
    int classIndex = 0;        // in talent.classes()
    int basisIndex = 0;        // in talent.basesOf(class)
    std::string queueFilter;   // the window queue's filter field
    std::string queueSelected; // the window queue's selected application
    QueueIndex queueIndex;     // the window queue's sorted, filtered rows
    OfferCache offerCache;     // what the acting user may do on the records on screen (offersOn)
    // Bumped by App whenever `state` may have changed (a command, a pull, a reload),
    // so caches such as queueIndex know when to rebuild.
    std::uint64_t version = 0;
    int benchQueue = 0;                               // ?bench=queue&n=N: the demo is N synthetic applications
    std::map<std::string, std::string> reasons;       // application id → reason being typed
    std::map<std::string, std::string> contractDates; // application id → contract date being typed
    std::map<std::string, std::string> experts;       // application id → panel experts being typed
    std::map<std::string, std::string> opinions;      // application id → panel opinion being typed
    std::map<std::string, std::string> fields;        // the service screens' fields being typed, by key
    std::map<std::string, std::any> screenForms;      // each screen's own form (ui/widgets/screen_form.h)

    // Forgets everything typed: the next acting user starts with empty forms.
    void clearForms() {
        name.clear();
        nameLoaded = false;
        classIndex = basisIndex = 0;
        queueFilter.clear();
        queueSelected.clear();
        reasons.clear();
        contractDates.clear();
        experts.clear();
        opinions.clear();
        fields.clear();
        screenForms.clear();
    }

    // The calendar deadlines are shown with: the reference years and every year
    // loaded by LoadHolidayYear, so a year loaded (and synchronised) recomputes every
    // deadline on the next frame. Rebuilt when `version` moved (a few sets of dates).
    const WorkCalendar& dueCalendar() const {
        if (!m_due || m_dueVersion != version) {
            m_dueVersion = version;
            m_due = effectiveCalendar(state, calendar);
        }
        return *m_due;
    }

    bool server() const { return mode == WorkMode::Server; }
    const Actor* actor() const {
        if (server()) return session.valid() ? &session.actor : nullptr;
        for (const auto& a : actors)
            if (a.alias == role) return &a.actor;
        return nullptr;
    }
    // The acting role's alias: "talent", "employer_admin", "window_city", ….
    std::string roleAlias() const {
        if (!server()) return role;
        return session.valid() ? app::roleAlias(session.actor, regions) : std::string();
    }
    // An id for a new record of `kind` ("CA", "SR", …) that no other client makes.
    std::string newId(std::string_view kind, std::size_t existing) const {
        if (server()) return std::string(kind) + "-" + idTag + "-" + std::to_string(nextSeq);
        return std::string(kind) + "-" + std::to_string(existing + 1);
    }

private:
    mutable std::optional<WorkCalendar> m_due;
    mutable std::uint64_t m_dueVersion = 0;
};

} // namespace huicai::app
