// The benchmark queue (?bench=queue&n=N): N synthetic talents of an employer and a
// card application of each held by one window, added to a state directly (not through
// N commands). Every third application waits without a running limit; the others have
// a direct-issue (7 days) or review-issue (14 days, contract confirmed) clock started
// 0..20 days before today, so the queue's sort and all three deadline chips see work.
// Talents are named from a few surnames and given names (names repeat, as they do),
// applications are "CA-Q000001"…, talents "TQ000001"….
#pragma once
#include "core/model.h"
#include "core/result.h"

#include <string>

namespace huicai::app {

// error.employer.unknown (detail: the employer) when `employer` is not in the
// state; error.command.field ("n") when n is not in 1..1,000,000.
Status addBenchQueue(State& state, int n, const std::string& window, const std::string& employer, Date today);

// The id of the i-th synthetic application (1-based): "CA-Q000001".
std::string benchApplicationId(int i);

} // namespace huicai::app
