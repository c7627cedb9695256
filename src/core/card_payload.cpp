// The e-card payload: the signed text, encoding, parsing, offline verification with
// the card keys and the revocation list, and the masked holder name.
#include "core/card_payload.h"

#include "core/base64url.h"

#include <vector>

namespace huicai {
namespace {

std::vector<std::string_view> splitBars(std::string_view s) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        std::size_t bar = s.find('|', start);
        parts.push_back(s.substr(start, bar == std::string_view::npos ? bar : bar - start));
        if (bar == std::string_view::npos) return parts;
        start = bar + 1;
    }
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

bool plainWord(std::string_view s, std::size_t maxLen) {
    if (s.empty() || s.size() > maxLen) return false;
    for (char c : s)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

} // namespace

std::string cardSealMessage(const Card& card, std::string_view maskedHolder, std::string_view keyId) {
    return std::string(kCardPayloadPrefix) + "|" + card.number + "|" + std::string(cardClassId(card.cardClass)) + "|" +
           card.validUntil.iso() + "|" + toBase64url(maskedHolder) + "|" + std::string(keyId);
}

std::string encodeCardPayload(const Card& card) {
    if (!card.seal) return {};
    return cardSealMessage(card, card.seal->holder, card.seal->key) + "|" + card.seal->signature;
}

Result<CardPayload> parseCardPayload(std::string_view text) {
    text = trimmed(text);
    const auto parts = splitBars(text);
    if (parts[0] == kUnsignedCardPayloadPrefix) return makeError("error.card_payload.unsigned", "HUICAI1");
    if (parts[0] != kCardPayloadPrefix) return makeError("error.card_payload.format", "prefix");
    if (parts.size() != 7) return makeError("error.card_payload.format", "fields");
    if (!plainWord(parts[1], 40)) return makeError("error.card_payload.format", "number");
    const auto cardClass = parseCardClass(parts[2]);
    if (!cardClass) return makeError("error.card_payload.format", "class");
    const auto until = Date::parse(parts[3]);
    if (!until || until->iso() != parts[3]) return makeError("error.card_payload.format", "valid_until");
    const auto holder = fromBase64url(parts[4]);
    if (!holder || holder->empty() || holder->size() > 256) return makeError("error.card_payload.format", "holder");
    if (!plainWord(parts[5], 16)) return makeError("error.card_payload.format", "key");
    const auto signature = fromBase64url(parts[6]);
    if (!signature || signature->size() != 64) return makeError("error.card_payload.format", "signature");
    CardPayload out{std::string(parts[1]), *cardClass, *until, *holder, std::string(parts[5]), *signature, {}};
    out.message = std::string(text.substr(0, text.size() - parts[6].size() - 1));
    return out;
}

CardVerification verifyCardPayload(const State& state, std::string_view text, Date today, const SignatureCheck& check) {
    CardVerification v;
    auto parsed = parseCardPayload(text);
    if (!parsed) {
        v.reason = parsed.error().key;
        return v;
    }
    v.number = parsed->number;
    v.cardClass = parsed->cardClass;
    v.validUntil = parsed->validUntil;
    v.maskedHolder = parsed->maskedHolder;
    v.keyId = parsed->keyId;
    const auto key = state.cardKeys.find(parsed->keyId);
    if (key == state.cardKeys.end()) {
        v.reason = "error.card_payload.unknown_key";
        return v;
    }
    const auto publicKey = fromBase64url(key->second.publicKey);
    if (!publicKey || !check || !check(*publicKey, parsed->message, parsed->signature)) {
        v.reason = "error.card_payload.tampered";
        return v;
    }
    v.signedFacts = true;
    if (key->second.withdrawnOn) {
        v.reason = "error.card_payload.key_withdrawn";
        return v;
    }
    const auto known = state.cards.find(parsed->number);
    if (state.revocations.count(parsed->number) ||
        (known != state.cards.end() && known->second.status == CardStatus::Revoked)) {
        v.reason = "error.card_payload.revoked";
        return v;
    }
    if (today > parsed->validUntil) {
        v.reason = "error.card_payload.expired";
        return v;
    }
    if (known == state.cards.end()) {
        v.verdict = CardVerdict::Valid;
        return v;
    }
    const Card& card = known->second;
    if (card.cardClass != parsed->cardClass || card.validUntil != parsed->validUntil)
        v.reason = "error.card_payload.mismatch";
    else if (today < card.issuedOn)
        v.reason = "error.card_payload.not_yet";
    else
        v.verdict = CardVerdict::ValidKnown;
    return v;
}

std::string maskName(std::string_view name) {
    std::string out;
    bool first = true;
    for (std::size_t i = 0; i < name.size();) {
        const unsigned char lead = static_cast<unsigned char>(name[i]);
        std::size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4
                                        : lead >= 0xE0   ? 3
                                        : lead >= 0xC0   ? 2
                                                         : 1;
        if (i + len > name.size()) len = name.size() - i;
        const std::string_view ch = name.substr(i, len);
        if (first) out += ch;
        else out += ch == " " ? " " : "*";
        if (ch != " ") first = false;
        i += len;
    }
    return out;
}

} // namespace huicai
