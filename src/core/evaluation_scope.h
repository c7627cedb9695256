// How far a window's evaluation work reaches (S8.1.1, S8.2.3): the units it may
// evaluate and the specialists it may commend. RecordWindowEvaluation and
// CommendSpecialist apply these rules; the evaluation screen lists what they allow.
#pragma once
#include "core/model.h"
#include "core/regions.h"

#include <string>

namespace huicai {

// May the window of `window` (a region code) evaluate the unit? The windows below it
// and the employers of its area; departments and agencies wherever they are. False
// for a window or employer that does not exist.
bool windowEvaluates(const State& s, const RegionTree& regions, const std::string& window, UnitKind kind,
                     const std::string& unit);

// The region of an employer; empty for an unknown one.
std::string employerRegion(const State& s, const std::string& employer);

// The region a specialist serves in: a window's own, an employer specialist's
// employer's; empty for departments' and agencies' staff, who serve the province.
std::string specialistRegion(const State& s, const Staff& staff);

// May the window commend the specialist, excellent or not? Those of its area, and
// departments' and agencies' staff from any window.
bool windowCommends(const State& s, const RegionTree& regions, const std::string& window, const std::string& specialist);

} // namespace huicai
