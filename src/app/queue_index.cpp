// Implements QueueIndex: the window queue's sorted list and its filtered rows.
#include "app/queue_index.h"

#include "core/deadline.h"

#include <algorithm>

namespace huicai::app {

bool inReviewQueue(CardState s) {
    return s == CardState::UnderWindowReview || s == CardState::ApprovedAtWindow || s == CardState::AtProvince ||
           s == CardState::ExpertPanel || s == CardState::PanelApproved;
}

void QueueIndex::update(const State& state, const std::string& window, Date today, const WorkCalendar& calendar,
                        std::uint64_t version, const std::string& filter) {
    if (!m_valid || version != m_version || window != m_window || today != m_today) {
        m_valid = true;
        m_version = version;
        m_window = window;
        m_today = today;
        rebuild(state, calendar);
        m_filter.clear();
        m_visible.clear();
        for (const auto& row : m_all) m_visible.push_back(&row);
        if (!filter.empty()) refilter(filter);
        return;
    }
    if (filter != m_filter) refilter(filter);
}

void QueueIndex::rebuild(const State& state, const WorkCalendar& calendar) {
    ++m_rebuilds;
    m_all.clear();
    for (const auto& [id, app] : state.cardApplications) {
        if (app.window != m_window || !inReviewQueue(app.state)) continue;
        QueueRow row{id, app.talent, INT_MAX};
        if (auto t = state.talents.find(app.talent); t != state.talents.end()) row.name = t->second.name;
        if (auto left = workingDaysLeft(app.clock, m_today, calendar); left && left->has_value()) row.daysLeft = **left;
        m_all.push_back(std::move(row));
    }
    // The table is ordered by id, so a stable sort keeps ties in id order.
    std::stable_sort(m_all.begin(), m_all.end(),
                     [](const QueueRow& a, const QueueRow& b) { return a.daysLeft < b.daysLeft; });
}

void QueueIndex::refilter(const std::string& filter) {
    ++m_scans;
    auto matches = [&](const QueueRow& r) {
        return r.name.find(filter) != std::string::npos || r.id.find(filter) != std::string::npos;
    };
    // A filter that contains the previous one can only drop rows.
    const bool narrowing = !m_filter.empty() && filter.find(m_filter) != std::string::npos;
    std::vector<const QueueRow*> out;
    if (narrowing) {
        for (const QueueRow* r : m_visible)
            if (matches(*r)) out.push_back(r);
    } else {
        for (const auto& r : m_all)
            if (filter.empty() || matches(r)) out.push_back(&r);
    }
    m_visible = std::move(out);
    m_filter = filter;
}

} // namespace huicai::app
