// The window queue's cached index (S7.1): rows of the window's reviewing states only,
// sorted by working days left with the unlimited last, filtered by talent name or
// application id, rebuilt only when the state version, the window or today changes,
// and rescanned only when the filter changes; and the benchmark's synthetic queue.
// A 2026 calendar without holidays: from Monday 2026-03-02 a 7-day limit ends on
// Wednesday 2026-03-11.
#include "app/bench_queue.h"
#include "app/queue_index.h"

#include "../core/workflow_fixture.h"

#include <catch2/catch.hpp>

using namespace huicai;
using huicai::app::QueueIndex;
using wf::d;

namespace {

WorkCalendar queueCalendar() {
    WorkCalendar cal;
    REQUIRE(cal.setYear(2026, {}, {}).ok());
    return cal;
}

void add(State& s, const std::string& id, const std::string& talent, const std::string& name, CardState st,
         const std::string& window, std::optional<Date> start) {
    s.talents[talent].id = talent;
    s.talents[talent].name = name;
    CardApplication& a = s.cardApplications[id];
    a.id = id;
    a.talent = talent;
    a.state = st;
    a.window = window;
    a.clock.limitDays = 7;
    a.clock.start = start;
}

State queueSample() {
    State s;
    add(s, "CA-1", "T1", "王明", CardState::UnderWindowReview, "370102", std::nullopt);    // no limit running
    add(s, "CA-2", "T2", "李华", CardState::UnderWindowReview, "370102", d("2026-03-02")); // 7 left on 03-02
    add(s, "CA-3", "T3", "王芳", CardState::ApprovedAtWindow, "370102", d("2026-02-20"));  // fewer left
    add(s, "CA-4", "T4", "王强", CardState::Issued, "370102", d("2026-02-20"));            // not in a queue
    add(s, "CA-5", "T5", "王静", CardState::UnderWindowReview, "370100", d("2026-02-20")); // another window
    add(s, "CA-6", "T6", "赵伟", CardState::SpecialistAssigned, "370102", std::nullopt);   // not yet at a window
    return s;
}

std::vector<std::string> ids(const QueueIndex& q) {
    std::vector<std::string> out;
    for (const auto* r : q.rows()) out.push_back(r->id);
    return out;
}

} // namespace

TEST_CASE("queue index: the window's reviewing rows by working days left, filtered", "[S7.1][app]") {
    const WorkCalendar cal = queueCalendar();
    const State s = queueSample();
    struct Case {
        int n;
        const char* window;
        const char* filter;
        std::vector<std::string> expected;
    };
    const std::vector<Case> cases = {
        {1, "370102", "", {"CA-3", "CA-2", "CA-1"}},
        {2, "370102", "王", {"CA-3", "CA-1"}},
        {3, "370102", "CA-2", {"CA-2"}},
        {4, "370102", "李华", {"CA-2"}},
        {5, "370102", "赵", {}},
        {6, "370100", "", {"CA-5"}},
        {7, "370000", "", {}},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        QueueIndex q;
        q.update(s, c.window, d("2026-03-02"), cal, 1, c.filter);
        CHECK(ids(q) == c.expected);
    }
    QueueIndex q;
    q.update(s, "370102", d("2026-03-02"), cal, 1, "");
    REQUIRE(q.rows().size() == 3);
    CHECK(q.rows()[1]->daysLeft == 7);
    CHECK(q.rows()[1]->name == "李华");
    CHECK(q.rows()[2]->daysLeft == INT_MAX);
}

TEST_CASE("queue index: rebuilt on a new version, window or day, rescanned on a new filter only", "[S7.1][app]") {
    const WorkCalendar cal = queueCalendar();
    State s = queueSample();
    QueueIndex q;
    q.update(s, "370102", d("2026-03-02"), cal, 1, "");
    CHECK(q.rebuilds() == 1);
    for (int i = 0; i < 5; ++i) q.update(s, "370102", d("2026-03-02"), cal, 1, "");
    CHECK(q.rebuilds() == 1);
    CHECK(q.filterScans() == 0);

    q.update(s, "370102", d("2026-03-02"), cal, 1, "王");
    q.update(s, "370102", d("2026-03-02"), cal, 1, "王");
    CHECK(q.filterScans() == 1);
    q.update(s, "370102", d("2026-03-02"), cal, 1, "王芳"); // narrows the kept rows
    CHECK(ids(q) == std::vector<std::string>{"CA-3"});
    q.update(s, "370102", d("2026-03-02"), cal, 1, "王"); // widens again: all rows scanned
    CHECK(ids(q) == std::vector<std::string>{"CA-3", "CA-1"});
    CHECK(q.filterScans() == 3);
    CHECK(q.rebuilds() == 1);

    // The state changes without a new version: the index still shows the old rows.
    s.cardApplications["CA-3"].state = CardState::Issued;
    q.update(s, "370102", d("2026-03-02"), cal, 1, "");
    CHECK(ids(q) == std::vector<std::string>{"CA-3", "CA-2", "CA-1"});
    // With a new version it is rebuilt, keeping the filter.
    q.update(s, "370102", d("2026-03-02"), cal, 2, "王");
    CHECK(ids(q) == std::vector<std::string>{"CA-1"});
    CHECK(q.rebuilds() == 2);
    q.update(s, "370102", d("2026-03-03"), cal, 2, "王");
    CHECK(q.rebuilds() == 3);
    q.update(s, "370100", d("2026-03-03"), cal, 2, "王");
    CHECK(q.rebuilds() == 4);
    CHECK(ids(q) == std::vector<std::string>{"CA-5"});
}

TEST_CASE("bench queue: n talents and applications held by the window, all three chips", "[S7.1][app]") {
    const WorkCalendar cal = queueCalendar();
    const Date today = d("2026-03-16");
    State s;
    s.employers["E1"].id = "E1";
    REQUIRE(app::addBenchQueue(s, 300, "370102", "E1", today).ok());
    CHECK(s.talents.size() == 300);
    CHECK(s.cardApplications.size() == 300);
    CHECK(app::benchApplicationId(7) == "CA-Q000007");
    const CardApplication& a7 = s.cardApplications.at("CA-Q000007");
    CHECK(a7.talent == "TQ000007");
    CHECK(s.talents.at("TQ000007").employer == "E1");

    QueueIndex q;
    q.update(s, "370102", today, cal, 1, "");
    REQUIRE(q.rows().size() == 300);
    int unlimited = 0, overdue = 0, soon = 0, onTime = 0;
    for (const auto* r : q.rows()) {
        if (r->daysLeft == INT_MAX) ++unlimited;
        else if (r->daysLeft < 0) ++overdue;
        else if (r->daysLeft <= 2) ++soon;
        else ++onTime;
    }
    CHECK(unlimited == 100);
    CHECK(overdue > 0);
    CHECK(soon > 0);
    CHECK(onTime > 0);
    for (size_t i = 1; i < q.rows().size(); ++i) CHECK(q.rows()[i - 1]->daysLeft <= q.rows()[i]->daysLeft);

    q.update(s, "370102", today, cal, 1, "CA-Q00012");
    CHECK(q.rows().size() == 10); // CA-Q000120 … CA-Q000129

    State empty;
    CHECK(app::addBenchQueue(empty, 10, "370102", "E1", today).error().key == "error.employer.unknown");
    CHECK(app::addBenchQueue(s, 0, "370102", "E1", today).error().key == "error.command.field");
}
