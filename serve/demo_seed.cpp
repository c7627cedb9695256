// Implements the demo seeding from assets/demo_seed.json.
#include "demo_seed.h"

#include "sync_service.h"

#include "data/asset_files.h"
#include "data/command_json.h"
#include "store/database.h"
#include "store/server_repo.h"
#include "store/state_repo.h"

#include <cstdio>
#include <map>

namespace huicai::serve {

Result<std::vector<std::string>> seedDemoIfEmpty(SyncService& sync) {
    // Empty: no accounts and no organisations or talents yet. The server's own records
    // (the card signing keys it publishes at every start) do not count.
    const bool empty = sync.database().with([](store::Database& db) {
        if (store::userCount(db) != 0) return false;
        auto state = store::loadState(db);
        return state && state->employers.empty() && state->talents.empty();
    });
    if (!empty) return std::vector<std::string>{};
    auto text = readTextFile(assetPath("demo_seed.json"));
    if (!text) return text.error();
    Json doc = Json::parse(*text, nullptr, false);
    if (!doc.is_object() || !doc["actors"].is_object() || !doc["commands"].is_array() || !doc["password"].is_string())
        return makeError("error.demo.seed", "assets/demo_seed.json");
    const std::string password = doc["password"].get<std::string>();
    std::map<std::string, Json> actors;
    std::vector<std::string> lines;
    for (auto it = doc["actors"].begin(); it != doc["actors"].end(); ++it) {
        const Json& a = it.value();
        auto actor = actorFromJson(Json{{"id", a.value("id", "")}, {"role", a.value("role", "")}, {"scope", a.value("scope", "")}},
                                   "actors." + it.key());
        if (!actor || !a.contains("login") || !a["login"].is_string()) return makeError("error.demo.seed", "actors." + it.key());
        actors[it.key()] = actorToJson(*actor);
        store::UserRow user{actor->id, a["login"].get<std::string>(), "", actor->role, actor->scope, it.key()};
        if (auto s = sync.addUser(user, password); !s) return s.error();
        lines.push_back(user.login + "  " + password + "  " + std::string(enumId(actor->role)) +
                        (actor->scope.empty() ? "" : "  " + actor->scope));
    }
    const Date today = sync.today();
    int index = 0, rejected = 0;
    for (const Json& c : doc["commands"]) {
        ++index;
        if (!c.is_object() || !c["day"].is_number_integer() || !c["actor"].is_string() || !actors.count(c["actor"].get<std::string>()))
            return makeError("error.demo.seed", "commands[" + std::to_string(index - 1) + "]");
        Json args = c["args"];
        // "dates": {"<field>": n} sets a date argument to today plus n days.
        if (const auto dates = c.find("dates"); dates != c.end() && dates->is_object() && args.is_object()) {
            for (auto it = dates->begin(); it != dates->end(); ++it) {
                if (!it->is_number_integer()) return makeError("error.demo.seed", "commands[" + std::to_string(index - 1) + "].dates");
                args[it.key()] = (today + it->get<int>()).iso();
            }
        }
        Json command{{"id", "demo-" + std::to_string(index)},
                     {"actor", actors[c["actor"].get<std::string>()]},
                     {"command", c["command"]},
                     {"args", std::move(args)}};
        auto cmd = commandFromJson(command, "commands[" + std::to_string(index - 1) + "]");
        if (!cmd) return cmd.error();
        if (auto s = sync.applyLocal(*cmd, today + c["day"].get<int>()); !s) {
            ++rejected;
            std::fprintf(stderr, "huicai-serve: demo command %d (%s) skipped: %s %s\n", index,
                         std::string(commandName(cmd->payload)).c_str(), s.error().key.c_str(), s.error().detail.c_str());
        }
    }
    lines.push_back(std::to_string(index - rejected) + " demo commands applied, " + std::to_string(rejected) + " skipped");
    return lines;
}

} // namespace huicai::serve
