// Implements the replica operations over the outbox and state repositories.
#include "store/replica.h"

#include "data/command_json.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/state_repo.h"
#include "store/statement.h"

#include <charconv>
#include <optional>

namespace huicai::store {

namespace {
constexpr const char* kClientId = "sync.client_id";
constexpr const char* kCursor = "sync.cursor";

// The year of a pulled holiday year: its id, a year the body (when present) agrees
// with and the core's codec can read.
std::optional<int> holidayYearOf(const std::string& id, const nlohmann::json& record) {
    int year = 0;
    const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), year);
    if (ec != std::errc() || end != id.data() + id.size() || year < 1900 || year > 2999) return std::nullopt;
    if (record.is_null()) return year;
    if (!record.is_object()) return std::nullopt;
    auto member = record.find("year");
    if (member == record.end() || !member->is_number_integer() || *member != year) return std::nullopt;
    auto decoded = stateFromJson(nlohmann::json{{"holiday_years", {{id, record}}}});
    if (!decoded || decoded->holidayYears.count(year) == 0) return std::nullopt;
    return year;
}

// Writes a pull page's changes, each with its record's JSON text (`bodyOf`; empty for
// a tombstone), and the page's cursor, in one transaction.
template <class Page, class BodyOf>
Result<bool> writePullPage(Database& db, const Page& page, BodyOf&& bodyOf) {
    Transaction tx(db);
    if (auto s = tx.begun(); !s) return s.error();
    ServerRowWriter rows(db);
    for (const auto& c : page.changes) {
        // A null record is a tombstone: the actor no longer sees it.
        const std::string_view body = bodyOf(c);
        if (c.kind == "holiday_year") {
            const auto record = body.empty() ? nlohmann::json() : nlohmann::json::parse(body, nullptr, false);
            const auto year = holidayYearOf(c.id, record);
            if (!year) return makeError("error.sync.field", "answer: holiday_year " + c.id);
            if (auto s = putHolidayYearRow(db, *year, body); !s) return s.error();
        } else if (auto s = rows.put(c.kind, c.id, body); !s) {
            return s.error();
        }
    }
    if (auto s = db.setSetting(kCursor, std::to_string(page.cursor)); !s) return s.error();
    if (auto s = tx.commit(); !s) return s.error();
    return page.more;
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

Result<sync::PushRequest> pushRequest(Database& db, const std::string& clientId, std::size_t max) {
    auto entries = outboxEntries(db, true);
    if (!entries) return entries.error();
    sync::PushRequest out{sync::Versions{sync::kProtocolVersion, currentSchemaVersion()}, clientId, {}};
    for (const auto& e : *entries) {
        if (out.commands.size() >= max) break;
        auto command = commandFromJson(nlohmann::json::parse(e.body, nullptr, false), "outbox");
        if (!command) return makeError("error.store.corrupt", "outbox " + std::to_string(e.seq) + ": " + command.error().detail);
        out.commands.push_back(sync::PushItem{e.seq, std::move(*command)});
    }
    return out;
}

Status applyPushAnswer(Database& db, const sync::PushAnswer& answer) {
    Transaction tx(db);
    if (auto s = tx.begun(); !s) return s;
    for (const auto& r : answer.results) {
        if (r.applied) {
            if (auto s = acknowledge(db, r.seq); !s) return s;
        } else if (auto s = markRejected(db, r.seq, r.error ? r.error->error() : makeError("error.http.failed")); !s) {
            return s;
        }
    }
    return tx.commit();
}

Result<bool> applyPullPage(Database& db, const sync::PullPage& page) {
    std::string body;
    return writePullPage(db, page, [&body](const sync::PullChange& c) -> std::string_view {
        body = c.record.is_null() ? std::string() : c.record.dump();
        return body;
    });
}

Result<bool> applyPullPage(Database& db, const sync::PullPageText& page) {
    return writePullPage(db, page, [](const sync::PullChangeText& c) { return c.record; });
}

Result<bool> applyPullPage(Database& db, nlohmann::json page) {
    auto decoded = sync::decodeParsedPullPage(std::move(page));
    if (!decoded) return decoded.error();
    return applyPullPage(db, *decoded);
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
