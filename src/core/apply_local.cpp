// Handlers of city and county credentials (S5.2, S7.2): a city/county/zone window
// publishes its scheme (requirements, procedure, time limit, services); the
// employer applies for its talent in that window's area; the window issues or
// refuses with reasons.
#include "core/apply_internal.h"

namespace huicai::detail {

Status handle(Step& st, const PublishLocalCredentialScheme& p) {
    HUICAI_TRY(mustBeNew(st.s.localSchemes, p.id, "id"));
    const Region* own = st.ctx.regions.region(st.actor().scope);
    if (!own) return makeError("error.region.unknown", st.actor().scope);
    if (own->level == RegionLevel::Province) return makeError("error.local.province_window", own->code);
    HUICAI_TRY(required(p.name, "name"));
    HUICAI_TRY(required(p.requirements, "requirements"));
    HUICAI_TRY(required(p.procedure, "procedure"));
    if (p.timeLimitDays < 1) return makeError("error.command.field", "time_limit_days");
    if (p.items.empty()) return makeError("error.command.field", "items");
    st.s.localSchemes[p.id] =
        LocalScheme{p.id, own->code, p.name, p.requirements, p.procedure, p.timeLimitDays, p.items, st.now()};
    st.touch("local_scheme", p.id);
    return Ok{};
}

Status handle(Step& st, const ApplyLocalCredential& p) {
    HUICAI_TRY(mustBeNew(st.s.localCredentials, p.id, "id"));
    auto t = lookup(st.s.talents, p.talent, "error.talent.unknown");
    if (!t) return t.error();
    const Talent& talent = **t;
    const bool ownAdmin = st.role() == Role::EmployerAdmin && st.actor().scope == talent.employer;
    if (!ownAdmin && !st.isAssignedSpecialist(talent)) return denied("the talent's employer");
    auto sc = lookup(st.s.localSchemes, p.scheme, "error.local.unknown_scheme");
    if (!sc) return sc.error();
    const LocalScheme& scheme = **sc;
    if (!st.ctx.regions.isWithin(employerRegion(st.s, talent.employer), scheme.window))
        return makeError("error.local.out_of_region", scheme.window);
    for (const auto& [id, c] : st.s.localCredentials)
        if (c.talent == talent.id && c.scheme == scheme.id && c.state != LocalCredentialState::Refused)
            return makeError("error.local.duplicate", id);
    LocalCredential c;
    c.id = p.id;
    c.scheme = scheme.id;
    c.talent = talent.id;
    c.employer = talent.employer;
    c.appliedOn = st.now();
    c.clock = Clock{"application", st.now(), scheme.timeLimitDays, {}, std::nullopt};
    st.s.localCredentials[p.id] = std::move(c);
    st.touch("local_credential", p.id);
    return Ok{};
}

Status handle(Step& st, const IssueLocalCredential& p) {
    auto c = lookup(st.s.localCredentials, p.credential, "error.local.unknown_credential");
    if (!c) return c.error();
    LocalCredential& cred = **c;
    HUICAI_TRY(checkStep(localCredentialTransitions(), cred.state, st.name(), LocalCredentialState::Issued, st.role()));
    const auto sc = st.s.localSchemes.find(cred.scheme);
    assert(sc != st.s.localSchemes.end() && "IssueLocalCredential: a credential's scheme exists");
    const LocalScheme& scheme = sc->second;
    if (!st.isWindow(scheme.window)) return denied("the scheme's window");
    cred.number = scheme.window + "-" + serial(st.s, "local." + scheme.window, 6);
    cred.state = LocalCredentialState::Issued;
    cred.issuedOn = st.now();
    cred.clock.stoppedOn = st.now();
    st.touch("local_credential", cred.id);
    return Ok{};
}

Status handle(Step& st, const RefuseLocalCredential& p) {
    auto c = lookup(st.s.localCredentials, p.credential, "error.local.unknown_credential");
    if (!c) return c.error();
    LocalCredential& cred = **c;
    HUICAI_TRY(checkStep(localCredentialTransitions(), cred.state, st.name(), LocalCredentialState::Refused, st.role()));
    const auto sc = st.s.localSchemes.find(cred.scheme);
    assert(sc != st.s.localSchemes.end() && "RefuseLocalCredential: a credential's scheme exists");
    if (!st.isWindow(sc->second.window)) return denied("the scheme's window");
    if (p.reasons.empty()) return makeError("error.local.no_reasons", cred.id);
    for (const auto& r : p.reasons)
        if (r.empty()) return makeError("error.local.no_reasons", cred.id);
    cred.state = LocalCredentialState::Refused;
    cred.reasons = p.reasons;
    cred.refusedOn = st.now();
    cred.clock.stoppedOn = st.now();
    st.touch("local_credential", cred.id);
    return Ok{};
}

} // namespace huicai::detail
