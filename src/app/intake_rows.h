// The window's intake desk as lists (#/window/intake): the hotline and website
// requests a window recorded (S6.2.3 (2)), newest first, and the problems and
// suggestions that reached it from talents, employer specialists and lower windows
// (S6.2.1 (4), S6.2.4 (4)): those it holds now first, then those it passed up, newest
// first within each. Both narrowed by a filter over a text the caller describes each
// row with (names and labels are in the user's language, which this layer does not
// know). No ImGui: tested natively.
#pragma once
#include "core/model.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::app {

// True when `a` sorts after `b` as a newer record of the same day: longer ids are
// newer ("HL-9" < "HL-10"), then the greater id.
bool newerId(const std::string& a, const std::string& b);

// The requests recorded by `window` whose describe(h) contains `filter` (all when
// the filter is empty), newest recording day first.
std::vector<const HotlineRequest*> windowHotlines(const State& s, std::string_view window, std::string_view filter,
                                                  const std::function<std::string(const HotlineRequest&)>& describe);

struct ProblemRow {
    const Problem* problem = nullptr;
    bool held = false; // the window holds it now (it may escalate it)
};

// The problems whose path passed `window`: those it holds first, then those passed up.
std::vector<ProblemRow> windowProblems(const State& s, std::string_view window, std::string_view filter,
                                       const std::function<std::string(const Problem&)>& describe);

} // namespace huicai::app
