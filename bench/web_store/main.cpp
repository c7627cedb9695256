// The WebAssembly side of the browser storage benchmark (bench/web_store.mjs drives
// it in Chromium through bench_pre.js). Every function does one measured step and
// returns its time in milliseconds (negative on a failure, bench_error() says why):
// a pull of the prepared pages into a fresh database through store::applyPullPage,
// or a raw import of the same rows; a database grown by pulls to a given size; one
// store::commitLocal of the next ordinary command on it. The databases are opened
// through the page VFS as in the app (platform::dataDir() registers it); the save
// after a commit is the page's part (web/huicai_storage.js), as in the app.
#include "sql_workload.h"
#include "workload.h"

#include "data/command_json.h"
#include "platform/platform.h"
#include "platform/web_detail.h"
#include "data/reference.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/raw_import.h"
#include "store/replica.h"
#include "store/state_repo.h"
#include "sync/pull_text.h"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace huicai;

namespace {

struct Bench {
    std::unique_ptr<Reference> reference; // the reference set of /assets
    std::vector<std::string> pages;       // the pull pages of the pull benchmark
    std::vector<store::RawRow> rows;      // the same rows, already encoded
    std::size_t pageBytes = 0;
    double lastParseMs = 0;
    // The grown database of the commit benchmark and the state it holds.
    std::optional<store::Database> db;
    State state;
    bench::Workload workload;
    std::string error;
};

} // namespace

// The page's events (storage use, a tab taking over): the benchmark reads none.
void huicai::platform::detail::pushEvent(Event) {}

namespace {

Bench& shared() {
    static Bench b;
    static const std::string registered = huicai::platform::dataDir(); // the page VFS, as in the app
    (void)registered;
    return b;
}

double fail(const std::string& what) {
    shared().error = what;
    return -1;
}

void removeDatabase(const std::string& path) {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) ::unlink((path + suffix).c_str());
}

double fileSize(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? static_cast<double>(st.st_size) : -1;
}

// Appends to `keys` the keys of `changed` not yet in `seen`, in the order touched.
void addNewKeys(const std::vector<std::string>& changed, std::set<std::string>& seen, std::vector<std::string>& keys) {
    for (const auto& k : changed)
        if (seen.insert(k).second) keys.push_back(k);
}

} // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* bench_error() { return shared().error.c_str(); }

// Loads the reference data and builds the pull pages of `records` records, `perPage`
// a page. Returns the number of pages.
EMSCRIPTEN_KEEPALIVE double bench_prepare(int records, int perPage) {
    Bench& b = shared();
    auto reference = loadReference("/assets");
    if (!reference) return fail("reference data: " + reference.error().key + " " + reference.error().detail);
    b.reference = std::make_unique<Reference>(std::move(*reference));
    const Context ctx = b.reference->at(bench::benchDate());
    State state;
    bench::Workload workload;
    std::set<std::string> seen;
    std::vector<std::string> keys;
    std::vector<std::string> changed;
    while (keys.size() < static_cast<std::size_t>(records)) {
        changed.clear();
        if (auto s = workload.applyNext(state, ctx, changed); !s) return fail(s.error().key + " " + s.error().detail);
        addNewKeys(changed, seen, keys);
    }
    keys.resize(static_cast<std::size_t>(records));
    b.pages = bench::pullPages(state, keys, static_cast<std::size_t>(perPage), 1);
    b.rows.clear();
    b.pageBytes = 0;
    for (const auto& text : b.pages) {
        b.pageBytes += text.size();
        auto page = nlohmann::json::parse(text, nullptr, false);
        for (const auto& c : page["changes"])
            b.rows.push_back(store::RawRow{c["kind"].get<std::string>(), c["id"].get<std::string>(), c["record"].dump()});
    }
    return static_cast<double>(b.pages.size());
}

EMSCRIPTEN_KEEPALIVE double bench_page_bytes() { return static_cast<double>(shared().pageBytes); }
EMSCRIPTEN_KEEPALIVE double bench_row_count() { return static_cast<double>(shared().rows.size()); }
// Reading the pages' text (sync::decodePullPageText)'s share of the last pull, ms.
EMSCRIPTEN_KEEPALIVE double bench_last_parse_ms() { return shared().lastParseMs; }

