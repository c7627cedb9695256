// Handlers of the Huicai Card application (S7.1): submission by the talent,
// completion and submission by the employer specialist, review at the employer's
// window and escalation level by level to the province (RegionTree's chain), return
// for revision (the clock stops) and resubmission to the same window, rejection,
// contract confirmation (review class: the 14-day clock starts at the later of
// arrival and confirmation), the expert panel (evaluation class: no fixed limit) and
// issue of the card with a deterministic number.
#include "core/apply_internal.h"
#include "core/card_evidence.h"
#include "core/green_channel.h"
#include "core/workflow_eligibility.h"

namespace huicai::detail {

namespace {

Result<CardApplication*> findApp(Step& st, const std::string& id) {
    return lookup(st.s.cardApplications, id, "error.card.unknown_application");
}

const Talent* talentOf(Step& st, const CardApplication& app) { return findRow(st.s.talents, app.talent); }

Status mustBeAssigned(Step& st, const CardApplication& app) {
    const Talent* t = talentOf(st, app);
    if (!t || !st.isAssignedSpecialist(*t)) return denied("the talent's assigned employer specialist");
    return Ok{};
}

// The application's basis; checkBasis has held since submission.
const EligibilityBasis& basisOf(Step& st, const CardApplication& app) { return *st.ctx.talent.basis(app.basis); }

Status mustBeCurrentWindow(Step& st, const CardApplication& app) {
    if (!st.isWindow(app.window)) return denied("the window holding the application: " + app.window);
    return Ok{};
}

void moveTo(Step& st, CardApplication& app, CardState to, std::string reason = {}) {
    app.history.push_back(st.history(enumId(app.state), enumId(to), app.window, std::move(reason)));
    app.state = to;
    st.touch("card_application", app.id);
}

// The application reaches the provincial window: the direct-issue clock starts; the
// review-issue clock starts if the contract is already confirmed.
void arriveAtProvince(Step& st, CardApplication& app) {
    app.arrivedAtProvince = st.now();
    if (app.cardClass == CardClass::DirectIssue) app.clock.start = st.now();
    if (app.cardClass == CardClass::ReviewIssue && app.contractConfirmedOn) app.clock.start = st.now();
}

std::string joinReasons(const std::vector<std::string>& reasons) {
    std::string out;
    for (const auto& r : reasons) out += (out.empty() ? "" : "; ") + r;
    return out;
}

Status reasonsGiven(const std::vector<std::string>& reasons) {
    if (reasons.empty()) return makeError("error.card.reasons_required", "reasons");
    for (const auto& r : reasons)
        if (r.empty()) return makeError("error.card.reasons_required", "reasons");
    return Ok{};
}

Date addYears(Date d, int years) {
    Ymd y = d.ymd();
    y.year += years;
    if (y.month == 2 && y.day == 29 && !isValidYmd(y)) y.day = 28;
    return Date::fromYmd(y);
}

} // namespace

Status handle(Step& st, const SubmitCardApplication& p) {
    HUICAI_TRY(mustBeNew(st.s.cardApplications, p.id, "id"));
    auto t = lookup(st.s.talents, st.actor().scope, "error.talent.unknown");
    if (!t) return t.error();
    const Talent& talent = **t;
    HUICAI_TRY(checkBasis(st.ctx.talent, p.cardClass, p.basis));
    HUICAI_TRY(checkEvidenceEntries(*st.ctx.talent.basis(p.basis), p.evidence));
    for (const auto& [id, app] : st.s.cardApplications)
        if (app.talent == talent.id && isOpen(app))
            return makeError("error.card.open_application", id);
    if (validCardOf(st.s, talent.id, st.now())) return makeError("error.card.already_holds", talent.id);
    const CardState to = talent.specialist.empty() ? CardState::SubmittedByTalent : CardState::SpecialistAssigned;
    HUICAI_TRY(checkStep(cardTransitions(), CardState::Draft, st.name(), to, st.role()));

    CardApplication app;
    app.id = p.id;
    app.talent = talent.id;
    app.employer = talent.employer;
    app.cardClass = p.cardClass;
    app.basis = p.basis;
    addEvidence(app.evidence, p.evidence);
    app.submittedOn = st.now();
    if (const auto* info = st.ctx.talent.classInfo(p.cardClass)) app.clock.limitDays = info->promisedWorkingDays;
    app.clock.startEvent = p.cardClass == CardClass::DirectIssue   ? "arrival_at_province"
                           : p.cardClass == CardClass::ReviewIssue ? "contract_confirmed"
                                                                   : "expert_panel";
    auto& stored = st.s.cardApplications[p.id] = std::move(app);
    moveTo(st, stored, to);
    return Ok{};
}

Status handle(Step& st, const CompleteApplication& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    HUICAI_TRY(mustBeAssigned(st, app));
    const CardState to = app.state == CardState::SpecialistAssigned ? CardState::CompletedByEmployer : app.state;
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), to, st.role()));
    HUICAI_TRY(checkEligibility(st.ctx.talent, st.s, *talentOf(st, app), app.cardClass, app.basis));
    HUICAI_TRY(checkEvidenceEntries(basisOf(st, app), p.evidence));
    std::vector<EvidenceDocument> evidence = app.evidence;
    addEvidence(evidence, p.evidence);
    HUICAI_TRY(checkEvidenceComplete(basisOf(st, app), evidence));
    app.evidence = std::move(evidence);
    moveTo(st, app, to);
    return Ok{};
}

