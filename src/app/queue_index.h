// The window's review queue as a cached index: the applications a window holds in a
// reviewing state, sorted by working days left (those without a running limit last,
// ties by id), and the rows whose talent name or application id contains the filter.
// The sorted list is rebuilt only when the workspace's state version, the window or
// today changes; the filtered rows only when the filter changes too (a filter that
// extends the previous one scans only the rows it kept). A frame therefore costs the
// visible rows, not the queue's length.
#pragma once
#include "core/calendar.h"
#include "core/model.h"

#include <climits>
#include <cstdint>
#include <string>
#include <vector>

namespace huicai::app {

// The states in which an application waits on a window's review.
bool inReviewQueue(CardState s);

struct QueueRow {
    std::string id;         // the application
    std::string name;       // the talent's name (the id when the talent is unknown)
    int daysLeft = INT_MAX; // working days left; INT_MAX without a running limit
};

class QueueIndex {
public:
    // Brings the index up to date; cheap when nothing it depends on changed.
    void update(const State& state, const std::string& window, Date today, const WorkCalendar& calendar,
                std::uint64_t version, const std::string& filter);
    // The sorted rows that pass the filter.
    const std::vector<const QueueRow*>& rows() const { return m_visible; }
    std::size_t total() const { return m_all.size(); }
    // How often the sorted list was rebuilt and the filter scanned (for tests).
    int rebuilds() const { return m_rebuilds; }
    int filterScans() const { return m_scans; }

private:
    void rebuild(const State& state, const WorkCalendar& calendar);
    void refilter(const std::string& filter);

    bool m_valid = false;
    std::uint64_t m_version = 0;
    std::string m_window;
    Date m_today;
    std::string m_filter;
    std::vector<QueueRow> m_all;
    std::vector<const QueueRow*> m_visible;
    int m_rebuilds = 0;
    int m_scans = 0;
};

} // namespace huicai::app
