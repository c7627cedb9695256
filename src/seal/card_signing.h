// The commands that keep every issued e-card signed (core/card_payload.h), for the
// server with the province's keys (serve/card_keys.h) and for the demo with the
// demo's key: each key not yet published (PublishCardKey), a key to withdraw
// (WithdrawCardKey), and a SealCard with the current key for every valid card that
// has no signature or one by a withdrawn key. Pure: the caller applies them.
#pragma once
#include "core/command.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai::seal {

struct PublicCardKey {
    std::string id;
    std::string publicKey; // raw 32 bytes
};

// Signs a message with the current key (raw 64-byte signature).
using Signer = std::function<std::string(std::string_view message)>;

// `keys` oldest first, the last one current; `withdraw` a key id or empty (never the
// current key). Command ids are derived from the key and card, so the commands of
// two runs over the same state are the same.
std::vector<Command> cardSigningCommands(const State& state, const std::vector<PublicCardKey>& keys, const Signer& sign,
                                         const Actor& signer, std::string_view withdraw);

// The demo's card key. Its secret is in this source for anyone to read, so it proves
// nothing: only the demo (no server) publishes it into its own records and signs its
// cards with it; a server publishes only its own keys (k1, k2, ...), so a replica of
// a server never trusts a demo-signed card.
inline constexpr std::string_view kDemoCardKeyId = "demo";
// The demo's signing commands, as the demo's own system actor.
std::vector<Command> demoSigningCommands(const State& state);

} // namespace huicai::seal
