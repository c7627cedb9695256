// Implements the signing commands; the signed text is the core's cardSealMessage(),
// so the QR payload the app rebuilds from the card record verifies.
#include "seal/card_signing.h"

#include "core/base64url.h"
#include "core/card_payload.h"
#include "seal/ed25519.h"

namespace huicai::seal {

std::vector<Command> cardSigningCommands(const State& state, const std::vector<PublicCardKey>& keys, const Signer& sign,
                                         const Actor& signer, std::string_view withdraw) {
    std::vector<Command> out;
    if (keys.empty()) return out;
    auto published = state.cardKeys; // as they will be once the commands are applied
    for (const auto& k : keys) {
        if (published.count(k.id)) continue;
        const std::string encoded = toBase64url(k.publicKey);
        out.push_back(Command{"card-key-" + k.id, signer, PublishCardKey{k.id, encoded}});
        published[k.id] = CardKey{k.id, encoded, {}, std::nullopt};
    }
    const std::string& current = keys.back().id;
    if (!withdraw.empty() && withdraw != current) {
        auto it = published.find(withdraw);
        if (it != published.end() && !it->second.withdrawnOn) {
            out.push_back(Command{"card-key-withdraw-" + std::string(withdraw), signer, WithdrawCardKey{std::string(withdraw)}});
            it->second.withdrawnOn = Date{};
        }
    }
    for (const auto& [number, card] : state.cards) {
        if (card.status != CardStatus::Valid) continue;
        if (card.seal) {
            auto key = published.find(card.seal->key);
            if (key != published.end() && !key->second.withdrawnOn) continue;
        }
        const auto holder = state.talents.find(card.holder);
        if (holder == state.talents.end()) continue;
        const std::string masked = maskName(holder->second.name);
        const std::string signature = sign(cardSealMessage(card, masked, current));
        if (signature.size() != kSignatureBytes) continue;
        out.push_back(Command{"seal-" + number + "-" + current, signer, SealCard{number, current, masked, toBase64url(signature)}});
    }
    return out;
}

namespace {

// DEMO ONLY, published on purpose: the secret key of the demo's card key "demo".
// clang-format off
constexpr unsigned char kDemoSecretKey[kSecretKeyBytes] = {
    0x11, 0x3b, 0xda, 0x51, 0x60, 0x3e, 0xa6, 0xad, 0xfc, 0x8a, 0x39, 0x02, 0x68, 0x94, 0x38, 0xdf,
    0x1d, 0x0b, 0x8f, 0xb0, 0xa3, 0x30, 0x1a, 0x52, 0x80, 0x24, 0x63, 0x8e, 0xd6, 0xd9, 0x24, 0xc5,
    0x9f, 0x9e, 0xdd, 0x4e, 0xf8, 0x3b, 0x28, 0x4f, 0xe8, 0x72, 0xf0, 0x32, 0xe7, 0xc8, 0x45, 0x82,
    0x24, 0x36, 0xe2, 0xf8, 0x51, 0xbd, 0x03, 0x29, 0xb0, 0x06, 0xee, 0xe4, 0x5e, 0xfe, 0xaf, 0x77,
};
// clang-format on

} // namespace

std::vector<Command> demoSigningCommands(const State& state) {
    const std::string secret(reinterpret_cast<const char*>(kDemoSecretKey), sizeof kDemoSecretKey);
    const std::vector<PublicCardKey> keys{{std::string(kDemoCardKeyId), publicKeyOf(secret)}};
    return cardSigningCommands(state, keys, [&](std::string_view m) { return sign(secret, m); },
                               Actor{"demo-signer", Role::SystemAdmin, ""}, {});
}

} // namespace huicai::seal
