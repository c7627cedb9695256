// Handlers of evaluation and improvement (S8): window evaluations by site visit,
// unannounced check, hotline or phone interview with findings, a conduct check
// against LD/T 03-2020 (S6.3) and a correction notice to the unit; items with
// concentrated complaints sent back to their department; the unit's assessment plan
// and annual four-grade grading of its specialists with evidence; commendation of
// excellent specialists and typical cases; liaison events and invitations.
#include "core/apply_internal.h"
#include "core/evaluation_scope.h"
#include "core/unit_staff.h"

namespace huicai::detail {

namespace {

// Does the unit exist, and may this window evaluate it? A window evaluates the
// windows below it (S8.1.1), the employers of its area, and departments and agencies.
Status checkUnit(Step& st, UnitKind kind, const std::string& unit) {
    switch (kind) {
    case UnitKind::Window:
        if (!st.ctx.regions.region(unit)) return makeError("error.region.unknown", unit);
        break;
    case UnitKind::Employer:
        if (!st.s.employers.count(unit)) return makeError("error.employer.unknown", unit);
        break;
    case UnitKind::Department:
        if (!findDepartment(st.s, st.ctx, unit)) return makeError("error.catalog.unknown_department", unit);
        return Ok{};
    case UnitKind::Agency:
        if (!findAgency(st.s, st.ctx, unit)) return makeError("error.catalog.unknown_agency", unit);
        break;
    }
    if (st.role() != Role::WindowSpecialist || !windowEvaluates(st.s, st.ctx.regions, st.actor().scope, kind, unit))
        return makeError("error.evaluation.out_of_region", unit);
    return Ok{};
}

bool conductBreachIn(const State& s, const std::string& specialist, int year) {
    for (const auto& [id, e] : s.evaluations)
        if (e.specialist == specialist && e.conductBreach && e.on.year() == year) return true;
    return false;
}

} // namespace

Status handle(Step& st, const RecordWindowEvaluation& p) {
    HUICAI_TRY(mustBeNew(st.s.evaluations, p.id, "id"));
    HUICAI_TRY(checkUnit(st, p.unitKind, p.unit));
    if (!p.specialist.empty()) {
        auto sp = st.s.staff.find(p.specialist);
        if (sp == st.s.staff.end()) return makeError("error.staff.unknown", p.specialist);
        if (sp->second.org != p.unit || sp->second.role != staffRoleOf(p.unitKind))
            return makeError("error.evaluation.specialist_not_of_unit", p.specialist);
    }
    if (p.conductBreach && p.specialist.empty()) return makeError("error.evaluation.conduct_needs_specialist", p.id);
    HUICAI_TRY(required(p.findings, "findings"));
    if (p.talentRating < 0 || p.talentRating > 5) return makeError("error.command.field", "talent_rating");
    WindowEvaluation e;
    e.id = p.id;
    e.window = st.actor().scope;
    e.method = p.method;
    e.unitKind = p.unitKind;
    e.unit = p.unit;
    e.specialist = p.specialist;
    e.findings = p.findings;
    e.talentRating = p.talentRating;
    e.conductBreach = p.conductBreach;
    e.conductStandard = std::string(kConductStandard);
    // A conduct breach always notifies the unit to correct (S8.1.2 (2), S6.3).
    e.notice = p.correctionRequired || p.conductBreach ? NoticeState::Sent : NoticeState::None;
    e.on = st.now();
    st.s.evaluations[p.id] = std::move(e);
    st.touch("evaluation", p.id);
    return Ok{};
}

Status handle(Step& st, const AcknowledgeCorrection& p) {
    auto e = lookup(st.s.evaluations, p.evaluation, "error.evaluation.unknown");
    if (!e) return e.error();
    WindowEvaluation& ev = **e;
    HUICAI_TRY(checkStep(noticeTransitions(), ev.notice, st.name(), NoticeState::Corrected, st.role()));
    const bool ownUnit = st.actor().scope == ev.unit &&
                         (st.role() == (ev.unitKind == UnitKind::Employer ? Role::EmployerAdmin : staffRoleOf(ev.unitKind)));
    if (!ownUnit) return denied("the evaluated unit");
    HUICAI_TRY(required(p.correction, "correction"));
    ev.correction = p.correction;
    ev.correctedOn = st.now();
    ev.notice = NoticeState::Corrected;
    st.touch("evaluation", ev.id);
    return Ok{};
}

Status handle(Step& st, const FlagComplaintItem& p) {
    HUICAI_TRY(mustBeNew(st.s.complaints, p.id, "id"));
    const auto item = st.item(p.item);
    if (!item) return makeError("error.catalog.unknown_item", p.item);
    if (std::find(item->departments.begin(), item->departments.end(), p.department) == item->departments.end())
        return makeError("error.request.department_not_competent", p.item + ": " + p.department);
    if (p.complaints < 1) return makeError("error.command.field", "complaints");
    HUICAI_TRY(required(p.summary, "summary"));
    ComplaintItem k{p.id, st.actor().scope, p.item, p.department, p.complaints, p.summary, ComplaintState::Flagged, "", st.now(), {}, {}};
    for (const auto& a : item->agencies)
        if (const Agency* ag = st.ctx.catalog.agency(a); ag && ag->departmentId == p.department) k.agencies.push_back(a);
    st.s.complaints[p.id] = std::move(k);
    st.touch("complaint", p.id);
    return Ok{};
}

Status handle(Step& st, const RespondToComplaint& p) {
    auto c = lookup(st.s.complaints, p.complaint, "error.complaint.unknown");
    if (!c) return c.error();
    ComplaintItem& k = **c;
    if (st.role() == Role::HandlingSpecialist) { // the item's agency, beside its department
        HUICAI_TRY(checkStep(complaintTransitions(), k.state, st.name(), k.state, st.role()));
        if (std::find(k.agencies.begin(), k.agencies.end(), st.actor().scope) == k.agencies.end())
            return denied("a handling agency of the item");
        const bool answered = std::any_of(k.agencyResponses.begin(), k.agencyResponses.end(),
                                          [&](const AgencyResponse& r) { return r.agency == st.actor().scope; });
        if (answered) return makeError("error.complaint.answered", k.id);
        HUICAI_TRY(required(p.response, "response"));
        k.agencyResponses.push_back(AgencyResponse{st.actor().scope, p.response, st.now()});
        st.touch("complaint", p.complaint);
        return Ok{};
    }
    HUICAI_TRY(checkStep(complaintTransitions(), (*c)->state, st.name(), ComplaintState::Responded, st.role()));
    if (st.actor().scope != (*c)->department) return denied("the competent department");
    HUICAI_TRY(required(p.response, "response"));
    (*c)->response = p.response;
    (*c)->state = ComplaintState::Responded;
    st.touch("complaint", p.complaint);
    return Ok{};
}

Status handle(Step& st, const CloseComplaint& p) {
    auto c = lookup(st.s.complaints, p.complaint, "error.complaint.unknown");
    if (!c) return c.error();
    HUICAI_TRY(checkStep(complaintTransitions(), (*c)->state, st.name(), ComplaintState::Closed, st.role()));
    if (!st.isWindow((*c)->window)) return denied("the window that flagged it");
    (*c)->state = ComplaintState::Closed;
    st.touch("complaint", p.complaint);
    return Ok{};
}

Status handle(Step& st, const SetAssessmentPlan& p) {
    HUICAI_TRY(required(p.unit, "unit"));
    // Each unit assesses its own specialists (S8.2.1): the employer's administrator,
    // or a specialist of the window, department or agency for their own unit.
    if (st.role() != Role::SystemAdmin && p.unit != st.actor().scope) return denied("the actor's own unit");
    if (p.year < 2000) return makeError("error.command.field", "year");
    HUICAI_TRY(required(p.text, "text"));
    const std::string id = p.unit + ":" + std::to_string(p.year);
    st.s.plans[id] = AssessmentPlan{id, p.unit, p.year, p.text};
    st.touch("plan", id);
    return Ok{};
}

Status handle(Step& st, const GradeSpecialist& p) {
    auto sp = lookup(st.s.staff, p.specialist, "error.staff.unknown");
    if (!sp) return sp.error();
    const Staff& staff = **sp;
    if (!isSpecialist(staff.role)) return makeError("error.grading.not_specialist", staff.id);
    if (st.role() != Role::SystemAdmin) {
        if (staff.org != st.actor().scope) return denied("the specialist's own unit");
        if (st.role() != Role::EmployerAdmin && staff.role != st.role()) return denied("the specialist's own unit");
        if (staff.id == st.actor().id) return makeError("error.grading.self", staff.id);
    }
    if (p.year > st.now().year()) return makeError("error.grading.future_year", std::to_string(p.year));
    const std::string id = staff.id + ":" + std::to_string(p.year);
    if (st.s.grades.count(id)) return makeError("error.grading.duplicate", id);
    if (!st.s.plans.count(staff.org + ":" + std::to_string(p.year)))
        return makeError("error.grading.no_plan", staff.org + ":" + std::to_string(p.year));
    if (p.evidence.empty()) return makeError("error.grading.no_evidence", staff.id);
    for (const auto& e : p.evidence)
        if (e.text.empty()) return makeError("error.grading.no_evidence", staff.id);
    // This system's own policy, which the standard does not contain (a setting).
    if (p.grade == Grade::Excellent && policyValue(st.s, "conduct_bars_excellent") != 0 &&
        conductBreachIn(st.s, staff.id, p.year))
        return makeError("error.grading.conduct_breach", staff.id);
    st.s.grades[id] = SpecialistGrade{id, staff.id, staff.org, p.year, p.grade, p.evidence,
                                      std::string(kConductStandard), st.now()};
    st.touch("grade", id);
    return Ok{};
}

Status handle(Step& st, const CommendSpecialist& p) {
    const std::string id = p.specialist + ":" + std::to_string(p.year);
    auto g = st.s.grades.find(id);
    if (g == st.s.grades.end() || g->second.grade != Grade::Excellent) return makeError("error.commend.not_excellent", id);
    assert(st.s.staff.count(p.specialist) && "CommendSpecialist: a graded specialist exists");
    if (st.role() != Role::WindowSpecialist || !windowCommends(st.s, st.ctx.regions, st.actor().scope, p.specialist))
        return denied("a specialist of the window's area");
    HUICAI_TRY(mustBeNew(st.s.commendations, id, "specialist"));
    st.s.commendations[id] = Commendation{id, p.specialist, p.year, st.actor().scope, p.note, st.now()};
    st.touch("commendation", id);
    return Ok{};
}

Status handle(Step& st, const PublishTypicalCase& p) {
    HUICAI_TRY(mustBeNew(st.s.typicalCases, p.id, "id"));
    HUICAI_TRY(required(p.title, "title"));
    HUICAI_TRY(required(p.summary, "summary"));
    if (!p.request.empty()) {
        auto r = st.s.requests.find(p.request);
        if (r == st.s.requests.end()) return makeError("error.request.unknown", p.request);
        if (!st.windowCovers(r->second.window)) return denied("a request of the window's area");
        if (r->second.state != RequestState::TalentInformed && r->second.state != RequestState::Rated)
            return makeError("error.case.request_not_completed", p.request);
    }
    if (!p.specialist.empty() && !st.s.staff.count(p.specialist)) return makeError("error.staff.unknown", p.specialist);
    st.s.typicalCases[p.id] = TypicalCase{p.id, st.actor().scope, p.title, p.summary, p.request, p.specialist, st.now()};
    st.touch("typical_case", p.id);
    return Ok{};
}

Status handle(Step& st, const RecordTraining& p) {
    HUICAI_TRY(mustBeNew(st.s.trainings, p.id, "id"));
    HUICAI_TRY(required(p.title, "title"));
    if (p.date > st.now()) return makeError("error.training.future_date", p.date.iso());
    if (p.specialists.empty()) return makeError("error.training.no_specialists", p.id);
    for (const auto& sp : p.specialists) {
        auto staff = st.s.staff.find(sp);
        if (staff == st.s.staff.end()) return makeError("error.staff.unknown", sp);
        if (!isSpecialist(staff->second.role)) return makeError("error.grading.not_specialist", sp);
        if (!windowCommends(st.s, st.ctx.regions, st.actor().scope, sp)) return denied("a specialist of the window's area");
        if (std::count(p.specialists.begin(), p.specialists.end(), sp) > 1) return makeError("error.command.field", "specialists");
    }
    st.s.trainings[p.id] = Training{p.id, st.actor().scope, p.title, p.date, p.specialists, st.now()};
    st.touch("training", p.id);
    return Ok{};
}

Status handle(Step& st, const CreateLiaisonEvent& p) {
    HUICAI_TRY(mustBeNew(st.s.events, p.id, "id"));
    HUICAI_TRY(required(p.title, "title"));
    const auto item = st.item(p.item);
    if (!item) return makeError("error.catalog.unknown_item", p.item);
    if (item->mode != ObtainMode::Invitation) return makeError("error.event.not_invitation", p.item);
    if (p.date < st.now()) return makeError("error.request.date_in_past", p.date.iso());
    st.s.events[p.id] = LiaisonEvent{p.id, st.actor().scope, p.title, p.item, p.date, st.now()};
    st.touch("event", p.id);
    return Ok{};
}

Status handle(Step& st, const InviteTalent& p) {
    auto ev = lookup(st.s.events, p.event, "error.event.unknown");
    if (!ev) return ev.error();
    if (!st.isWindow((*ev)->window)) return denied("the window that organises it");
    auto t = lookup(st.s.talents, p.talent, "error.talent.unknown");
    if (!t) return t.error();
    if (!st.windowCovers(employerRegion(st.s, (*t)->employer))) return denied("a talent of the window's area");
    if (!validCardOf(st.s, p.talent, st.now())) return makeError("error.card.no_valid_card", p.talent);
    const std::string id = p.event + ":" + p.talent;
    HUICAI_TRY(mustBeNew(st.s.invitations, id, "talent"));
    st.s.invitations[id] = Invitation{id, p.event, p.talent, st.now()};
    st.touch("invitation", id);
    return Ok{};
}

Status handle(Step& st, const AnswerInvitation& p) {
    auto inv = lookup(st.s.invitations, p.invitation, "error.invitation.unknown");
    if (!inv) return inv.error();
    Invitation& i = **inv;
    if (st.actor().scope != i.talent) return denied("the invited talent");
    const auto ev = st.s.events.find(i.event);
    assert(ev != st.s.events.end() && "AnswerInvitation: an invitation's event exists");
    if (ev->second.date < st.now()) return makeError("error.invitation.event_passed", ev->second.date.iso());
    if (i.answered && i.accepted == p.accept && i.note == p.note) return makeError("error.invitation.same_answer", i.id);
    i.answered = true;
    i.accepted = p.accept;
    i.note = p.note;
    i.answeredOn = st.now();
    st.touch("invitation", i.id);
    return Ok{};
}

} // namespace huicai::detail
