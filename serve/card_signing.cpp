// Implements the server's side of e-card signing.
#include "card_signing.h"

#include "seal/card_signing.h"

namespace huicai::serve {

Actor serverActor() { return Actor{"server", Role::SystemAdmin, ""}; }

bool serverOnlyCommand(std::string_view name) {
    return name == PublishCardKey::kName || name == WithdrawCardKey::kName || name == SealCard::kName;
}

std::vector<Command> cardSigningCommands(const State& state, const CardKeys& keys, std::string_view withdraw) {
    std::vector<seal::PublicCardKey> published;
    for (const auto& k : keys.publicKeys()) published.push_back(seal::PublicCardKey{k.id, k.publicKey});
    return seal::cardSigningCommands(
        state, published, [&](std::string_view m) { return keys.sign(m); }, serverActor(),
        withdraw);
}

} // namespace huicai::serve
