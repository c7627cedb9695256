// Implements check() and offers(): probes built from each payload type's fields and
// target, answered by apply() on a copy of the state.
#include "core/offers.h"

#include "core/command_records.h"
#include "core/org_units.h"
#include "core/workflow.h"

#include <algorithm>
#include <array>
#include <type_traits>

namespace huicai {

namespace {

constexpr std::array<std::string_view, 10> kOfferKinds{"local_credential", "card_application", "card", "task", "request", "booking",
                                                       "hotline", "evaluation", "complaint", "invitation"};

// Refusals a later step can lift: the offer is shown, waiting, with this reason.
bool isWaiting(std::string_view key) {
    static constexpr std::array<std::string_view, 9> kWaiting{
        "error.card.contract_unconfirmed", // ConfirmContract lifts it
        "error.card.panel_required",       // the expert panel's decision lifts it
        "error.card.evidence_missing",     // the form's documents lift it
        // Eligibility (workflow_eligibility.cpp) that the talent's profile or a city's
        // recommendation can still meet.
        "error.card.requires_city_recommendation",
        "error.card.requires_flexible_introduction",
        "error.card.requires_honour",
        "error.card.requires_outside_honour",
        "error.card.requires_senior_title_or_doctorate",
        "error.card.requires_years_in_key_post",
    };
    return std::find(kWaiting.begin(), kWaiting.end(), key) != kWaiting.end();
}

template <class T>
concept Targeted = requires(T p) {
    { T::kTargetKind } -> std::convertible_to<std::string_view>;
    { T::kTargetField } -> std::convertible_to<std::string_view>;
    p.retarget(std::string());
};
// A target named by two fields (a task: its request and its department).
template <class T>
concept TwoFieldTarget = requires {
    { T::kTargetField2 } -> std::convertible_to<std::string_view>;
};

template <class T>
constexpr std::string_view secondTargetField() {
    if constexpr (TwoFieldTarget<T>) return T::kTargetField2;
    else return {};
}

// The candidates of a field that names another record, for the record `id`; empty
// when the field is free input.
std::vector<std::string> candidates(const State& state, const Context& ctx, std::string_view command,
                                    std::string_view field, const std::string& id) {
    std::vector<std::string> out;
    if (command == "AssignToAgency" && field == "agency") {
        const auto colon = id.find(':');
        if (colon == std::string::npos) return out;
        const std::string request = id.substr(0, colon), department = id.substr(colon + 1);
        if (const auto r = state.requests.find(request); r != state.requests.end())
            if (const ServiceItem* item = ctx.catalog.item(r->second.item))
                for (const auto& a : item->agencies) out.push_back(a);
        for (const auto& a : agenciesUnder(state, ctx, department))
            if (std::find(out.begin(), out.end(), a.id) == out.end()) out.push_back(a.id);
    }
    return out;
}

// Whether the record's workflow has a step by `command` from where the record stands:
// false only when the record exists, its table knows the command and has no row from
// its state. apply() would refuse such a probe as an illegal transition, so no state
// is copied to ask it (a queue of thousands of records asks this for every command).
template <class S>
bool tableAllows(std::span<const Transition<S>> table, S from, std::string_view command) {
    const bool known = std::any_of(table.begin(), table.end(), [&](const auto& t) { return t.command == command; });
    return !known || hasStep(table, from, command);
}

// The record `id` of `records` (absent: a new record, which any step may create) by
// the table of its workflow, its state read by `stateOf`.
template <class Map, class S, class StateOf>
bool recordMayStep(const Map& records, const std::string& id, std::span<const Transition<S>> table, StateOf stateOf,
                   std::string_view command) {
    const auto it = records.find(id);
    return it == records.end() || tableAllows(table, stateOf(it->second), command);
}

bool mayStep(const State& s, std::string_view kind, const std::string& id, std::string_view command) {
    auto state = [](const auto& r) { return r.state; };
    if (kind == "card_application") return recordMayStep(s.cardApplications, id, cardTransitions(), state, command);
    if (kind == "task") return recordMayStep(s.tasks, id, taskTransitions(), state, command);
    if (kind == "request") return recordMayStep(s.requests, id, requestTransitions(), state, command);
    if (kind == "booking") return recordMayStep(s.bookings, id, bookingTransitions(), state, command);
    if (kind == "hotline") return recordMayStep(s.hotline, id, hotlineTransitions(), state, command);
    if (kind == "evaluation")
        return recordMayStep(
            s.evaluations, id, noticeTransitions(), [](const auto& e) { return e.notice; }, command);
    return true;
}

// Sets the text field `name` of a payload.
struct FieldSetter {
    std::string_view name;
    const std::string& value;
    void operator()(std::string_view n, std::string& v) const {
        if (n == name) v = value;
    }
    template <class Other>
    void operator()(std::string_view, Other&) const {}
};

// A probe's value of a text field that must name something real for apply() to get
// past it, where the form offers the choice itself: a new card application's basis (the
// first of the class the probe asks for; the form lists every class's bases).
std::string sampleText(const Context& ctx, std::string_view command, std::string_view field) {
    if (command == "SubmitCardApplication" && field == "basis") {
        const auto bases = ctx.talent.basesOf(SubmitCardApplication{}.cardClass);
        if (!bases.empty()) return bases.front()->id;
    }
    // A hotline request forwarded: the window picks the agency from every agency.
    if (command == "ForwardHotlineRequest" && field == "agency" && !ctx.catalog.agencies().empty())
        return ctx.catalog.agencies().front().id;
    return std::string(1, 'x'); // (not "x" assigned: GCC 12 warns falsely of an overlapping copy)
}
// A probe's list: the window dispatches a request to every competent department of
// the item by naming none (S7.4 (2)).
std::vector<std::string> sampleList(std::string_view command, std::string_view field) {
    if (command == "DispatchToDepartments" && field == "departments") return {};
    return {std::string(1, 'x')};
}

// Sample values and the form's fields of a payload: every field but the target.
struct Sampler {
    const Context& ctx;
    std::string_view command;
    std::string_view targetField, targetField2;
    std::vector<OfferField>* fields;

