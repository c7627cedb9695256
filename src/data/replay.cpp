// Implements replay.h: parsing a script (with the line of a JSON syntax error),
// running it through apply(), and reporting outcomes, derived deadlines and state.
#include "data/replay.h"

#include "core/deadline.h"
#include "core/workflow_credentials.h"

namespace huicai {

namespace {

// Records where a JSON syntax error is; accepts everything else.
struct ErrorPosition : nlohmann::json_sax<Json> {
    std::size_t position = 0;
    bool failed = false;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception&) override {
        position = pos;
        failed = true;
        return false;
    }
};

std::string lineAndColumn(std::string_view text, std::size_t pos) {
    int line = 1, col = 1;
    for (std::size_t i = 0; i + 1 < pos && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return "line " + std::to_string(line) + " column " + std::to_string(col);
}

Error field(const std::string& path, const char* what) { return makeError("error.command.field", path + ": " + what); }

Result<std::vector<ReplayStep>> parseSteps(const Json& arr, const std::string& path, const std::map<std::string, Actor>& actors) {
    if (!arr.is_array()) return field(path, "expected an array");
    std::vector<ReplayStep> out;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string p = path + "[" + std::to_string(i) + "]";
        const Json& c = arr[i];
        if (!c.is_object()) return field(p, "expected an object");
        auto at = c.find("at");
        if (at == c.end()) return field(p + ".at", "missing");
        if (!at->is_string()) return field(p + ".at", "expected a date YYYY-MM-DD");
        auto date = Date::parse(at->get_ref<const std::string&>());
        if (!date) return makeError("error.command.field", p + ".at: bad date '" + at->get_ref<const std::string&>() + "'");
        Json command = c;
        command.erase("at");
        if (auto actor = command.find("actor"); actor != command.end() && actor->is_string()) {
            auto alias = actors.find(actor->get_ref<const std::string&>());
            if (alias == actors.end()) return makeError("error.replay.actor", p + ".actor: " + actor->get_ref<const std::string&>());
            *actor = actorToJson(alias->second);
        }
        auto cmd = commandFromJson(command, p);
        if (!cmd) return cmd.error();
        out.push_back(ReplayStep{*date, std::move(*cmd)});
    }
    return out;
}

Json clockFacts(const std::string& state, const Clock& clock, Date asOf, const WorkCalendar& cal) {
    Json o{{"state", state}};
    auto due = dueDate(clock, cal);
    auto left = workingDaysLeft(clock, asOf, cal);
    auto overdue = isOverdue(clock, asOf, cal);
    auto provisional = isProvisional(clock, cal);
    if (!due || !left || !overdue || !provisional) {
        o["error"] = errorToJson(!due ? due.error() : !left  ? left.error()
                                                  : !overdue ? overdue.error()
                                                             : provisional.error());
        return o;
    }
    o["due"] = due->has_value() ? Json((*due)->iso()) : Json(nullptr);
    if (*provisional) o["provisional"] = true; // counted through a year with no holiday data
    o["working_days_left"] = left->has_value() ? Json(**left) : Json(nullptr);
    o["overdue"] = *overdue;
    o["suspended"] = clock.suspended();
    return o;
}

// A talent's entitlements as of the report's date (S5.1 stacking): the card and its
// provincial items, and each local scheme's services with where they come from.
Json entitlementsJson(const Entitlements& e) {
    Json local = Json::array();
    for (const auto& l : e.local) {
        Json from = Json::array();
        if (l.viaCard) from.push_back("card");
        if (!l.credential.empty()) from.push_back("credential");
        local.push_back({{"scheme", l.scheme}, {"window", l.window}, {"services", l.items}, {"from", std::move(from)}, {"credential", l.credential.empty() ? Json(nullptr) : Json(l.credential)}});
    }
    return Json{{"card", e.card.empty() ? Json(nullptr) : Json(e.card)}, {"card_items", e.provincialItems}, {"local", std::move(local)}};
}

} // namespace

