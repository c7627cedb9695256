// The command a screen asked for with the last click, and running it on the world as
// the person who clicked (then the form's onApplied, as the app does once applied).
#pragma once
#include "../core/workflow_fixture.h"
#include "screen_harness.h"

#include <catch2/catch.hpp>

namespace screens {

// The command the last click asked for, or null.
inline const huicai::app::RunCommand* commandOf(const huicai::app::Requests& requests) {
    for (const auto& r : requests)
        if (const auto* c = std::get_if<huicai::app::RunCommand>(&r)) return c;
    return nullptr;
}

// Runs the last click's command as `actor` on `w` on `on`; it must apply.
inline void runClicked(wf::World& w, const ScreenHarness& h, const huicai::Actor& actor, const char* on) {
    const huicai::app::RunCommand* c = commandOf(h.requests);
    REQUIRE(c);
    const auto s = w.run(actor, c->payload, on);
    INFO((s.ok() ? std::string() : s.error().key));
    REQUIRE(s.ok());
    if (c->onApplied) c->onApplied();
}

} // namespace screens