Status handle(Step& st, const SubmitToWindow& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    HUICAI_TRY(mustBeAssigned(st, app));
    const std::string home = employerRegion(st.s, app.employer);
    const Region* region = st.ctx.regions.region(home);
    if (!region) return makeError("error.region.unknown", home);
    const CardState to = region->level == RegionLevel::Province ? CardState::AtProvince : CardState::UnderWindowReview;
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), to, st.role()));
    HUICAI_TRY(checkEligibility(st.ctx.talent, st.s, *talentOf(st, app), app.cardClass, app.basis));
    HUICAI_TRY(checkEvidenceComplete(basisOf(st, app), app.evidence));
    app.window = home;
    if (to == CardState::AtProvince) arriveAtProvince(st, app);
    moveTo(st, app, to);
    return Ok{};
}

Status handle(Step& st, const ApproveAtWindow& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), CardState::ApprovedAtWindow, st.role()));
    HUICAI_TRY(mustBeCurrentWindow(st, app));
    moveTo(st, app, CardState::ApprovedAtWindow, p.note);
    return Ok{};
}

Status handle(Step& st, const EscalateToUpperWindow& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    const Region* upper = st.ctx.regions.parent(app.window);
    const CardState to = upper && upper->level == RegionLevel::Province ? CardState::AtProvince : CardState::UnderWindowReview;
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), to, st.role()));
    HUICAI_TRY(mustBeCurrentWindow(st, app));
    if (!upper) return makeError("error.region.no_upper", app.window);
    app.window = upper->code;
    if (to == CardState::AtProvince) arriveAtProvince(st, app);
    moveTo(st, app, to);
    return Ok{};
}

Status handle(Step& st, const ReturnForRevision& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), CardState::ReturnedForRevision, st.role()));
    HUICAI_TRY(mustBeCurrentWindow(st, app));
    HUICAI_TRY(reasonsGiven(p.reasons));
    app.resubmitTo = app.state;
    app.reasons = p.reasons;
    if (app.clock.started() && app.clock.limitDays && !app.clock.suspended())
        app.clock.ledger.push_back(ClockEntry{ClockEntryKind::Suspend, st.now(), 0, std::nullopt,
                                              "returned_for_revision: " + joinReasons(p.reasons), st.actor().id});
    moveTo(st, app, CardState::ReturnedForRevision, joinReasons(p.reasons));
    return Ok{};
}

Status handle(Step& st, const Resubmit& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    HUICAI_TRY(mustBeAssigned(st, app));
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), app.resubmitTo, st.role()));
    HUICAI_TRY(checkEligibility(st.ctx.talent, st.s, *talentOf(st, app), app.cardClass, app.basis));
    HUICAI_TRY(checkEvidenceComplete(basisOf(st, app), app.evidence));
    if (app.clock.suspended())
        app.clock.ledger.push_back(ClockEntry{ClockEntryKind::Resume, st.now(), 0, std::nullopt, "resubmitted", st.actor().id});
    app.reasons.clear();
    moveTo(st, app, app.resubmitTo, p.note);
    return Ok{};
}