    void add(std::string_view name, OfferFieldKind kind) const {
        if (name != targetField && name != targetField2) fields->push_back(OfferField{std::string(name), kind, {}});
    }
    void operator()(std::string_view name, std::string& v) const {
        v = sampleText(ctx, command, name);
        add(name, OfferFieldKind::Text);
    }
    void operator()(std::string_view name, std::vector<std::string>& v) const {
        v = sampleList(command, name);
        add(name, OfferFieldKind::TextList);
    }
    void operator()(std::string_view name, std::vector<EvidenceDocument>&) const {
        // None: the probe asks whether the documents already held suffice, and waits on
        // error.card.evidence_missing until they do.
        add(name, OfferFieldKind::Documents);
    }
    void operator()(std::string_view name, int& v) const {
        v = 1; // a count, a rating (1 to 5), a score: 1 is valid for each
        add(name, OfferFieldKind::Number);
    }
    void operator()(std::string_view name, Date& v) const {
        // A new completion date lies ahead (S7.4 (5)); any other date is today's.
        v = name == "new_date" ? ctx.now + 1 : ctx.now;
        add(name, OfferFieldKind::Date);
    }
    void operator()(std::string_view name, bool&) const { add(name, OfferFieldKind::Flag); }
    template <class Other>
    void operator()(std::string_view, Other&) const {} // enums, numbers, records: left as they are
};

template <class T>
void probeType(const State& state, const Actor& actor, std::string_view kind, const std::string& id, const Context& ctx,
               std::vector<Offer>& out) {
    if constexpr (Targeted<T>) {
        if (T::kTargetKind != kind) return;
        // apply()'s first refusal, asked without copying the state.
        if ((commandRoles(T::kName) & roleBit(actor.role)) == 0) return;
        if (!mayStep(state, kind, id, T::kName)) return;
        T payload{};
        std::vector<OfferField> fields;
        T::fields(payload, Sampler{ctx, T::kName, T::kTargetField, secondTargetField<T>(), &fields});
        payload.retarget(id);
        auto probe = [&](T p) {
            std::string probeId = "offer-probe";
            while (state.commandIds.count(probeId)) probeId += "'";
            return check(state, Command{std::move(probeId), actor, Payload{std::move(p)}}, ctx);
        };
        // A field naming another record: the candidates apply() accepts.
        Status st = Ok{};
        bool chosen = false;
        for (auto& f : fields) {
            const auto all = candidates(state, ctx, T::kName, f.name, id);
            if (all.empty()) continue;
            chosen = true;
            for (const auto& c : all) {
                T p = payload;
                T::fields(p, FieldSetter{f.name, c});
                const Status one = probe(std::move(p));
                if (one.ok()) f.choices.push_back(c);
                else if (st.ok()) st = one;
            }
            if (!f.choices.empty()) st = Ok{};
        }
        if (!chosen) st = probe(std::move(payload));
        if (st.ok()) {
            out.push_back(Offer{T::kName, recordKey(kind, id), std::move(fields), {}, {}});
        } else if (isWaiting(st.error().key)) {
            out.push_back(Offer{T::kName, recordKey(kind, id), std::move(fields), st.error().key, st.error().detail});
        }
    }
}

template <class... Ts>
void probeAll(std::type_identity<std::variant<Ts...>>, const State& state, const Actor& actor, std::string_view kind,
              const std::string& id, const Context& ctx, std::vector<Offer>& out) {
    (probeType<Ts>(state, actor, kind, id, ctx, out), ...);
}

} // namespace

Status check(const State& state, const Command& command, const Context& ctx) {
    State scratch = state;
    auto r = apply(scratch, command, ctx);
    if (!r) return r.error();
    return Ok{};
}

std::span<const std::string_view> offerKinds() { return kOfferKinds; }

std::vector<Offer> offers(const State& state, const Actor& actor, const std::string& key, const Context& ctx) {
    std::vector<Offer> out;
    const auto parts = splitRecordKey(key);
    if (!parts) return out;
    const auto& [kind, id] = *parts;
    if (std::find(kOfferKinds.begin(), kOfferKinds.end(), kind) == kOfferKinds.end()) return out;
    probeAll(std::type_identity<Payload>{}, state, actor, kind, id, ctx, out);
    return out;
}

const Offer* findOffer(const std::vector<Offer>& offers, std::string_view command) {
    for (const auto& o : offers)
        if (o.command == command) return &o;
    return nullptr;
}

} // namespace huicai
