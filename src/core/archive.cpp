// Implements the quarterly archive of archive.h and the corps gap list.
#include "core/archive.h"

#include "core/apply_internal.h"

#include <algorithm>

namespace huicai {

Date quarterStart(int year, int quarter) { return Date::fromYmd({year, 3 * (quarter - 1) + 1, 1}); }
Date quarterEnd(int year, int quarter) {
    return quarter == 4 ? Date::fromYmd({year, 12, 31}) : quarterStart(year, quarter + 1) - 1;
}

namespace {
bool within(Date d, Date from, Date to) { return d >= from && d <= to; }
} // namespace

Result<Archive> computeArchive(const State& s, const std::string& window, int year, int quarter, const Context& ctx) {
    if (!ctx.regions.region(window)) return makeError("error.region.unknown", window);
    const WorkCalendar cal = effectiveCalendar(s, ctx);
    const Date from = quarterStart(year, quarter), to = quarterEnd(year, quarter);
    Archive a;
    a.window = window;
    a.year = year;
    a.quarter = quarter;
    for (const auto& [id, r] : s.requests) {
        if (r.window != window) continue;
        for (const auto& h : r.history)
            if (h.to == enumId(RequestState::ResultsReported) && within(h.at, from, to)) a.itemsServed[r.item] += 1;
    }
    for (const auto& [id, b] : s.bookings)
        if (b.servedOn && within(*b.servedOn, from, to) && employerRegion(s, s.talents.count(b.talent) ? s.talents.find(b.talent)->second.employer : "") == window)
            a.itemsServed[b.item] += 1;
    for (const auto& [id, k] : s.tasks) {
        auto r = s.requests.find(k.request);
        if (r == s.requests.end() || r->second.window != window || k.receivedOn > to) continue;
        const bool doneInQuarter = k.clock.stoppedOn && within(*k.clock.stoppedOn, from, to);
        Clock promised = k.clock; // without the new dates of overdue explanations
        std::erase_if(promised.ledger, [](const ClockEntry& e) { return e.kind == ClockEntryKind::NewDate; });
        auto late = finishedLate(promised, cal);
        if (!late) return late.error();
        if (doneInQuarter) {
            a.completed += 1;
            if (!*late) a.onTime += 1;
        }
        const bool openAtEnd = !k.clock.stoppedOn || *k.clock.stoppedOn > to;
        Clock atEnd = k.clock;
        if (openAtEnd) atEnd.stoppedOn.reset();
        std::erase_if(atEnd.ledger, [&](const ClockEntry& e) { return e.on > to; });
        auto overdueAtEnd = isOverdue(atEnd, to, cal);
        if (!overdueAtEnd) return overdueAtEnd.error();
        OverdueEntry e{k.request, k.department, r->second.item, std::nullopt, std::nullopt, !openAtEnd, {}, {}};
        for (const auto& l : atEnd.ledger)
            if (l.kind == ClockEntryKind::NewDate && within(l.on, from, to) && l.newDate) {
                e.explanations.push_back(l.reason);
                e.newDates.push_back(*l.newDate);
            }
        if ((openAtEnd && *overdueAtEnd) || (doneInQuarter && *late) || !e.explanations.empty()) {
            auto due = dueDate(atEnd, cal);
            if (!due) return due.error();
            e.due = *due;
            promised.stoppedOn.reset();
            std::erase_if(promised.ledger, [&](const ClockEntry& l) { return l.on > to; });
            auto promisedDue = dueDate(promised, cal);
            if (!promisedDue) return promisedDue.error();
            e.promisedDue = *promisedDue;
            a.overdue.push_back(std::move(e));
        }
    }
    for (const auto& [id, p] : s.problems)
        if (!p.path.empty() && p.path.front() == window && within(p.raisedOn, from, to))
            a.problems.push_back(ProblemEntry{p.id, std::string(enumId(p.kind)), p.text, window});
    for (const auto& [id, st] : s.staff) {
        if (st.role == Role::WindowSpecialist && st.org == window) a.corps.windowSpecialists += 1;
        if (st.role == Role::EmployerSpecialist && employerRegion(s, st.org) == window) a.corps.employerSpecialists += 1;
    }
    for (const auto& [id, t] : s.talents) {
        if (employerRegion(s, t.employer) != window) continue;
        a.corps.talents += 1;
        if (t.specialist.empty()) a.corps.talentsWithoutSpecialist += 1;
    }
    return a;
}

Archive rollUp(Archive own, const std::vector<Archive>& lowers) {
    for (const auto& l : lowers) {
        for (const auto& [item, n] : l.itemsServed) own.itemsServed[item] += n;
        own.completed += l.completed;
        own.onTime += l.onTime;
        own.overdue.insert(own.overdue.end(), l.overdue.begin(), l.overdue.end());
        own.problems.insert(own.problems.end(), l.problems.begin(), l.problems.end());
        own.corps.windowSpecialists += l.corps.windowSpecialists;
        own.corps.employerSpecialists += l.corps.employerSpecialists;
        own.corps.talents += l.corps.talents;
        own.corps.talentsWithoutSpecialist += l.corps.talentsWithoutSpecialist;
        own.includes.push_back(l.window);
        own.includes.insert(own.includes.end(), l.includes.begin(), l.includes.end());
    }
    return own;
}

Result<Archive> archiveView(const State& s, const std::string& window, int year, int quarter, const Context& ctx) {
    auto own = computeArchive(s, window, year, quarter, ctx);
    if (!own) return own;
    std::vector<Archive> lowers;
    for (const auto& [id, f] : s.archives)
        if (f.filedWith == window && f.archive.year == year && f.archive.quarter == quarter) lowers.push_back(f.archive);
    return rollUp(std::move(*own), lowers);
}

CorpsGaps corpsGaps(const State& s, const Catalog& catalog) {
    CorpsGaps g;
    auto staffed = [&](Role role, const std::string& org) {
        return std::any_of(s.staff.begin(), s.staff.end(),
                           [&](const auto& kv) { return kv.second.role == role && kv.second.org == org; });
    };
    for (const auto& d : catalog.departments())
        if (!staffed(Role::DepartmentSpecialist, d.id)) g.departments.push_back(d.id);
    for (const auto& [id, d] : s.departments)
        if (!staffed(Role::DepartmentSpecialist, id)) g.departments.push_back(id);
    for (const auto& a : catalog.agencies())
        if (!staffed(Role::HandlingSpecialist, a.id)) g.agencies.push_back(a.id);
    for (const auto& [id, a] : s.agencies)
        if (!staffed(Role::HandlingSpecialist, id)) g.agencies.push_back(id);
    for (const auto& [id, t] : s.talents)
        if (t.specialist.empty()) g.talents.push_back(id);
    return g;
}

namespace detail {

Status handle(Step& st, const FileQuarterlyArchive& p) {
    if (p.quarter < 1 || p.quarter > 4) return makeError("error.command.field", "quarter");
    if (p.year < 2000 || p.year > 9999) return makeError("error.command.field", "year");
    if (st.now() <= quarterEnd(p.year, p.quarter))
        return makeError("error.archive.quarter_open", std::to_string(p.year) + "Q" + std::to_string(p.quarter));
    const std::string& window = st.actor().scope;
    const std::string id = window + ":" + std::to_string(p.year) + ":Q" + std::to_string(p.quarter);
    if (st.s.archives.count(id)) return makeError("error.archive.duplicate", id);
    auto view = archiveView(st.s, window, p.year, p.quarter, st.ctx);
    if (!view) return view.error();
    const Region* upper = st.ctx.regions.parent(window);
    st.s.archives[id] = ArchiveFiling{id, window, upper ? upper->code : std::string(), st.now(), std::move(*view)};
    st.touch("archive", id);
    return Ok{};
}

} // namespace detail

} // namespace huicai
