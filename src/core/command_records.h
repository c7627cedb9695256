// The records a command names: the existing records its payload refers to (not the
// ones it creates), listed from the payload in one place, and the scope check that
// apply() runs on them before any handler. A command may name only records its
// actor can already see (access.h): one naming a record out of the actor's sight is
// refused before anything else is looked at, with the very answer its handler gives
// for an id that does not exist, so a refusal tells nothing about a record the
// actor cannot see (not its existence, its state or its region), and no command
// can bring such a record into the sight of the actor or of anyone it hands the
// matter to.
#pragma once
#include "core/command.h"
#include "core/regions.h"
#include "core/result.h"

#include <string>
#include <vector>

namespace huicai {

struct NamedRecord {
    std::string key;        // "kind/id"
    const char* unknownKey; // the handler's error for a missing record
    std::string detail;     // and its detail

    bool operator==(const NamedRecord&) const = default;
};

// The records `payload` names, in the order its handler looks them up. Empty ids
// are left to the handler (a missing field). Reference data (regions, catalogue
// items, departments, agencies) are not records.
std::vector<NamedRecord> namedRecords(const Payload& payload);

// Ok when `actor` sees every record that `payload` names; otherwise the first
// record it cannot see (or that does not exist) answered as unknown.
Status mustSeeNamedRecords(const Actor& actor, const Payload& payload, const State& state, const RegionTree& regions);

} // namespace huicai
