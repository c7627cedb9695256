// City and county green channels (S5.2, S5.1.3 (4)): who belongs to a city's green
// channel, whom a city window may recommend for the Huicai Card, and for which
// schemes an employer may apply for its talents. RecommendForCard and
// ApplyLocalCredential apply these rules; the window's and the employer's screens
// list what they allow.
#pragma once
#include "core/apply.h"

#include <string>
#include <utility>
#include <vector>

namespace huicai {

// May `actor` publish a credential scheme (a city, county or zone window; the
// province issues the Huicai Card instead)? apply()'s answer to a sample scheme.
bool publishesSchemes(const State& state, const Actor& actor, const Context& ctx);

// Does the talent hold an issued credential of a scheme published by the window of
// `city` or by a window within it (a county or zone of the city)?
bool inGreenChannelOf(const State& state, const RegionTree& regions, const std::string& talent, const std::string& city);

// The talents `actor` (a city window) may recommend for the card now, in id order:
// those apply() would accept RecommendForCard for; empty for any other actor.
std::vector<std::string> recommendableTalents(const State& state, const Actor& actor, const Context& ctx);

// The (talent, scheme) pairs `actor` (an employer administrator or specialist) may
// apply a local credential for now, by talent then scheme: those apply() would accept
// ApplyLocalCredential for.
std::vector<std::pair<std::string, std::string>> credentialChoices(const State& state, const Actor& actor, const Context& ctx);

} // namespace huicai
