// The e-card's QR payload (S5.1) and its verification by a handling agency:
// "HUICAI1|<card number>|<class>|<valid until>|<check>" where <check> is two
// ISO 7064 MOD 97-10 check digits over everything before the last bar, so a misread
// or hand-edited payload is refused before any lookup. The verdict comes from the
// card records the verifier can see: a payload is only as good as the card it names.
#pragma once
#include "core/model.h"

#include <string>
#include <string_view>

namespace huicai {

inline constexpr std::string_view kCardPayloadPrefix = "HUICAI1";

struct CardPayload {
    std::string number;
    CardClass cardClass = CardClass::DirectIssue;
    Date validUntil;
};

// The two check digits ("00".."99") of a payload body (the part before the last '|').
std::string cardPayloadCheck(std::string_view body);
std::string encodeCardPayload(const Card& card);
// Errors: "error.card_payload.format" (detail: the part at fault),
// "error.card_payload.check" (detail: the check digits expected).
Result<CardPayload> parseCardPayload(std::string_view text);

enum class CardVerdict { Valid, NotValid, Unknown };

struct CardVerification {
    CardVerdict verdict = CardVerdict::Unknown;
    std::string reason;       // i18n key of why it is not valid or unknown; empty when valid
    std::string number;       // from the payload (empty when it could not be read)
    CardClass cardClass = CardClass::DirectIssue;
    Date validUntil;
    std::string maskedHolder; // the holder's name with all but its first character masked
};

// Reads the payload and looks its card up in `state` on `today`:
//  unreadable or bad check digits → NotValid; no such card → Unknown; class or
//  validity differing from the record → NotValid; revoked, expired or not yet
//  valid → NotValid; otherwise Valid.
CardVerification verifyCardPayload(const State& state, std::string_view text, Date today);

// "张三丰" → "张**", "Li Wei" → "L* ***": the first character, then '*' for every
// other character except spaces. Counts UTF-8 characters, not bytes.
std::string maskName(std::string_view name);

} // namespace huicai
