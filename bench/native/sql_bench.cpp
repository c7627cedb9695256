// bench_sql: the SQL workload of bench/web_store/sql_workload.h natively, median of
// five runs per phase, as one JSON line (bench/web_store.mjs prints it beside the
// same workload in wasm): {"rows":N,"insert":ms,"index":ms,"select":ms,"update":ms}.
//   bench_sql [ROWS]     (default 50000)
#include "../web_store/sql_workload.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

double nowMs() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    const int rows = argc > 1 ? std::atoi(argv[1]) : 50000;
    std::vector<double> insert, index, select, update;
    for (int run = 0; run < 5; ++run) {
        const huicai::bench::SqlTimes t = huicai::bench::runSqlWorkload(rows, nowMs);
        if (t.insert < 0) {
            std::fprintf(stderr, "bench_sql: a statement failed\n");
            return 1;
        }
        insert.push_back(t.insert);
        index.push_back(t.index);
        select.push_back(t.select);
        update.push_back(t.update);
    }
    std::printf("{\"rows\":%d,\"insert\":%.3f,\"index\":%.3f,\"select\":%.3f,\"update\":%.3f}\n", rows, median(insert), median(index),
                median(select), median(update));
    return 0;
}
