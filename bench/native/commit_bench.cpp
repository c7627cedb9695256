// The cost of one local commit against the size of the state it lands in (issue 13: a
// commit must not grow with the records it does not touch): the command stream of the
// browser storage benchmark (bench/web_store/workload.h) grown to 100 and to 3,000
// talents in memory, then each of the next commands applied by the core (apply) and
// committed to a SQLite database holding the state (store::commitLocal), timed one by
// one. Prints the median per command kind at both sizes and their ratio.
#include "../web_store/workload.h"

#include "data/reference.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/state_repo.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

using namespace huicai;

namespace {

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Run {
    std::map<std::string, std::vector<double>> apply, commit; // by command name
};

Run measure(const Reference& ref, int talents, int samples) {
    const Context ctx = ref.at(bench::benchDate());
    bench::Workload w;
    State state;
    std::vector<std::string> changed;
    while (w.talents() < talents) {
        if (auto s = w.applyNext(state, ctx, changed); !s) {
            std::fprintf(stderr, "grow: %s %s\n", s.error().key.c_str(), s.error().detail.c_str());
            std::exit(1);
        }
    }
    const auto path = std::filesystem::temp_directory_path() / ("huicai-commit-bench-" + std::to_string(talents) + ".db");
    std::filesystem::remove(path);
    auto db = store::Database::open(path.string());
    if (!db || !store::replaceState(*db, state)) {
        std::fprintf(stderr, "could not write the state\n");
        std::exit(1);
    }
    Run run;
    for (int i = 0; i < samples; ++i) {
        const Command c = w.next();
        State copy = state;
        auto t0 = std::chrono::steady_clock::now();
        auto a = apply(copy, c, ctx);
        run.apply[std::string(commandName(c.payload))].push_back(msSince(t0));
        t0 = std::chrono::steady_clock::now();
        auto r = store::commitLocal(*db, state, c, ctx);
        run.commit[std::string(commandName(c.payload))].push_back(msSince(t0));
        if (!a || !r) {
            std::fprintf(stderr, "%s refused\n", c.id.c_str());
            std::exit(1);
        }
    }
    std::filesystem::remove(path);
    return run;
}

} // namespace

int main() {
    auto ref = loadReference(HUICAI_ASSETS_DIR);
    if (!ref) {
        std::fprintf(stderr, "reference: %s\n", ref.error().detail.c_str());
        return 1;
    }
    const Run small = measure(*ref, 100, 25), big = measure(*ref, 3000, 25);
    std::printf("\nlocal commit by command, median ms (native): 100 talents vs 3,000 talents\n");
    std::printf("%-24s %10s %10s %8s   %10s %10s %8s\n", "command", "apply 100", "apply 3k", "ratio", "commit 100", "commit 3k", "ratio");
    for (const auto& [name, xs] : big.commit) {
        const double a0 = median(small.apply.at(name)), a1 = median(big.apply.at(name));
        const double c0 = median(small.commit.at(name)), c1 = median(xs);
        std::printf("%-24s %10.3f %10.3f %7.1fx   %10.3f %10.3f %7.1fx\n", name.c_str(), a0, a1, a1 / a0, c0, c1, c1 / c0);
    }
    return 0;
}
