// The workspace's cache of the core's offers (app/offer_cache.h): a record's offers
// are asked of the core once per state version, acting user and day, and are the
// core's own answer.
#include "app/offer_cache.h"
#include "../core/workflow_fixture.h"

using namespace wf;

TEST_CASE("offer cache: asked again only when the version, the actor or the day moves", "[app][S7.1][S6.2.1]") {
    World w;
    const char* on = "2025-01-07";
    w.directApplication("CA", on, true);
    const std::string key = "card_application/CA";
    huicai::app::OfferCache cache;
    const Context ctx = w.ctx(d(on));

    const auto first = cache.get(w.state, window("370102"), key, ctx, 1);
    CHECK(first == offers(w.state, window("370102"), key, ctx));
    CHECK(findOffer(first, "ApproveAtWindow"));
    CHECK(cache.computed() == 1);
    cache.get(w.state, window("370102"), key, ctx, 1);
    CHECK(cache.computed() == 1); // same version, actor and day: from the cache

    // The state moves (a command, a pull): the next version asks again and sees the new state.
    w.ok(window("370102"), ApproveAtWindow{"CA", ""}, on);
    const auto moved = cache.get(w.state, window("370102"), key, ctx, 2);
    CHECK(cache.computed() == 2);
    CHECK_FALSE(findOffer(moved, "ApproveAtWindow"));
    CHECK(findOffer(moved, "EscalateToUpperWindow"));

    // Another acting user (a demo role switch, another sign-in) gets their own offers.
    CHECK(cache.get(w.state, window("370100"), key, ctx, 2).empty());
    CHECK(cache.computed() == 3);
    // Another day.
    cache.get(w.state, window("370100"), key, w.ctx(d("2025-01-08")), 2);
    CHECK(cache.computed() == 4);
}