Result<ReplayScript> parseReplay(std::string_view text) {
    ErrorPosition pos;
    Json::sax_parse(text.begin(), text.end(), &pos);
    if (pos.failed) return makeError("error.replay.json", lineAndColumn(text, pos.position));
    Json root = Json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) return makeError("error.replay.json", "expected a JSON object");
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != "setup" && it.key() != "commands" && it.key() != "about") return field(it.key(), "unknown field");
    ReplayScript script;
    std::map<std::string, Actor> actors;
    const Json* setupCommands = nullptr;
    if (auto setup = root.find("setup"); setup != root.end()) {
        if (!setup->is_object()) return field("setup", "expected an object");
        for (auto it = setup->begin(); it != setup->end(); ++it) {
            const std::string& k = it.key();
            if (k == "actors") {
                if (!it->is_object()) return field("setup.actors", "expected an object");
                for (auto a = it->begin(); a != it->end(); ++a) {
                    auto actor = actorFromJson(a.value(), "setup.actors." + a.key());
                    if (!actor) return actor.error();
                    actors[a.key()] = *actor;
                }
            } else if (k == "commands") {
                setupCommands = &it.value();
            } else if (k == "as_of") {
                if (!it->is_string()) return field("setup.as_of", "expected a date YYYY-MM-DD");
                auto d = Date::parse(it->get_ref<const std::string&>());
                if (!d) return makeError("error.command.field", "setup.as_of: bad date '" + it->get_ref<const std::string&>() + "'");
                script.asOf = *d;
            } else {
                return field("setup." + k, "unknown field");
            }
        }
    }
    if (setupCommands) {
        auto steps = parseSteps(*setupCommands, "setup.commands", actors);
        if (!steps) return steps.error();
        script.setup = std::move(*steps);
    }
    auto commands = root.find("commands");
    if (commands == root.end()) return field("commands", "missing");
    auto steps = parseSteps(*commands, "commands", actors);
    if (!steps) return steps.error();
    script.commands = std::move(*steps);
    return script;
}

Result<Json> runReplay(const ReplayScript& script, const ReferenceView& ref) {
    State state;
    for (std::size_t i = 0; i < script.setup.size(); ++i) {
        const auto& step = script.setup[i];
        auto r = apply(state, step.command, ref.at(step.at));
        if (!r)
            return makeError("error.replay.setup_rejected",
                             "setup.commands[" + std::to_string(i) + "]: " + r.error().key + " " + r.error().detail);
    }
    Json outcomes = Json::array();
    int applied = 0, rejected = 0;
    Date last = script.setup.empty() ? Date() : script.setup.back().at;
    for (std::size_t i = 0; i < script.commands.size(); ++i) {
        const auto& step = script.commands[i];
        last = step.at;
        Json o{{"index", i}, {"id", step.command.id}, {"at", step.at.iso()}, {"command", std::string(commandName(step.command.payload))}, {"actor", step.command.actor.id}};
        auto r = apply(state, step.command, ref.at(step.at));
        if (r) {
            ++applied;
            o["outcome"] = "applied";
            o["changed"] = r->changed;
        } else {
            ++rejected;
            o["outcome"] = "rejected";
            o["error"] = errorToJson(r.error());
        }
        outcomes.push_back(std::move(o));
    }
    const Date asOf = script.asOf ? *script.asOf : last;
    const WorkCalendar cal = effectiveCalendar(state, ref.at(asOf));
    Json derived{{"card_application", Json::object()}, {"task", Json::object()}, {"local_credential", Json::object()}};
    for (const auto& [id, a] : state.cardApplications)
        derived["card_application"][id] = clockFacts(std::string(enumId(a.state)), a.clock, asOf, cal);
    for (const auto& [id, k] : state.tasks) derived["task"][id] = clockFacts(std::string(enumId(k.state)), k.clock, asOf, cal);
    for (const auto& [id, c] : state.localCredentials)
        derived["local_credential"][id] = clockFacts(std::string(enumId(c.state)), c.clock, asOf, cal);
    derived["entitlements"] = Json::object();
    for (const auto& [id, t] : state.talents) derived["entitlements"][id] = entitlementsJson(entitlementsOf(state, id, asOf, ref.catalog, ref.regions));
    return Json{{"outcomes", std::move(outcomes)},
                {"summary", {{"applied", applied}, {"rejected", rejected}}},
                {"as_of", asOf.iso()},
                {"derived", std::move(derived)},
                {"state", stateToJson(state)}};
}

} // namespace huicai
