// Catalogue adjustments (S8.3 (1): windows adjust the way and content of services
// after evaluation): the province window changes an item's mode, promised working
// days or description with a reason; each change is a versioned record everyone can
// read; the catalogue in force lays them over the reference; a request keeps the
// limit it was filed under. The limits the standard does not give (A1, A2, A12, A20)
// are defaults that such an adjustment replaces.
#include "workflow_fixture.h"

#include "core/access.h"
#include "core/catalog_adjust.h"

using namespace wf;

namespace {
} // namespace

TEST_CASE("1. only the province window adjusts an item, with a reason and a real change", "[core][S8.3][A2]") {
    World w;
    w.seedCardHolder();
    const char* on = "2025-04-01";
    w.fails(window("370100"), AdjustCatalogItem{"A2", "", 10, "", "", "评估结果"}, on, "error.access.denied");
    w.fails(employerAdmin("E1"), AdjustCatalogItem{"A2", "", 10, "", "", "评估结果"}, on, "error.access.denied");
    w.fails(window("370000"), AdjustCatalogItem{"A99", "", 10, "", "", "评估结果"}, on, "error.catalog.unknown_item");
    w.fails(window("370000"), AdjustCatalogItem{"A2", "walk_in", 0, "", "", "评估结果"}, on, "error.command.field");
    w.fails(window("370000"), AdjustCatalogItem{"A2", "", -1, "", "", "评估结果"}, on, "error.catalog.days");
    w.fails(window("370000"), AdjustCatalogItem{"A2", "", 10, "", "", ""}, on, "error.command.field");
    w.fails(window("370000"), AdjustCatalogItem{"A2", "application", 15, "", "", "评估结果"}, on, "error.adjust.no_change");
    w.ok(window("370000"), AdjustCatalogItem{"A2", "", 10, "", "", "评估结果：办理提速"}, on);
    w.ok(window("370000"), AdjustCatalogItem{"A2", "", 0, "", "Residence permit, now in 10 working days.", "英文说明"}, "2025-04-02");
    const auto& a1 = w.state.adjustments.at("A2:1");
    CHECK(a1.version == 1);
    CHECK(a1.days == 10);
    CHECK(a1.window == "370000");
    CHECK(a1.reason == "评估结果：办理提速");
    CHECK(w.state.adjustments.at("A2:2").version == 2);
    CHECK_FALSE(w.state.adjustments.at("A2:2").days);
    // The item in force carries both; the newest first in its history.
    const auto item = effectiveItem(w.state, w.ref.catalog, "A2");
    REQUIRE(item);
    CHECK(item->promisedWorkingDays == 10);
    CHECK(item->descEn == "Residence permit, now in 10 working days.");
    CHECK(item->descZh == w.ref.catalog.item("A2")->descZh);
    const auto history = adjustmentsOf(w.state, "A2");
    REQUIRE(history.size() == 2);
    CHECK(history.front()->version == 2);
    CHECK(effectiveCatalog(w.state, w.ref.catalog).item("A2")->promisedWorkingDays == 10);
    // Everyone reads the catalogue and its adjustments.
    CHECK(visible(talent("T1"), "adjustment/A2:1", w.state, w.ref.regions));
    CHECK(visible(agency("sd_exit_entry"), "adjustment/A2:2", w.state, w.ref.regions));
}

TEST_CASE("2. a request keeps the limit it was filed under, one filed after the adjustment gets the new one", "[core][S8.3][S7.4][A2]") {
    World w;
    w.seedCardHolder();
    // A2 goes through the window (two departments): filed at 15 days, dispatched after the change.
    w.ok(kS1, FileServiceRequest{"R1", "T1", "A2", {"材料"}}, "2025-04-07");
    w.ok(window("370000"), AdjustCatalogItem{"A2", "", 10, "", "", "评估结果"}, "2025-04-07");
    w.ok(kS1, FileServiceRequest{"R2", "T1", "A2", {"材料"}}, "2025-04-07");
    w.ok(window("370102"), DispatchToDepartments{"R1", {}}, "2025-04-08");
    w.ok(window("370102"), DispatchToDepartments{"R2", {}}, "2025-04-08");
    CHECK(w.state.requests.at("R1").promisedDays == 15);
    CHECK(w.state.requests.at("R2").promisedDays == 10);
    CHECK(w.state.tasks.at("R1:sd_public_security").clock.limitDays == 15);
    CHECK(w.due(w.state.tasks.at("R1:sd_public_security").clock) == d("2025-04-28"));
    CHECK(w.state.tasks.at("R2:sd_public_security").clock.limitDays == 10);
    CHECK(w.due(w.state.tasks.at("R2:sd_public_security").clock) == d("2025-04-22"));
}

TEST_CASE("3. a changed mode is the one that counts: a direct item made an application item is filed, no longer booked", "[core][S8.3][S7.3][A13]") {
    World w;
    w.seedCardHolder();
    w.ok(window("370000"), AdjustCatalogItem{"A13", "application", 5, "", "", "改为申请办理"}, "2025-04-01");
    w.fails(talent("T1"), BookDirectService{"B1", "A13", "cr_jinan_stations", d("2025-04-10")}, "2025-04-02", "error.request.not_direct_item");
    w.ok(kS1, FileServiceRequest{"R1", "T1", "A13", {"材料"}}, "2025-04-02");
    CHECK(w.state.tasks.at("R1:cr_jinan").clock.limitDays == 5);
}

TEST_CASE("4. a limit the standard does not give is a default until the province sets it", "[core][S8.3][A1]") {
    World w;
    w.seedCardHolder();
    REQUIRE(w.ref.catalog.item("A1")->daysAreDefault);
    w.ok(window("370000"), AdjustCatalogItem{"A1", "", 6, "", "", "省窗口确定"}, "2025-04-01");
    const auto item = effectiveItem(w.state, w.ref.catalog, "A1");
    CHECK(item->promisedWorkingDays == 6);
    CHECK_FALSE(item->daysAreDefault);
    // A description change alone leaves the default a default.
    w.ok(window("370000"), AdjustCatalogItem{"A12", "", 0, "新的说明", "", "说明更新"}, "2025-04-01");
    CHECK(effectiveItem(w.state, w.ref.catalog, "A12")->daysAreDefault);
}
