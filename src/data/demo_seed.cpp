// Implements demo_seed.h on top of the replay loader.
#include "data/demo_seed.h"

namespace huicai {

Result<DemoSeed> parseDemoSeed(std::string_view text) {
    auto script = parseReplay(text);
    if (!script) return script.error();
    if (!script->asOf) return makeError("error.command.field", "setup.as_of: missing");
    DemoSeed seed;
    seed.script = std::move(*script);
    seed.today = *seed.script.asOf;
    // parseReplay validated the actors and resolved them into the commands; read
    // them again for the role switcher.
    const Json root = Json::parse(text, nullptr, false);
    const auto setup = root.find("setup");
    if (setup != root.end() && setup->is_object()) {
        const auto actors = setup->find("actors");
        if (actors != setup->end() && actors->is_object()) {
            for (auto it = actors->begin(); it != actors->end(); ++it) {
                auto actor = actorFromJson(it.value(), "setup.actors." + it.key());
                if (!actor) return actor.error();
                seed.actors.push_back(DemoActor{it.key(), *actor});
            }
        }
    }
    return seed;
}

Result<State> seedState(const DemoSeed& seed, const ReferenceView& ref) {
    State state;
    for (std::size_t i = 0; i < seed.script.setup.size(); ++i) {
        const ReplayStep& step = seed.script.setup[i];
        const Context ctx = ref.at(step.at);
        auto applied = apply(state, step.command, ctx);
        if (!applied)
            return makeError("error.replay.setup_rejected",
                             "setup.commands[" + std::to_string(i) + "]: " + applied.error().key);
    }
    return state;
}

} // namespace huicai
