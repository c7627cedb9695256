// The e-card payload: encoding with check digits, parsing, verification against the
// card records, and the masked holder name shown to a verifier.
#include "core/card_payload.h"

#include <vector>

namespace huicai {
namespace {

// ISO 7064 MOD 97-10 over the payload's bytes, each read as three decimal digits.
int mod97(std::string_view body) {
    int r = 0;
    for (unsigned char c : body) r = (r * 1000 + c) % 97;
    return r;
}

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

bool plainNumber(std::string_view s) {
    if (s.empty() || s.size() > 40) return false;
    for (char c : s)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

} // namespace

std::string cardPayloadCheck(std::string_view body) {
    const int check = 98 - (mod97(body) * 100) % 97;
    return {char('0' + check / 10), char('0' + check % 10)};
}

std::string encodeCardPayload(const Card& card) {
    std::string body = std::string(kCardPayloadPrefix) + "|" + card.number + "|" +
                       std::string(cardClassId(card.cardClass)) + "|" + card.validUntil.iso();
    return body + "|" + cardPayloadCheck(body);
}

Result<CardPayload> parseCardPayload(std::string_view text) {
    text = trimmed(text);
    const auto parts = splitBars(text);
    if (parts.size() != 5) return makeError("error.card_payload.format", "fields");
    if (parts[0] != kCardPayloadPrefix) return makeError("error.card_payload.format", "prefix");
    if (!plainNumber(parts[1])) return makeError("error.card_payload.format", "number");
    const auto cardClass = parseCardClass(parts[2]);
    if (!cardClass) return makeError("error.card_payload.format", "class");
    const auto until = Date::parse(parts[3]);
    if (!until) return makeError("error.card_payload.format", "valid_until");
    const std::string_view body = text.substr(0, text.size() - parts[4].size() - 1);
    const std::string expected = cardPayloadCheck(body);
    if (parts[4] != expected) return makeError("error.card_payload.check", expected);
    return CardPayload{std::string(parts[1]), *cardClass, *until};
}

CardVerification verifyCardPayload(const State& state, std::string_view text, Date today) {
    CardVerification v;
    auto parsed = parseCardPayload(text);
    if (!parsed) {
        v.verdict = CardVerdict::NotValid;
        v.reason = parsed.error().key;
        return v;
    }
    v.number = parsed->number;
    v.cardClass = parsed->cardClass;
    v.validUntil = parsed->validUntil;
    const auto found = state.cards.find(parsed->number);
    if (found == state.cards.end()) {
        v.verdict = CardVerdict::Unknown;
        v.reason = "error.card_payload.unknown";
        return v;
    }
    const Card& card = found->second;
    if (const auto holder = state.talents.find(card.holder); holder != state.talents.end())
        v.maskedHolder = maskName(holder->second.name);
    v.verdict = CardVerdict::NotValid;
    if (card.cardClass != parsed->cardClass || card.validUntil != parsed->validUntil)
        v.reason = "error.card_payload.mismatch";
    else if (card.status == CardStatus::Revoked)
        v.reason = "error.card_payload.revoked";
    else if (today > card.validUntil)
        v.reason = "error.card_payload.expired";
    else if (today < card.issuedOn)
        v.reason = "error.card_payload.not_yet";
    else
        v.verdict = CardVerdict::Valid;
    return v;
}

std::string maskName(std::string_view name) {
    std::string out;
    bool first = true;
    for (std::size_t i = 0; i < name.size();) {
        const unsigned char lead = static_cast<unsigned char>(name[i]);
        std::size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
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
