// Implements the access policy of access.h: each record kind names its parties,
// and an actor sees a record when it is one of them.
#include "core/access.h"

#include "core/workflow.h"

#include <algorithm>

namespace huicai {

namespace {

void add(std::vector<std::string>& v, const std::string& s) {
    if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// The keys of a map, into a list empty before: distinct already, so not searched (add()
// for each would make naming the talents of a unit with thousands quadratic: a
// specialist's assignment took 1.3 s in a province's replica).
template <class Map, class Keep>
void addKeys(std::vector<std::string>& v, const Map& rows, Keep keep) {
    const bool empty = v.empty();
    for (const auto& [id, row] : rows)
        if (keep(row)) empty ? v.push_back(id) : add(v, id);
}

void addEmployer(const State& s, Parties& p, const std::string& employerId) {
    add(p.employers, employerId);
    if (const auto* e = findRow(s.employers, employerId)) add(p.windows, e->region);
}

// The talent and the people and units around them (not departments or agencies).
void addTalent(const State& s, Parties& p, const std::string& talentId) {
    add(p.talents, talentId);
    if (const auto* t = findRow(s.talents, talentId)) {
        add(p.specialists, t->specialist);
        addEmployer(s, p, t->employer);
    }
}

void addTaskUnits(const State& s, Parties& p, const std::string& requestId) {
    for (const auto& [id, task] : s.tasks) {
        if (task.request != requestId) continue;
        add(p.departments, task.department);
        add(p.agencies, task.agency);
    }
}

void addStaffUnit(const State& s, Parties& p, const Staff& st) {
    switch (st.role) {
    case Role::EmployerAdmin:
    case Role::EmployerSpecialist: addEmployer(s, p, st.org); break;
    case Role::WindowSpecialist: add(p.windows, st.org); break;
    case Role::DepartmentSpecialist: add(p.departments, st.org); break;
    case Role::HandlingSpecialist: add(p.agencies, st.org); break;
    default: break;
    }
}

Parties talentParties(const State& s, const std::string& id) {
    Parties p;
    addTalent(s, p, id);
    for (const auto& [rid, r] : s.requests)
        if (r.talent == id) addTaskUnits(s, p, rid);
    for (const auto& [bid, b] : s.bookings)
        if (b.talent == id) add(p.agencies, b.agency);
    for (const auto& [hid, h] : s.hotline)
        if (h.talent == id) {
            add(p.agencies, h.agency);
            add(p.windows, h.window);
        }
    return p;
}

} // namespace

Parties partiesOf(const State& s, std::string_view key) {
    Parties p;
    const auto parts = splitRecordKey(key);
    if (!parts) return p;
    const auto& [kind, id] = *parts;
    if (kind == "holiday_year" || kind == "local_scheme" || kind == "typical_case" || kind == "event" ||
        kind == "commendation" || kind == "card_key" || kind == "revocation" || kind == "department" || kind == "agency" || kind == "adjustment" ||
        kind == "policy") {
        p.everyone = kind == "holiday_year" || recordExists(s, key);
        return p;
    }
    if (kind == "employer") {
        if (findRow(s.employers, id)) {
            addEmployer(s, p, id);
            // The unit is known to the talents who work for it; its own specialists
            // are named too, so that naming talents does not hide it from them.
            const auto& unit = id; // a structured binding: not capturable before C++20's clang 16
            addKeys(p.talents, s.talents, [&](const Talent& t) { return t.employer == unit; });
            addKeys(p.specialists, s.staff, [&](const Staff& st) { return st.org == unit && st.role == Role::EmployerSpecialist; });
        }
    } else if (kind == "staff") {
        if (const auto* st = findRow(s.staff, id)) {
            add(p.specialists, st->id);
            addStaffUnit(s, p, *st);
            addKeys(p.talents, s.talents, [&](const Talent& t) { return t.specialist == st->id; });
        }
    } else if (kind == "talent") {
        if (findRow(s.talents, id)) p = talentParties(s, id);
    } else if (kind == "card_application") {
        if (const auto* a = findRow(s.cardApplications, id)) {
            addTalent(s, p, a->talent);
            add(p.windows, a->window);
        }
    } else if (kind == "card") {
        if (const auto* c = findRow(s.cards, id)) {
            addTalent(s, p, c->holder);
            for (const auto& [bid, b] : s.bookings)
                if (b.card == id) add(p.agencies, b.agency);
        }
    } else if (kind == "recommendation") {
        if (const auto* r = findRow(s.recommendations, id)) {
            addTalent(s, p, r->talent);
            add(p.windows, r->window);
        }
    } else if (kind == "local_credential") {
        if (const auto* c = findRow(s.localCredentials, id)) {
            addTalent(s, p, c->talent);
            if (const auto* sc = findRow(s.localSchemes, c->scheme)) add(p.windows, sc->window);
        }
    } else if (kind == "booking") {
        if (const auto* b = findRow(s.bookings, id)) {
            addTalent(s, p, b->talent);
            add(p.agencies, b->agency);
        }
    } else if (kind == "request") {
        if (const auto* r = findRow(s.requests, id)) {
            addTalent(s, p, r->talent);
            add(p.specialists, r->specialist);
            add(p.windows, r->window);
            addTaskUnits(s, p, id);
        }
    } else if (kind == "task") {
        if (const auto* k = findRow(s.tasks, id)) {
            if (const auto* r = findRow(s.requests, k->request)) {
                addTalent(s, p, r->talent);
                add(p.specialists, r->specialist);
                add(p.windows, r->window);
            }
            add(p.departments, k->department);
            add(p.agencies, k->agency);
        }
    } else if (kind == "hotline") {
        if (const auto* h = findRow(s.hotline, id)) {
            add(p.talents, h->talent);
            add(p.windows, h->window);
            add(p.agencies, h->agency);
        }
    } else if (kind == "problem") {
        if (const auto* pr = findRow(s.problems, id)) {
            add(p.talents, pr->talent);
            add(p.employers, pr->employer);
            add(p.specialists, pr->raisedBy);
            for (const auto& w : pr->path) add(p.windows, w);
        }
    } else if (kind == "evaluation") {
        if (const auto* e = findRow(s.evaluations, id)) {
            add(p.windows, e->window);
            add(p.specialists, e->specialist);
            switch (e->unitKind) {
            case UnitKind::Window: add(p.windows, e->unit); break;
            case UnitKind::Employer: add(p.employers, e->unit); break;
            case UnitKind::Department: add(p.departments, e->unit); break;
            case UnitKind::Agency: add(p.agencies, e->unit); break;
            }
        }
    } else if (kind == "complaint") {
        if (const auto* c = findRow(s.complaints, id)) {
            add(p.windows, c->window);
            add(p.departments, c->department);
            for (const auto& a : c->agencies) add(p.agencies, a);
        }
    } else if (kind == "plan") {
        if (const auto* pl = findRow(s.plans, id)) {
            addEmployer(s, p, pl->unit);
            add(p.windows, pl->unit);
            add(p.departments, pl->unit);
            add(p.agencies, pl->unit);
        }
    } else if (kind == "grade") {
        if (const auto* g = findRow(s.grades, id)) {
            add(p.specialists, g->specialist);
            if (const auto* st = findRow(s.staff, g->specialist)) addStaffUnit(s, p, *st);
        }
    } else if (kind == "training") {
        if (const auto* t = findRow(s.trainings, id)) {
            add(p.windows, t->window);
            for (const auto& sid : t->specialists) {
                add(p.specialists, sid);
                if (const auto* st = findRow(s.staff, sid)) addStaffUnit(s, p, *st);
            }
        }
    } else if (kind == "invitation") {
        if (const auto* i = findRow(s.invitations, id)) {
            addTalent(s, p, i->talent);
            if (const auto* ev = findRow(s.events, i->event)) add(p.windows, ev->window);
        }
    } else if (kind == "archive") {
        if (const auto* a = findRow(s.archives, id)) {
            add(p.windows, a->window);
            add(p.windows, a->filedWith);
        }
    }
    return p;
}

bool visible(const Actor& a, std::string_view key, const State& s, const RegionTree& regions) {
    if (!recordExists(s, key) && !key.starts_with("holiday_year/")) return false;
    if (a.role == Role::SystemAdmin) return true;
    return visibleTo(a, partiesOf(s, key), regions);
}

bool visibleTo(const Actor& a, const Parties& p, const RegionTree& regions) {
    if (a.role == Role::SystemAdmin) return true;
    if (p.everyone) return true;
    auto has = [](const std::vector<std::string>& v, const std::string& x) {
        return !x.empty() && std::find(v.begin(), v.end(), x) != v.end();
    };
    switch (a.role) {
    case Role::Talent: return has(p.talents, a.scope);
    case Role::EmployerAdmin: return has(p.employers, a.scope);
    case Role::EmployerSpecialist:
        // Their assigned talents' records; their own unit's records that concern no talent.
        if (has(p.specialists, a.id)) return true;
        return p.talents.empty() && has(p.employers, a.scope);
    case Role::WindowSpecialist:
        return std::any_of(p.windows.begin(), p.windows.end(),
                           [&](const std::string& w) { return regions.isWithin(w, a.scope); });
    case Role::DepartmentSpecialist: return has(p.departments, a.scope);
    case Role::HandlingSpecialist: return has(p.agencies, a.scope);
    case Role::SystemAdmin: return true;
    }
    return false;
}

bool can(const Actor& a, std::string_view command, std::string_view key, const State& s, const RegionTree& regions) {
    if ((commandRoles(command) & roleBit(a.role)) == 0) return false;
    if (!recordExists(s, key)) return true;
    return visible(a, key, s, regions);
}

std::vector<std::string> visibleKeys(const Actor& a, const State& s, const RegionTree& regions) {
    std::vector<std::string> out;
    for (auto& k : allRecordKeys(s))
        if (visible(a, k, s, regions)) out.push_back(std::move(k));
    return out;
}

} // namespace huicai
