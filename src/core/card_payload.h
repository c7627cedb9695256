// The e-card's QR payload (S5.1) and its verification by a handling agency, offline.
// A card is signed on the server when it is issued (SealCard, with the province's
// Ed25519 key; the core holds no keys), and its QR code carries the signed facts:
//   HUICAI2|<card number>|<class>|<valid until>|<masked holder>|<key id>|<signature>
// where the masked holder (UTF-8) and the 64-byte signature are base64url without
// padding, and the signature covers everything before the last bar. A verifier
// checks it with the public keys (CardKey records, visible to everyone) and the
// revocation list (Revocation records), so a correctly signed card that is not in
// its replica is still judged. The signature check itself is passed in (src/seal,
// libsodium), so the core stays free of cryptography code.
// The first format, "HUICAI1|<number>|<class>|<valid until>|<check digits>", could be
// written by anyone; it is only read to be refused as unsigned.
#pragma once
#include "core/model.h"

#include <functional>
#include <string>
#include <string_view>

namespace huicai {

inline constexpr std::string_view kCardPayloadPrefix = "HUICAI2";
inline constexpr std::string_view kUnsignedCardPayloadPrefix = "HUICAI1";

struct CardPayload {
    std::string number;
    CardClass cardClass = CardClass::DirectIssue;
    Date validUntil;
    std::string maskedHolder;
    std::string keyId;
    std::string signature; // raw bytes
    std::string message;   // the signed text: the payload before its last bar
};

// The text the province signs for `card` with this masked holder name and key.
std::string cardSealMessage(const Card& card, std::string_view maskedHolder, std::string_view keyId);
// The QR payload of a signed card; empty while the card has no seal.
std::string encodeCardPayload(const Card& card);
// Errors: "error.card_payload.unsigned" (the first, unsigned format),
// "error.card_payload.format" (detail: the part at fault).
Result<CardPayload> parseCardPayload(std::string_view text);

// Is `signature` the signature of `message` by `publicKey`? All raw bytes.
using SignatureCheck = std::function<bool(std::string_view publicKey, std::string_view message, std::string_view signature)>;

enum class CardVerdict {
    Valid,      // correctly signed, not revoked, within its validity
    ValidKnown, // the same, and the card is in the verifier's records with the same facts
    NotValid,   // refused: `reason` says why
};

struct CardVerification {
    CardVerdict verdict = CardVerdict::NotValid;
    std::string reason; // i18n key of why it is not valid; empty when valid
    std::string number; // from the payload (empty when it could not be read)
    CardClass cardClass = CardClass::DirectIssue;
    Date validUntil;
    std::string maskedHolder; // as signed
    std::string keyId;
    bool signedFacts = false; // the facts above were checked against the signature
};

// Reads the payload and judges it on `today` with the card keys, revocations and
// cards of `state`, in this order: unreadable → format; first format → unsigned;
// key not published → unknown_key; key withdrawn → key_withdrawn (the server
// re-signs that key's cards with its current key); signature wrong → tampered; revoked (revocation list or card record) → revoked;
// past its validity → expired; in the records with other facts → mismatch; in the
// records → ValidKnown; otherwise Valid.
CardVerification verifyCardPayload(const State& state, std::string_view text, Date today, const SignatureCheck& check);

// "张三丰" → "张**", "Li Wei" → "L* ***": the first character, then '*' for every
// other character except spaces. Counts UTF-8 characters, not bytes.
std::string maskName(std::string_view name);

} // namespace huicai
