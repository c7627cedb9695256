// Implements the dashboard's figures of dashboard_stats.h.
#include "app/dashboard_stats.h"

#include "core/deadline.h"

#include <algorithm>

namespace huicai::app {

namespace {

bool within(const RegionTree& regions, const std::string& code, std::string_view scope) {
    return !code.empty() && regions.isWithin(code, scope);
}

std::string employerRegionOf(const State& s, const std::string& talentId) {
    auto t = s.talents.find(talentId);
    if (t == s.talents.end()) return {};
    auto e = s.employers.find(t->second.employer);
    return e == s.employers.end() ? std::string() : e->second.region;
}

constexpr CityTile kTiles[] = {
    {"371400", 1, 0}, {"371600", 2, 0}, {"370500", 3, 0}, // 德州 滨州 东营
    {"371500", 0, 1},
    {"370100", 1, 1},
    {"370300", 2, 1},
    {"370700", 3, 1},
    {"370600", 4, 1}, // 聊城 济南 淄博 潍坊 烟台
    {"371000", 5, 1}, // 威海
    {"370900", 1, 2},
    {"371300", 2, 2},
    {"371100", 3, 2},
    {"370200", 4, 2}, // 泰安 临沂 日照 青岛
    {"371700", 0, 3},
    {"370800", 1, 3},
    {"370400", 2, 3}, // 菏泽 济宁 枣庄
};

} // namespace

std::vector<MonthVolume> volumesByMonth(const State& s, const RegionTree& regions, std::string_view scope, Date today,
                                        int months) {
    std::vector<MonthVolume> out;
    const auto ymd = today.ymd();
    int y = ymd.year, m = ymd.month;
    for (int i = 0; i < months; ++i) {
        out.insert(out.begin(), MonthVolume{y, m, {}, 0});
        if (--m == 0) m = 12, --y;
    }
    auto add = [&](Date d, const std::string& item) {
        const auto dm = d.ymd();
        for (auto& v : out)
            if (v.year == dm.year && v.month == dm.month) {
                v.byItem[item] += 1;
                v.total += 1;
            }
    };
    for (const auto& [id, r] : s.requests)
        if (within(regions, r.window, scope)) add(r.filedOn, r.item);
    for (const auto& [id, b] : s.bookings)
        if (within(regions, employerRegionOf(s, b.talent), scope)) add(b.bookedOn, b.item);
    return out;
}

std::vector<std::string> topItems(const std::vector<MonthVolume>& volumes, std::size_t limit) {
    std::map<std::string, int> totals;
    for (const auto& v : volumes)
        for (const auto& [item, n] : v.byItem) totals[item] += n;
    std::vector<std::pair<std::string, int>> sorted(totals.begin(), totals.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> out;
    for (const auto& [item, n] : sorted) {
        if (out.size() == limit) break;
        out.push_back(item);
    }
    return out;
}

std::vector<RegionRate> ratesByRegion(const State& s, const RegionTree& regions, const WorkCalendar& calendar,
                                      const std::vector<std::string>& rows, Date today) {
    std::vector<RegionRate> out;
    for (const auto& code : rows) out.push_back(RegionRate{code});
    for (const auto& [id, r] : s.requests)
        for (auto& row : out)
            if (within(regions, r.window, row.region)) {
                row.requests += 1;
                if (r.rating && *r.rating >= 1 && *r.rating <= 5) row.ratings.counts[*r.rating - 1] += 1;
            }
    for (const auto& [number, card] : s.cards) {
        const std::string region = employerRegionOf(s, card.holder);
        for (auto& row : out)
            if (within(regions, region, row.region)) row.cards += 1;
    }
    for (const auto& [id, k] : s.tasks) {
        auto r = s.requests.find(k.request);
        if (r == s.requests.end()) continue;
        int late = -1, overdue = -1; // -1: not counted
        if (k.clock.stoppedOn) {
            Clock promised = k.clock;
            std::erase_if(promised.ledger, [](const ClockEntry& e) { return e.kind == ClockEntryKind::NewDate; });
            auto l = finishedLate(promised, calendar);
            if (l) late = *l ? 1 : 0;
        } else {
            auto o = isOverdue(k.clock, today, calendar);
            if (o) overdue = *o ? 1 : 0;
        }
        for (auto& row : out) {
            if (!within(regions, r->second.window, row.region)) continue;
            if (late >= 0) {
                row.completed += 1;
                row.onTime += late == 0 ? 1 : 0;
            }
            if (overdue == 1) row.overdueOpen += 1;
        }
    }
    return out;
}

std::optional<double> Satisfaction::mean() const {
    const int n = rated();
    if (n == 0) return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 5; ++i) sum += counts[i] * (i + 1);
    return double(sum) / double(n);
}

Satisfaction satisfaction(const State& s, const RegionTree& regions, std::string_view scope) {
    Satisfaction out;
    for (const auto& [id, r] : s.requests)
        if (r.rating && *r.rating >= 1 && *r.rating <= 5 && within(regions, r.window, scope)) out.counts[*r.rating - 1] += 1;
    return out;
}

std::vector<std::string> chartRegions(const RegionTree& regions, std::string_view scope) {
    std::vector<std::string> out;
    for (const Region* r : regions.children(scope)) out.push_back(r->code);
    if (out.empty() && regions.region(scope)) out.push_back(std::string(scope));
    return out;
}

std::span<const CityTile> cityTiles() { return kTiles; }

} // namespace huicai::app
