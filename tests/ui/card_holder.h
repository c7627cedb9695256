// The world the service screens' tests start from: T1 of E1 holding a Huicai Card
// issued on Monday 3 March 2025, with S1 as the specialist assigned to T1.
#pragma once
#include "../core/workflow_fixture.h"

namespace screens {

inline wf::World cardHolder() {
    wf::World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    w.issueCard("T1", "E1", "S1", "CA1", "2025-03-03");
    return w;
}

} // namespace screens
