// Implements check() and offers(): probes built from each payload type's fields and
// target, answered by apply() on a copy of the state.
#include "core/offers.h"

#include "core/command_records.h"
#include "core/workflow.h"

#include <algorithm>
#include <array>
#include <type_traits>

namespace huicai {

namespace {

constexpr std::array<std::string_view, 1> kOfferKinds{"card_application"};

// Refusals a later step can lift: the offer is shown, waiting, with this reason.
bool isWaiting(std::string_view key) {
    static constexpr std::array<std::string_view, 9> kWaiting{
        "error.card.contract_unconfirmed", // ConfirmContract lifts it
        "error.card.panel_required",       // the expert panel's decision lifts it
        "error.card.no_evidence",          // the form's evidence lifts it
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

// Sample values and the form's fields of a payload: every field but the target.
struct Sampler {
    Date today;
    std::string_view targetField;
    std::vector<OfferField>* fields;

    void add(std::string_view name, OfferFieldKind kind) const {
        if (name != targetField) fields->push_back(OfferField{std::string(name), kind});
    }
    void operator()(std::string_view name, std::string& v) const {
        v.assign(1, 'x'); // (not = "x": GCC 12 warns falsely of an overlapping copy)
        add(name, OfferFieldKind::Text);
    }
    void operator()(std::string_view name, std::vector<std::string>& v) const {
        v = {"x"};
        add(name, OfferFieldKind::TextList);
    }
    void operator()(std::string_view name, Date& v) const {
        v = today;
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
        T payload{};
        std::vector<OfferField> fields;
        T::fields(payload, Sampler{ctx.now, T::kTargetField, &fields});
        payload.retarget(id);
        std::string probeId = "offer-probe";
        while (state.commandIds.count(probeId)) probeId += "'";
        const Command probe{std::move(probeId), actor, Payload{std::move(payload)}};
        const Status st = check(state, probe, ctx);
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
