// Implements addBenchQueue: the synthetic talents and applications of the benchmark.
#include "app/bench_queue.h"

#include <array>
#include <cstdio>
#include <string_view>

namespace huicai::app {

namespace {

constexpr std::array<std::string_view, 8> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};
constexpr std::array<std::string_view, 10> kGiven = {"明", "华", "强", "芳", "静", "伟", "磊", "娜", "军", "洋"};

std::string numbered(std::string_view prefix, int i) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%06d", i);
    return std::string(prefix) + buf;
}

} // namespace

std::string benchApplicationId(int i) { return numbered("CA-Q", i); }

Status addBenchQueue(State& state, int n, const std::string& window, const std::string& employer, Date today) {
    if (n < 1 || n > 1'000'000) return makeError("error.command.field", "n");
    if (!state.employers.contains(employer)) return makeError("error.employer.unknown", employer);
    for (int i = 1; i <= n; ++i) {
        Talent t;
        t.id = numbered("TQ", i);
        t.name = std::string(kSurnames[i % kSurnames.size()]) + std::string(kGiven[(i / 8) % kGiven.size()]) +
                 std::string(kGiven[(i / 80) % kGiven.size()]);
        t.category = "professional_technical";
        t.nationality = "CHN";
        t.employer = employer;
        t.registeredOn = today - 30;

        CardApplication a;
        a.id = benchApplicationId(i);
        a.talent = t.id;
        a.employer = employer;
        a.window = window;
        a.submittedOn = today - 20;
        const int kind = i % 3;
        a.cardClass = kind == 2 ? CardClass::ReviewIssue : CardClass::DirectIssue;
        a.basis = kind == 2 ? "review.1" : "direct.1";
        a.state = kind == 2 ? CardState::ApprovedAtWindow : CardState::UnderWindowReview;
        a.clock.startEvent = kind == 2 ? "contract_confirmed" : "arrival_at_province";
        a.clock.limitDays = kind == 2 ? 14 : 7;
        if (kind != 0) a.clock.start = today - (i % 21);
        if (kind == 2) a.contractConfirmedOn = *a.clock.start;
        a.history.push_back(HistoryEntry{*a.submittedOn, "bench-" + std::to_string(i), t.id, "SubmitCardApplication", "draft", "under_window_review", window, {}});
        state.talents.emplace(t.id, std::move(t));
        state.cardApplications.emplace(a.id, std::move(a));
    }
    return Ok{};
}

} // namespace huicai::app
