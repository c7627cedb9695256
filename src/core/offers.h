// What an actor may do now: the one judge a screen asks before it draws a control.
//
// check() runs a command exactly as apply() would, on a copy of the state, and
// reports apply()'s answer without changing anything. offers() asks check() about
// every command that acts on a record of the given kind, each as a probe: the
// record's id in the command's target field and a sample value in every other field
// (a text, a one-line list, today's date). A probe that applies is an offer the actor
// can take now; a probe refused only for a precondition that another step can meet
// (the introduction contract not yet confirmed, the expert panel not yet held, the
// talent not yet eligible, no evidence yet) is an offer that waits, with apply()'s
// own reason; any other refusal (the role, the record's state, the actor's scope,
// the card class) is no offer at all. Because the answer is apply()'s, no screen can
// show a control the core would refuse for role, state or scope.
//
// Each probe copies the state, so a caller computes offers once per state version
// and record (the workspace caches them) rather than every frame.
//
// Supported record kinds: offerKinds(). A field that names another record (the agency
// a department hands a task to) comes with its choices: each candidate is probed on its
// own and only those apply() accepts are offered, in the order the candidates come
// (the item's own agencies first). Where a form offers a choice that apply() checks but
// the offer does not list, the probe takes a value that passes: a new application's
// basis is the first of its class, a hotline request is forwarded to the catalogue's
// first agency, a dispatch names no department (every competent one), a number is 1
// and a new completion date is tomorrow.
#pragma once
#include "core/apply.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace huicai {

// The kinds of a form's field, from the command's payload type.
enum class OfferFieldKind {
    Text,
    TextList,
    Documents, // a card application's evidence, one document per item of its basis
    Date,
    Flag,
    Number
};

struct OfferField {
    std::string name; // the payload field's JSON name ("reasons", "contract_date", …)
    OfferFieldKind kind = OfferFieldKind::Text;
    std::vector<std::string> choices; // the record ids the field may take; empty: free input

    bool operator==(const OfferField&) const = default;
};

struct Offer {
    std::string command;            // "ApproveAtWindow"
    std::string record;             // "card_application/CA-1"
    std::vector<OfferField> fields; // what the form asks for, in the payload's order
    std::string waitingOn;          // empty: can be taken now; else apply()'s i18n key of why not yet
    std::string waitingDetail;

    bool ready() const { return waitingOn.empty(); }
    bool operator==(const Offer&) const = default;
};

// apply()'s answer to `command` on `state`, leaving `state` as it is.
Status check(const State& state, const Command& command, const Context& ctx);

// The record kinds offers() answers for.
std::span<const std::string_view> offerKinds();

// The offers `actor` has on the record `recordKey` ("kind/id") of `state` now, in
// Payload order; empty for a record it cannot see, one of no offered kind, or one
// that does not exist.
std::vector<Offer> offers(const State& state, const Actor& actor, const std::string& recordKey, const Context& ctx);

// The offer of `command` in `offers`, if any.
const Offer* findOffer(const std::vector<Offer>& offers, std::string_view command);

} // namespace huicai
