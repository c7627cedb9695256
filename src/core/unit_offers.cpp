#include "core/unit_offers.h"

#include "core/access.h"
#include "core/catalog_adjust.h"
#include "core/evaluation_scope.h"
#include "core/workflow.h"
#include "core/offers.h"

namespace huicai {

bool allows(const State& state, const Actor& actor, Payload payload, const Context& ctx) {
    std::string probe = "screen-probe";
    while (state.commandIds.count(probe)) probe += "'";
    return check(state, Command{probe, actor, std::move(payload)}, ctx).ok();
}

bool mayAdjustItem(const State& state, const Actor& actor, const std::string& item, const Context& ctx) {
    if (actor.role != Role::WindowSpecialist) return false;
    const auto now = effectiveItem(state, ctx.catalog, item);
    if (!now) return false;
    return allows(state, actor, AdjustCatalogItem{item, "", now->promisedWorkingDays.value_or(0) + 1, "", "", "probe"}, ctx);
}

std::vector<std::string> gradableSpecialists(const State& state, const Actor& actor, int year, const Context& ctx) {
    std::vector<std::string> out;
    for (const auto& [id, s] : state.staff) {
        if (s.org != actor.scope || !isSpecialist(s.role)) continue; // a first sieve; check() is the judge
        if (allows(state, actor, GradeSpecialist{id, year, Grade::Adequate, {{EvidenceKind::DailyRecord, "probe"}}}, ctx))
            out.push_back(id);
    }
    return out;
}

std::vector<std::string> trainableSpecialists(const State& state, const Actor& actor, const Context& ctx) {
    std::vector<std::string> out;
    if ((commandRoles("RecordTraining") & roleBit(actor.role)) == 0) return out;
    // RecordTraining's own tests, without copying the state for every specialist of a
    // province: a specialist the window sees, of its area.
    for (const auto& [sid, s] : state.staff)
        if (isSpecialist(s.role) && visible(actor, recordKey("staff", sid), state, ctx.regions) &&
            windowCommends(state, ctx.regions, actor.scope, sid))
            out.push_back(sid);
    return out;
}

TaskClockOffers taskClockOffers(const State& state, const Actor& actor, const std::string& taskId, const Context& ctx) {
    TaskClockOffers out;
    if (actor.role != Role::DepartmentSpecialist || !state.tasks.count(taskId)) return out;
    const std::string target = recordKey("task", taskId);
    out.suspend = allows(state, actor, SuspendClock{target, "probe"}, ctx);
    out.resume = allows(state, actor, ResumeClock{target, "probe"}, ctx);
    out.extend = allows(state, actor, ExtendClock{target, 1, "probe"}, ctx);
    return out;
}

} // namespace huicai