Status handle(Step& st, const RejectApplication& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), CardState::Rejected, st.role()));
    HUICAI_TRY(mustBeCurrentWindow(st, app));
    HUICAI_TRY(reasonsGiven(p.reasons));
    app.reasons = p.reasons;
    app.clock.stoppedOn = st.now();
    moveTo(st, app, CardState::Rejected, joinReasons(p.reasons));
    return Ok{};
}

Status handle(Step& st, const ConfirmContract& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), app.state, st.role()));
    if (!st.windowCovers(employerRegion(st.s, app.employer))) return denied("a window over the employer's region");
    if (app.cardClass != CardClass::ReviewIssue) return makeError("error.card.not_review_class", app.id);
    if (app.contractConfirmedOn) return makeError("error.card.contract_already_confirmed", app.id);
    if (p.contractDate > st.now()) return makeError("error.card.contract_in_future", p.contractDate.iso());
    Talent* talent = &st.s.talents[app.talent];
    app.contractConfirmedOn = st.now();
    if (app.arrivedAtProvince) app.clock.start = st.now();
    talent->contractConfirmed = true;
    talent->contractDate = p.contractDate;
    moveTo(st, app, app.state, "contract " + p.contractDate.iso());
    st.touch("talent", talent->id);
    return Ok{};
}

Status handle(Step& st, const ReferToExpertPanel& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), CardState::ExpertPanel, st.role()));
    HUICAI_TRY(mustBeCurrentWindow(st, app));
    if (app.cardClass != CardClass::EvaluationIssue) return makeError("error.card.not_evaluation_class", app.id);
    moveTo(st, app, CardState::ExpertPanel);
    return Ok{};
}

Status handle(Step& st, const RecordExpertPanelDecision& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    const CardState to = p.approved ? CardState::PanelApproved : CardState::Rejected;
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), to, st.role()));
    HUICAI_TRY(mustBeCurrentWindow(st, app));
    if (p.experts.empty()) return makeError("error.card.panel_experts", app.id);
    HUICAI_TRY(required(p.opinion, "opinion"));
    app.panel = PanelDecision{st.now(), p.experts, p.approved, p.opinion};
    if (!p.approved) app.reasons = {p.opinion};
    moveTo(st, app, to, p.opinion);
    return Ok{};
}

Status handle(Step& st, const IssueCard& p) {
    auto a = findApp(st, p.application);
    if (!a) return a.error();
    CardApplication& app = **a;
    HUICAI_TRY(checkStep(cardTransitions(), app.state, st.name(), CardState::Issued, st.role()));
    HUICAI_TRY(mustBeCurrentWindow(st, app));
    if (app.cardClass == CardClass::EvaluationIssue && app.state != CardState::PanelApproved)
        return makeError("error.card.panel_required", app.id);
    if (app.cardClass == CardClass::ReviewIssue && !app.contractConfirmedOn)
        return makeError("error.card.contract_unconfirmed", app.id);
    const int year = st.now().year();
    const std::string number = "SDHC-" + std::to_string(year) + "-" + serial(st.s, "card." + std::to_string(year), 6);
    Card card{number, app.talent, app.id, app.cardClass, st.now(), addYears(st.now(), policyValue(st.s, "card_validity_years")) - 1,
              CardStatus::Valid};
    st.s.cards[number] = card;
    app.card = number;
    app.clock.stoppedOn = st.now();
    moveTo(st, app, CardState::Issued, number);
    st.touch("card", number);
    return Ok{};
}

Status handle(Step& st, const RecommendForCard& p) {
    auto t = lookup(st.s.talents, p.talent, "error.talent.unknown");
    if (!t) return t.error();
    const Region* own = st.ctx.regions.region(st.actor().scope);
    if (!own || own->level != RegionLevel::City) return makeError("error.card.recommend_city_only", st.actor().scope);
    if (!st.windowCovers(employerRegion(st.s, (*t)->employer))) return denied("the city window over the talent's employer");
    // S5.1.3 (4): one of the city's green-channel talents, holding a credential of the
    // city's scheme or of a county's or zone's in it.
    if (!inGreenChannelOf(st.s, st.ctx.regions, p.talent, own->code))
        return makeError("error.card.recommend_not_in_green_channel", p.talent);
    HUICAI_TRY(mustBeNew(st.s.recommendations, p.talent, "talent"));
    st.s.recommendations[p.talent] = Recommendation{p.talent, p.talent, st.actor().scope, st.now(), p.note};
    st.touch("recommendation", p.talent);
    return Ok{};
}

} // namespace huicai::detail
