// Handlers of the card keys, the card signature and card revocation. The core holds
// no keys and checks no signature: it records the public keys and signatures the
// server made (only the system administrator may issue those commands, and the server
// refuses them from clients) and checks that a seal names a published key and the
// holder's masked name, so that the QR payload can be rebuilt from the records.
#include "core/apply_internal.h"
#include "core/base64url.h"
#include "core/card_payload.h"

namespace huicai::detail {

namespace {

bool plainKeyId(std::string_view id) {
    if (id.empty() || id.size() > 16) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

} // namespace

Status handle(Step& st, const PublishCardKey& p) {
    if (!plainKeyId(p.id)) return makeError("error.command.field", "id");
    const auto key = fromBase64url(p.publicKey);
    if (!key || key->size() != 32) return makeError("error.command.field", "public_key");
    if (auto it = st.s.cardKeys.find(p.id); it != st.s.cardKeys.end())
        return makeError("error.record.exists", "card_key/" + p.id);
    st.s.cardKeys[p.id] = CardKey{p.id, p.publicKey, st.now(), std::nullopt};
    st.touch("card_key", p.id);
    return Ok{};
}

Status handle(Step& st, const WithdrawCardKey& p) {
    auto k = lookup(st.s.cardKeys, p.id, "error.card.unknown_key");
    if (!k) return k.error();
    if ((*k)->withdrawnOn) return makeError("error.card.key_withdrawn", p.id);
    (*k)->withdrawnOn = st.now();
    st.touch("card_key", p.id);
    return Ok{};
}

Status handle(Step& st, const SealCard& p) {
    auto c = lookup(st.s.cards, p.card, "error.card.unknown_card");
    if (!c) return c.error();
    Card& card = **c;
    auto k = lookup(st.s.cardKeys, p.key, "error.card.unknown_key");
    if (!k) return k.error();
    if ((*k)->withdrawnOn) return makeError("error.card.key_withdrawn", p.key);
    const auto holder = st.s.talents.find(card.holder);
    if (holder == st.s.talents.end() || maskName(holder->second.name) != p.holder)
        return makeError("error.command.field", "holder");
    const auto signature = fromBase64url(p.signature);
    if (!signature || signature->size() != 64) return makeError("error.command.field", "signature");
    card.seal = CardSeal{p.key, p.holder, p.signature, st.now()};
    st.touch("card", card.number);
    return Ok{};
}

Status handle(Step& st, const RevokeCard& p) {
    auto c = lookup(st.s.cards, p.card, "error.card.unknown_card");
    if (!c) return c.error();
    Card& card = **c;
    // The window that issued the card, or one above it, revokes it.
    const auto app = st.s.cardApplications.find(card.application);
    const std::string issuer = app == st.s.cardApplications.end() ? std::string() : app->second.window;
    if (issuer.empty() || !st.windowCovers(issuer)) return denied("the window that issued the card: " + issuer);
    if (card.status == CardStatus::Revoked) return makeError("error.card.already_revoked", card.number);
    HUICAI_TRY(required(p.reason, "reason"));
    card.status = CardStatus::Revoked;
    st.s.revocations[card.number] = Revocation{card.number, st.now(), st.actor().scope, p.reason};
    st.touch("card", card.number);
    st.touch("revocation", card.number);
    return Ok{};
}

} // namespace huicai::detail