// One run into a fresh database at `path`: the pull pages (read as the app reads them,
// sync::decodePullPageText, then applied) when `raw` is 0, else the raw import of the
// same rows. Returns ms.
EMSCRIPTEN_KEEPALIVE double bench_pull(const char* path, int raw) {
    Bench& b = shared();
    removeDatabase(path);
    double ms = 0;
    {
        auto db = store::Database::open(path);
        if (!db) return fail("open " + std::string(path) + ": " + db.error().detail);
        double parseMs = 0;
        const double t0 = emscripten_get_now();
        if (raw) {
            if (auto s = store::importRawRecords(*db, b.rows); !s) return fail("raw import: " + s.error().detail);
        } else {
            for (const auto& text : b.pages) {
                const double p0 = emscripten_get_now();
                auto page = sync::decodePullPageText(text);
                parseMs += emscripten_get_now() - p0;
                if (!page) return fail("pull page: " + page.error().detail);
                if (auto more = store::applyPullPage(*db, *page); !more) return fail("pull: " + more.error().detail);
            }
        }
        ms = emscripten_get_now() - t0;
        b.lastParseMs = parseMs;
    }
    removeDatabase(path);
    return ms;
}

// Opens a fresh database at `path` and grows it by pull pages until the file holds
// at least `bytes`: first the records of the command stream (at most kBaseTalents
// talents, since every command of the stream costs more as the state grows), then
// copies of those pages under other ids. The in-memory state is then loaded from the
// file, as the app holds it. Returns the file's size.
EMSCRIPTEN_KEEPALIVE double bench_fill(const char* path, double bytes) {
    constexpr int kBaseTalents = 2000;
    Bench& b = shared();
    if (!b.reference) return fail("bench_prepare first");
    b.db.reset();
    removeDatabase(path);
    auto db = store::Database::open(path);
    if (!db) return fail("open " + std::string(path) + ": " + db.error().detail);
    b.db.emplace(std::move(*db));
    State generated;
    b.workload = bench::Workload{};
    const Context ctx = b.reference->at(bench::benchDate());
    std::int64_t seq = 1;
    std::vector<std::string> basePages;
    std::vector<std::string> changed;
    while (fileSize(path) < bytes && b.workload.talents() < kBaseTalents) {
        changed.clear();
        for (int i = 0; i < 250; ++i)
            if (auto s = b.workload.applyNext(generated, ctx, changed); !s) return fail(s.error().key + " " + s.error().detail);
        std::set<std::string> seen;
        std::vector<std::string> keys;
        addNewKeys(changed, seen, keys);
        for (auto& text : bench::pullPages(generated, keys, 1000, seq)) {
            auto more = store::applyPullPage(*b.db, nlohmann::json::parse(text, nullptr, false));
            if (!more) return fail("fill: " + more.error().detail);
            basePages.push_back(std::move(text));
        }
        seq += static_cast<std::int64_t>(keys.size());
    }
    for (int copy = 1; fileSize(path) < bytes; ++copy) {
        const std::string suffix = "-" + std::to_string(copy);
        for (const auto& text : basePages) {
            auto page = nlohmann::json::parse(text, nullptr, false);
            for (auto& c : page["changes"]) {
                const std::string kind = c["kind"].get<std::string>();
                if (kind == "employer" || kind == "staff") continue; // one of each is enough
                const std::string id = c["id"].get<std::string>() + suffix;
                c["id"] = id;
                c["seq"] = seq++;
                auto& record = c["record"];
                if (record.is_object() && record.contains("id")) record["id"] = id;
            }
            page["cursor"] = seq - 1;
            auto more = store::applyPullPage(*b.db, page);
            if (!more) return fail("fill: " + more.error().detail);
            if (fileSize(path) >= bytes) break;
        }
    }
    auto state = store::loadState(*b.db);
    if (!state) return fail("load state: " + state.error().detail);
    b.state = std::move(*state);
    return fileSize(path);
}

// One local commit of the next command on the grown database. Returns ms.
EMSCRIPTEN_KEEPALIVE double bench_commit() {
    Bench& b = shared();
    if (!b.db) return fail("bench_fill first");
    const Command command = b.workload.next();
    const Context ctx = b.reference->at(bench::benchDate());
    const double t0 = emscripten_get_now();
    auto applied = store::commitLocal(*b.db, b.state, command, ctx);
    const double ms = emscripten_get_now() - t0;
    if (!applied) return fail(command.id + ": " + applied.error().key + " " + applied.error().detail);
    return ms;
}

// The SQL workload (sql_workload.h) in wasm: phase 0 runs it and returns the insert
// time; phases 1-3 return the index, select and update times of that run. ms.
EMSCRIPTEN_KEEPALIVE double bench_sql(int rows, int phase) {
    static bench::SqlTimes last;
    if (phase == 0) last = bench::runSqlWorkload(rows, [] { return emscripten_get_now(); });
    if (phase == 0 && last.insert < 0) return fail("sql workload: a statement failed");
    const double v[] = {last.insert, last.index, last.select, last.update};
    return v[phase & 3];
}

// Closes the grown database and removes its files.
EMSCRIPTEN_KEEPALIVE void bench_close(const char* path) {
    shared().db.reset();
    shared().state = State{};
    removeDatabase(path);
}

} // extern "C"

int main() { return 0; }
