// The server's side of e-card signing: its own actor, the commands that only it
// issues, and the signing commands with the province's keys (seal/card_signing.h).
#pragma once
#include "card_keys.h"

#include "core/command.h"

#include <string_view>
#include <vector>

namespace huicai::serve {

// The actor of the server's own commands.
Actor serverActor();

// Commands only the server issues: a client pushing one is refused.
bool serverOnlyCommand(std::string_view name);

// `withdraw` is a key id to withdraw, or empty.
std::vector<Command> cardSigningCommands(const State& state, const CardKeys& keys, std::string_view withdraw);

} // namespace huicai::serve
