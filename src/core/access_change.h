// Who gains or loses sight of which records when a command is applied. visible()
// depends only on a record's existence and its parties (access.h), and partiesOf(K)
// reads K itself and a few records around it: its talent and that talent's employer,
// the tasks of a request, the bookings of a card, the talents assigned to a
// specialist, and so on (access.cpp). So a command that changed the records
// `changed` can alter who sees a record K that it did not change only when K's
// parties read one of them; partyReaders() lists those K from a changed record as it
// is in one state. Taking the readers in the state before and after the command (a
// reference such as a talent's specialist may have moved) and comparing partiesOf()
// on both sides gives exactly the records whose visibility moved for some actor.
// The server logs a change for each of them, so an incremental pull sends a record
// to an actor who can newly see it and tells one who no longer can to drop it.
#pragma once
#include "core/access.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai {

// The records other than `key` whose partiesOf() reads the record `key` as it is in
// `state` (directly or through a talent or employer), in a stable order.
std::vector<std::string> partyReaders(const State& state, std::string_view key);

// Parties with every list sorted and without duplicates, for comparing.
Parties normalisedParties(Parties parties);

struct AccessChange {
    std::string key;
    bool changed = false;          // named in the command's changed keys
    std::optional<Parties> before; // who it concerned before; nullopt when it did not exist
    std::optional<Parties> after;  // and after; nullopt when it no longer exists
    bool moved() const { return before != after; }
};

// Swaps the records named by `keys` between two states (a record missing on one
// side moves to the other). Holiday years and counters are not records: untouched.
void swapRecords(State& a, State& b, const std::vector<std::string>& keys);

// `after` is the state after a command that changed the records `changed`; `before`
// holds those records as they were before it (a key absent from `before` did not
// exist). Returns one entry per changed key and one per other record whose parties
// moved, parties normalised. Both states are swapped back and forth while computing
// and are returned as they were given.
std::vector<AccessChange> accessChanges(State& after, State& before, const std::vector<std::string>& changed);

} // namespace huicai
