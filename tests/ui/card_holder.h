// The world the service screens' tests start from: T1 of E1 holding a Huicai Card
// issued on Monday 3 March 2025, with S1 as the specialist assigned to T1.
#pragma once
#include "../core/workflow_fixture.h"

namespace screens {

inline wf::World cardHolder() {
    wf::World w;
    w.seedCardHolder();
    return w;
}

} // namespace screens
