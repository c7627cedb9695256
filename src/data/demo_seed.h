// The demo seed (assets/demo/seed.json): a replay-format file whose setup holds the
// demo's actors and the commands that register its employer, staff and talent, and
// whose setup.as_of is the demo's today. The browser's local demo mode applies it to
// an empty state, and the role switcher offers its actors; the server can seed its
// demo database from the same file.
#pragma once
#include "data/replay.h"

#include <string>
#include <string_view>
#include <vector>

namespace huicai {

struct DemoActor {
    std::string alias; // "talent", "window_county", … (the setup.actors key)
    Actor actor;
};

struct DemoSeed {
    std::vector<DemoActor> actors; // by alias
    ReplayScript script;
    Date today; // setup.as_of; error.command.field when missing
};

// Parses the file with the replay loader.
Result<DemoSeed> parseDemoSeed(std::string_view text);

// Applies the setup commands, each on its own date, to an empty state.
// error.replay.setup_rejected ("setup.commands[i]: <key>") when one is rejected.
Result<State> seedState(const DemoSeed& seed, const ReferenceView& ref);

} // namespace huicai
