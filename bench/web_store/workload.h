// Realistic domain data for the browser storage benchmark, applied with the
// reference set of assets/ (data/reference.h): an endless stream of
// ordinary commands (one employer with its administrator and specialist, then for
// every talent: register, submit a direct-issue card application, get a specialist,
// complete the application, submit it to the window), and the server's pull pages
// (src/sync/API.md) that carry a state's records to a browser.
#pragma once
#include "core/apply.h"
#include "core/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace huicai::bench {

// The date every command of the benchmark is applied on.
Date benchDate();

// The command stream, in order; the same for every run.
class Workload {
public:
    Command next();
    // Applies the next command to `state`, adding the keys it changed to `changed`.
    Status applyNext(State& state, const Context& ctx, std::vector<std::string>& changed);
    int talents() const { return m_talent; }

private:
    int m_step = 0; // index within the setup, then within the current talent's five
    bool m_setupDone = false;
    int m_talent = 0; // talents started
};

// The pull pages (JSON text) that carry the records `keys` of `state`, `perPage`
// changes each ({"seq","kind","id","record"}, sequences from `firstSeq`), with the
// cursor and "more" as the server sets them and each talent's identity number
// masked as the server masks it for an employer specialist.
std::vector<std::string> pullPages(const State& state, const std::vector<std::string>& keys, std::size_t perPage,
                                   std::int64_t firstSeq);
} // namespace huicai::bench
