// Implements the intake desk's lists: the window's hotline and website requests and
// the problems and suggestions that reached it, filtered and newest first.
#include "app/intake_rows.h"

#include <algorithm>

namespace huicai::app {

bool newerId(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return a.size() > b.size();
    return a > b;
}

std::vector<const HotlineRequest*> windowHotlines(const State& s, std::string_view window, std::string_view filter,
                                                  const std::function<std::string(const HotlineRequest&)>& describe) {
    std::vector<const HotlineRequest*> out;
    for (const auto& [id, h] : s.hotline) {
        if (h.window != window) continue;
        if (!filter.empty() && describe(h).find(filter) == std::string::npos) continue;
        out.push_back(&h);
    }
    std::sort(out.begin(), out.end(), [](const HotlineRequest* a, const HotlineRequest* b) {
        if (a->recordedOn != b->recordedOn) return b->recordedOn < a->recordedOn;
        return newerId(a->id, b->id);
    });
    return out;
}

std::vector<ProblemRow> windowProblems(const State& s, std::string_view window, std::string_view filter,
                                       const std::function<std::string(const Problem&)>& describe) {
    std::vector<ProblemRow> out;
    for (const auto& [id, p] : s.problems) {
        const bool held = p.window == window;
        if (!held && std::find(p.path.begin(), p.path.end(), window) == p.path.end()) continue;
        if (!filter.empty() && describe(p).find(filter) == std::string::npos) continue;
        out.push_back(ProblemRow{&p, held});
    }
    std::sort(out.begin(), out.end(), [](const ProblemRow& a, const ProblemRow& b) {
        if (a.held != b.held) return a.held;
        if (a.problem->raisedOn != b.problem->raisedOn) return b.problem->raisedOn < a.problem->raisedOn;
        return newerId(a.problem->id, b.problem->id);
    });
    return out;
}

} // namespace huicai::app
