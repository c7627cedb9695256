// Implements App's benchmark mode (?bench=queue&n=N): the demo seed's state with N
// synthetic applications held by the county window (app/bench_queue.h), kept in memory
// only, never in demo.db, acting as the county window specialist.
#include "app/app.h"
#include "app/bench_queue.h"

namespace huicai::app {

void App::enterBenchQueue() {
    Workspace& d = m_state.work;
    auto seeded = seedState(*m_demoSeed, ReferenceView{d.calendar, m_state.referenceCatalog, d.regions, d.talent});
    if (!seeded) {
        d.loadError = seeded.error().key;
        d.loadErrorDetail = seeded.error().detail;
        return;
    }
    std::string window, employer;
    for (const auto& a : d.actors) {
        if (a.alias == "window_county") window = a.actor.scope;
        if (a.alias == "employer_admin") employer = a.actor.scope;
    }
    if (auto s = addBenchQueue(*seeded, d.benchQueue, window, employer, d.today); !s) {
        d.loadError = s.error().key;
        d.loadErrorDetail = s.error().detail;
        return;
    }
    d.state = std::move(*seeded);
    d.role = "window_county";
    d.loaded = true;
    d.persisted = false;
    ++d.version;
}

} // namespace huicai::app
