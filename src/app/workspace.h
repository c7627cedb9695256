// DemoState: the local demo mode. The app runs the domain core in the browser on a
// state seeded from assets/demo/seed.json; the role switcher picks one of the seed's
// actors, whose screens emit commands (requests.h) that App applies through the core
// and the store's local-change transaction. `today` is the seed's as_of: every demo
// command is dated that day, so the deadlines shown do not depend on the real clock.
#pragma once
#include "core/apply.h"
#include "data/demo_seed.h"

#include <map>
#include <string>
#include <vector>

namespace huicai::app {

struct DemoState {
    bool active = false;      // a demo screen was opened: the role switcher shows
    bool loaded = false;      // the reference data and the state are in
    bool persisted = false;   // the state lives in the browser's demo database (else in memory)
    std::string loadError;    // i18n key of why the demo could not start
    std::string loadErrorDetail;

    State state;
    WorkCalendar calendar;
    RegionTree regions;
    TalentReference talent;
    std::vector<DemoActor> actors;
    Date today;
    std::string role = "talent"; // the alias of the actor the user acts as

    // The outcome of the last command: an error key (rejected) or empty.
    std::string error, errorDetail;
    std::string done; // the name of the last applied command, for the notice

    // Transient form fields of the screens.
    std::string name;         // the talent's name field
    bool nameLoaded = false;  // `name` holds the stored name (reset to reload it)
    int classIndex = 0;       // in talent.classes()
    int basisIndex = 0;       // in talent.basesOf(class)
    std::map<std::string, std::string> reasons; // application id → reason being typed

    const Actor* actor() const {
        for (const auto& a : actors)
            if (a.alias == role) return &a.actor;
        return nullptr;
    }
};

} // namespace huicai::app
