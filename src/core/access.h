// The access policy: one answer to "may this actor see this record / issue this
// command on it", consulted by the UI (what to show), the client (what to allow),
// the server (what to accept, what to send in a pull) and by apply(). A talent sees
// their own records and the unit they work for; an employer specialist the talents assigned to them; an
// employer administrator their unit; a window specialist its region and the regions
// below it; a department specialist its items and tasks; a handling specialist its
// agency's cases; the system administrator everything. Published records (local
// credential schemes, typical cases, liaison events, commendations, holiday data,
// the departments and agencies of cities and counties)
// are visible to all, and so are the card keys and the revocation list that
// verifiers check e-cards with offline.
#pragma once
#include "core/actor.h"
#include "core/model.h"
#include "core/regions.h"

#include <string>
#include <string_view>
#include <vector>

namespace huicai {

// Who a record concerns. A window region matches every window at or above it.
struct Parties {
    std::vector<std::string> talents;
    std::vector<std::string> employers;
    std::vector<std::string> specialists; // staff ids named on the record
    std::vector<std::string> windows;     // region codes
    std::vector<std::string> departments;
    std::vector<std::string> agencies;
    bool everyone = false;

    bool operator==(const Parties&) const = default;
};

// The parties of the record with this key; empty when it does not exist.
Parties partiesOf(const State& state, std::string_view key);

// Would `actor` see a record with these parties? The part of visible() after the
// record's existence, for parties kept elsewhere (the server's change log keeps who
// a record concerned before a command, to tell those who lost sight of it).
bool visibleTo(const Actor& actor, const Parties& parties, const RegionTree& regions);

// May `actor` see the record? False for records that do not exist.
bool visible(const Actor& actor, std::string_view key, const State& state, const RegionTree& regions);

// May `actor` issue `command` on the record? The command's role gate and, when the
// record exists, its visibility. A record that does not exist yet (a command that
// creates it) passes on the role gate alone; apply() checks the new record's scope.
bool can(const Actor& actor, std::string_view command, std::string_view key, const State& state,
         const RegionTree& regions);

// The keys of every record `actor` may see (for filtering a pull).
std::vector<std::string> visibleKeys(const Actor& actor, const State& state, const RegionTree& regions);

} // namespace huicai
