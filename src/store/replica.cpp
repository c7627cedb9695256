// Implements the replica operations over the outbox and state repositories.
#include "store/replica.h"

#include "data/command_json.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/state_repo.h"
#include "store/statement.h"
#include "sync/protocol.h"

#include <charconv>
#include <optional>

namespace huicai::store {

namespace {
constexpr const char* kClientId = "sync.client_id";
constexpr const char* kCursor = "sync.cursor";
Error badAnswer(const std::string& what) { return makeError("error.sync.field", "answer: " + what); }

// The year of a pulled holiday year: its id, a year the body (when present) agrees
// with and the core's codec can read.
std::optional<int> holidayYearOf(const std::string& id, const nlohmann::json& record) {
    int year = 0;
    const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), year);
    if (ec != std::errc() || end != id.data() + id.size() || year < 1900 || year > 2999) return std::nullopt;
    if (record.is_null()) return year;
    if (!record.is_object() || !record.contains("year") || !record["year"].is_number_integer() || record["year"].get<int>() != year)
        return std::nullopt;
    auto decoded = stateFromJson(nlohmann::json{{"holiday_years", {{id, record}}}});
    if (!decoded || decoded->holidayYears.count(year) == 0) return std::nullopt;
    return year;
}
} // namespace

std::string replicaClientId(Database& db, const std::string& seed) {
    if (auto id = db.setting(kClientId)) return *id;
    (void)db.setSetting(kClientId, seed);
    return seed;
}

std::int64_t replicaCursor(Database& db) {
    auto v = db.setting(kCursor);
    if (!v) return 0;
    std::int64_t n = 0;
    for (char c : *v) {
        if (c < '0' || c > '9') return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

Result<nlohmann::json> pushRequest(Database& db, const std::string& clientId, std::size_t max) {
    auto entries = outboxEntries(db, true);
    if (!entries) return entries.error();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& e : *entries) {
        if (items.size() >= max) break;
        auto command = nlohmann::json::parse(e.body, nullptr, false);
        if (command.is_discarded()) return makeError("error.store.corrupt", "outbox " + std::to_string(e.seq));
        items.push_back(nlohmann::json{{"seq", e.seq}, {"command", std::move(command)}});
    }
    return nlohmann::json{{"protocol", sync::kProtocolVersion},
                          {"schema", currentSchemaVersion()},
                          {"client_id", clientId},
                          {"commands", std::move(items)}};
}

Status applyPushAnswer(Database& db, const nlohmann::json& answer) {
    auto results = answer.find("results");
    if (!answer.is_object() || results == answer.end() || !results->is_array()) return badAnswer("results");
    Transaction tx(db);
    if (auto s = tx.begun(); !s) return s;
    for (const auto& r : *results) {
        if (!r.is_object() || !r["seq"].is_number_integer() || !r["status"].is_string()) return badAnswer("result");
        const auto seq = r["seq"].get<std::int64_t>();
        if (r["status"] == "applied") {
            if (auto s = acknowledge(db, seq); !s) return s;
        } else {
            const auto& e = r["error"];
            Error err{e.is_object() && e["key"].is_string() ? e["key"].get<std::string>() : "error.http.failed",
                      e.is_object() && e.contains("detail") && e["detail"].is_string() ? e["detail"].get<std::string>() : ""};
            if (auto s = markRejected(db, seq, err); !s) return s;
        }
    }
    return tx.commit();
}

Result<bool> applyPullPage(Database& db, const nlohmann::json& page) {
    auto changes = page.find("changes");
    if (!page.is_object() || changes == page.end() || !changes->is_array() || !page["cursor"].is_number_integer() ||
        !page["more"].is_boolean())
        return badAnswer("page");
    Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    for (const auto& c : *changes) {
        if (!c.is_object() || !c["kind"].is_string() || !c["id"].is_string()) return badAnswer("change");
        // A null record is a tombstone: the actor no longer sees it.
        const std::string body = c["record"].is_null() ? std::string() : c["record"].dump();
        const std::string& kind = c["kind"].get_ref<const std::string&>();
        const std::string& id = c["id"].get_ref<const std::string&>();
        if (kind == "holiday_year") {
            const auto year = holidayYearOf(id, c["record"]);
            if (!year) return badAnswer("holiday_year " + id);
            if (auto s = putHolidayYearRow(db, *year, body); !s) return s.error();
        } else if (auto s = putRecordRow(db, kind, id, body); !s) {
            return s.error();
        }
    }
    if (auto s = db.setSetting(kCursor, std::to_string(page["cursor"].get<std::int64_t>())); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return page["more"].get<bool>();
}

Result<State> rebase(Database& db, const Context& ctx) {
    Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    if (auto s = restoreServerRows(db); !s) return s.error();
    auto state = loadState(db);
    if (!state) return state.error();
    auto pending = outboxEntries(db, true);
    if (!pending) return pending.error();
    for (const auto& e : *pending) {
        auto command = commandFromJson(nlohmann::json::parse(e.body, nullptr, false), "outbox");
        if (!command) continue;
        state->commandIds.erase(command->id); // its local application is being redone
        const StateExtras before = extrasOf(*state);
        Context at{e.at, ctx.calendar, ctx.catalog, ctx.regions, ctx.talent};
        auto applied = apply(*state, *command, at);
        if (!applied) continue;
        Statement del(db.handle(), "DELETE FROM audit WHERE command_id=?1");
        if (auto s = del.bind(1, command->id).run("rebase audit"); !s) return s.error();
        if (auto s = writeCommandEffects(db, *state, before, *command, *applied, false); !s) return s.error();
    }
    if (auto s = tx.commit(); !s) return s.error();
    return state;
}

} // namespace huicai::store
