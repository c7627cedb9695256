// Handlers of intake and feedback: requests from the talent service hotline and the
// "人才山东" website, recorded by a window and forwarded to a handling agency whose
// specialist follows them up (S6.2.3 (2)); problems and suggestions collected by
// employer specialists and windows and escalated to the next-higher window
// (S6.2.1 (4), S6.2.4 (4)).
#include "core/apply_internal.h"

namespace huicai::detail {

Status handle(Step& st, const RecordHotlineRequest& p) {
    HUICAI_TRY(mustBeNew(st.s.hotline, p.id, "id"));
    if (!st.ctx.regions.region(st.actor().scope)) return makeError("error.region.unknown", st.actor().scope);
    if (!p.talent.empty() && !st.s.talents.count(p.talent)) return makeError("error.talent.unknown", p.talent);
    HUICAI_TRY(required(p.content, "content"));
    HotlineRequest h;
    h.id = p.id;
    h.channel = p.channel;
    h.window = st.actor().scope;
    h.talent = p.talent;
    h.content = p.content;
    h.recordedOn = st.now();
    st.s.hotline[p.id] = std::move(h);
    st.touch("hotline", p.id);
    return Ok{};
}

Status handle(Step& st, const ForwardHotlineRequest& p) {
    auto h = lookup(st.s.hotline, p.hotline, "error.hotline.unknown");
    if (!h) return h.error();
    HUICAI_TRY(checkStep(hotlineTransitions(), (*h)->state, st.name(), HotlineState::Forwarded, st.role()));
    if (!st.isWindow((*h)->window)) return denied("the window that recorded it");
    if (!findAgency(st.s, st.ctx, p.agency)) return makeError("error.catalog.unknown_agency", p.agency);
    (*h)->agency = p.agency;
    (*h)->state = HotlineState::Forwarded;
    (*h)->forwardedOn = st.now();
    st.touch("hotline", p.hotline);
    return Ok{};
}

Status handle(Step& st, const ResolveHotlineRequest& p) {
    auto h = lookup(st.s.hotline, p.hotline, "error.hotline.unknown");
    if (!h) return h.error();
    HUICAI_TRY(checkStep(hotlineTransitions(), (*h)->state, st.name(), HotlineState::Resolved, st.role()));
    if (st.actor().scope != (*h)->agency) return denied("the agency it was forwarded to");
    HUICAI_TRY(required(p.resolution, "resolution"));
    (*h)->resolution = p.resolution;
    (*h)->state = HotlineState::Resolved;
    (*h)->resolvedOn = st.now();
    st.touch("hotline", p.hotline);
    return Ok{};
}

Status handle(Step& st, const RaiseProblem& p) {
    HUICAI_TRY(mustBeNew(st.s.problems, p.id, "id"));
    HUICAI_TRY(required(p.text, "text"));
    Problem pr;
    pr.id = p.id;
    pr.kind = p.kind;
    pr.text = p.text;
    pr.talent = p.talent;
    pr.raisedBy = st.actor().id;
    pr.raisedOn = st.now();
    if (st.role() == Role::Talent) {
        // The talent's own problem or suggestion, to their unit and its window.
        if (!p.talent.empty() && p.talent != st.actor().scope) return denied("the talent themself");
        auto t = st.s.talents.find(st.actor().scope);
        if (t == st.s.talents.end()) return makeError("error.talent.unknown", st.actor().scope);
        pr.talent = t->first;
        pr.employer = t->second.employer;
        pr.window = employerRegion(st.s, pr.employer);
        if (pr.window.empty()) return makeError("error.employer.unknown", pr.employer);
    } else if (st.role() == Role::EmployerSpecialist) {
        // S6.2.4 (4): about a talent they serve, to their unit and its window.
        if (!p.talent.empty()) {
            auto t = st.s.talents.find(p.talent);
            if (t == st.s.talents.end()) return makeError("error.talent.unknown", p.talent);
            if (!st.isAssignedSpecialist(t->second)) return denied("a talent assigned to the specialist");
        }
        pr.employer = st.actor().scope;
        pr.window = employerRegion(st.s, pr.employer);
        if (pr.window.empty()) return makeError("error.employer.unknown", pr.employer);
    } else {
        if (!st.ctx.regions.region(st.actor().scope)) return makeError("error.region.unknown", st.actor().scope);
        if (!p.talent.empty()) {
            auto t = st.s.talents.find(p.talent);
            if (t == st.s.talents.end()) return makeError("error.talent.unknown", p.talent);
            if (!st.windowCovers(employerRegion(st.s, t->second.employer))) return denied("a talent of the window's area");
        }
        pr.window = st.actor().scope;
    }
    pr.path = {pr.window};
    st.s.problems[p.id] = std::move(pr);
    st.touch("problem", p.id);
    return Ok{};
}

Status handle(Step& st, const EscalateProblem& p) {
    auto pr = lookup(st.s.problems, p.problem, "error.problem.unknown");
    if (!pr) return pr.error();
    if (!st.isWindow((*pr)->window)) return denied("the window holding it");
    const Region* upper = st.ctx.regions.parent((*pr)->window);
    if (!upper) return makeError("error.region.no_upper", (*pr)->window);
    (*pr)->window = upper->code;
    (*pr)->path.push_back(upper->code);
    st.touch("problem", p.problem);
    return Ok{};
}

} // namespace huicai::detail
