// The window dashboard's figures, computed from the records a window can see: service
// volumes by item and month (requests filed and direct-service bookings made), the
// on-time rate of finished department tasks by region (measured against the promised
// due date: a new date stated in an overdue explanation does not make a task on time),
// open overdue tasks, satisfaction from the talents' ratings, and the places of
// Shandong's 16 cities on the dashboard's tile grid. Pure: the date and calendar are
// passed in.
#pragma once
#include "core/calendar.h"
#include "core/model.h"
#include "core/regions.h"

#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::app {

struct MonthVolume {
    int year = 0, month = 0;
    std::map<std::string, int> byItem; // A-code -> requests filed + bookings made
    int total = 0;
};
// The `months` calendar months ending with today's, oldest first, counting the records
// within `scope` (a request by its window, a booking by its talent's employer's region).
std::vector<MonthVolume> volumesByMonth(const State& state, const RegionTree& regions, std::string_view scope, Date today,
                                        int months);
// The item codes of `volumes` by total, largest first (ties by code), at most `limit`.
std::vector<std::string> topItems(const std::vector<MonthVolume>& volumes, std::size_t limit);

struct Satisfaction {
    std::array<int, 5> counts{}; // ratings 1..5
    int rated() const { return counts[0] + counts[1] + counts[2] + counts[3] + counts[4]; }
    std::optional<double> mean() const;
};

struct RegionRate {
    std::string region;
    int requests = 0;     // service requests filed at windows within the region
    int completed = 0;    // department tasks finished
    int onTime = 0;       // of those, by their promised due date
    int overdueOpen = 0;  // unfinished tasks past their due date today
    int cards = 0;        // Huicai Cards issued to talents of employers within the region
    Satisfaction ratings; // the talents' ratings of requests filed within the region
    std::optional<double> rate() const {
        return completed == 0 ? std::nullopt : std::optional<double>(double(onTime) / double(completed));
    }
};
// One row per region of `rows`, each counting the records of windows within it. A task
// whose dates the calendar cannot count (a year without holiday data) is left out.
std::vector<RegionRate> ratesByRegion(const State& state, const RegionTree& regions, const WorkCalendar& calendar,
                                      const std::vector<std::string>& rows, Date today);

// The ratings of service requests within `scope`.
Satisfaction satisfaction(const State& state, const RegionTree& regions, std::string_view scope);

// The rows of the on-time chart for a window: the regions below it, or itself when
// it has none.
std::vector<std::string> chartRegions(const RegionTree& regions, std::string_view scope);

// Shandong's 16 cities placed roughly as on a map, on a grid of kTileColumns × kTileRows.
struct CityTile {
    std::string_view code;
    int column, row;
};
inline constexpr int kTileColumns = 6, kTileRows = 4;
std::span<const CityTile> cityTiles();

} // namespace huicai::app
