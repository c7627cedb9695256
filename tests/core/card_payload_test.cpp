// The e-card's QR payload (S5.1): the ISO 7064 MOD 97-10 check digits checked against
// the standard's own rule (the digits appended make the number ≡ 1 mod 97), parsing
// that refuses malformed or altered payloads, and the verifier's verdict against the
// card records on a fixed date. Cards are shown at handling agencies (A13-A18).
#include "core/card_payload.h"

#include <catch2/catch.hpp>

using namespace huicai;

namespace {

Date d(const char* iso) { return *Date::parse(iso); }

// The payload body as ISO 7064 sees it: every byte as three decimal digits, then
// the check digits; the whole number mod 97, computed digit by digit.
int iso7064Remainder(const std::string& body, const std::string& check) {
    std::string digits;
    for (unsigned char c : body) {
        digits += char('0' + c / 100);
        digits += char('0' + c / 10 % 10);
        digits += char('0' + c % 10);
    }
    digits += check;
    int r = 0;
    for (char c : digits) r = (r * 10 + (c - '0')) % 97;
    return r;
}

State cardState() {
    State s;
    Talent t;
    t.id = "T1";
    t.name = "张三丰";
    s.talents[t.id] = t;
    Card c;
    c.number = "SDHC-2026-000001";
    c.holder = "T1";
    c.cardClass = CardClass::DirectIssue;
    c.issuedOn = d("2026-09-30");
    c.validUntil = d("2031-09-29");
    s.cards[c.number] = c;
    Card r = c;
    r.number = "SDHC-2025-000007";
    r.cardClass = CardClass::ReviewIssue;
    r.status = CardStatus::Revoked;
    s.cards[r.number] = r;
    return s;
}

} // namespace

TEST_CASE("card payload: check digits follow ISO 7064 MOD 97-10", "[S5.1][core]") {
    // Worked by hand: "A" is 065; 06500 mod 97 = 1, so the check is 98 - 1 = 97.
    CHECK(cardPayloadCheck("A") == "97");
    CHECK(cardPayloadCheck("") == "98");
    for (const std::string body : {"A", "HUICAI1|SDHC-2026-000001|direct|2031-09-29",
                                   "HUICAI1|SDHC-2025-000007|review|2030-01-01", "x|y|z"}) {
        INFO(body);
        const std::string check = cardPayloadCheck(body);
        REQUIRE(check.size() == 2);
        CHECK(iso7064Remainder(body, check) == 1);
    }
}

TEST_CASE("card payload: the encoded form of a card", "[S5.1][core]") {
    const State s = cardState();
    const std::string p = encodeCardPayload(s.cards.at("SDHC-2026-000001"));
    const std::string body = "HUICAI1|SDHC-2026-000001|direct|2031-09-29";
    REQUIRE(p.size() == body.size() + 3);
    CHECK(p.substr(0, body.size() + 1) == body + "|");
    CHECK(iso7064Remainder(body, p.substr(body.size() + 1)) == 1);
    auto back = parseCardPayload(p);
    REQUIRE(back.ok());
    CHECK(back->number == "SDHC-2026-000001");
    CHECK(back->cardClass == CardClass::DirectIssue);
    CHECK(back->validUntil == d("2031-09-29"));
}

TEST_CASE("card payload: malformed and altered payloads are refused", "[S5.1][core]") {
    const std::string body = "HUICAI1|SDHC-2026-000001|direct|2031-09-29";
    const std::string good = body + "|" + cardPayloadCheck(body);
    auto withCheck = [](std::string b) { return b + "|" + cardPayloadCheck(b); };
    struct Case { int n; std::string text; const char* key; const char* detail; };
    const Case cases[] = {
        {1, good, "", ""},
        {2, "  " + good + "\n", "", ""},
        {3, "", "error.card_payload.format", "fields"},
        {4, body, "error.card_payload.format", "fields"},
        {5, good + "|x", "error.card_payload.format", "fields"},
        {6, withCheck("HUICAI2|SDHC-2026-000001|direct|2031-09-29"), "error.card_payload.format", "prefix"},
        {7, withCheck("HUICAI1||direct|2031-09-29"), "error.card_payload.format", "number"},
        {8, withCheck("HUICAI1|SDHC 2026|direct|2031-09-29"), "error.card_payload.format", "number"},
        {9, withCheck("HUICAI1|SDHC-2026-000001|gold|2031-09-29"), "error.card_payload.format", "class"},
        {10, withCheck("HUICAI1|SDHC-2026-000001|direct|2031-02-30"), "error.card_payload.format", "valid_until"},
        // One character changed, the check digits kept: the check catches it.
        {11, "HUICAI1|SDHC-2026-000002|direct|2031-09-29|" + good.substr(good.size() - 2), "error.card_payload.check", ""},
        {12, "HUICAI1|SDHC-2026-000001|direct|2032-09-29|" + good.substr(good.size() - 2), "error.card_payload.check", ""},
        {13, "HUICAI1|SDHC-2026-000001|review|2031-09-29|" + good.substr(good.size() - 2), "error.card_payload.check", ""},
        {14, body + "|00", "error.card_payload.check", ""},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << ": " << c.text);
        auto r = parseCardPayload(c.text);
        if (std::string(c.key).empty()) {
            CHECK(r.ok());
        } else {
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().key == c.key);
            if (std::string(c.detail).size()) CHECK(r.error().detail == c.detail);
        }
    }
}

TEST_CASE("card verification: valid, not valid and unknown against the records", "[S5.1][A16][A17][core]") {
    const State s = cardState();
    auto payload = [](const char* number, CardClass cls, const char* until) {
        Card c;
        c.number = number;
        c.cardClass = cls;
        c.validUntil = d(until);
        return encodeCardPayload(c);
    };
    const std::string good = payload("SDHC-2026-000001", CardClass::DirectIssue, "2031-09-29");
    struct Case { int n; std::string text; const char* today; CardVerdict verdict; const char* reason; const char* masked; };
    const Case cases[] = {
        {1, good, "2026-10-08", CardVerdict::Valid, "", "张**"},
        {2, good, "2026-09-30", CardVerdict::Valid, "", "张**"},      // the day of issue
        {3, good, "2031-09-29", CardVerdict::Valid, "", "张**"},      // the last day
        {4, good, "2031-09-30", CardVerdict::NotValid, "error.card_payload.expired", "张**"},
        {5, good, "2026-09-29", CardVerdict::NotValid, "error.card_payload.not_yet", "张**"},
        {6, payload("SDHC-2026-000999", CardClass::DirectIssue, "2031-09-29"), "2026-10-08", CardVerdict::Unknown, "error.card_payload.unknown", ""},
        {7, payload("SDHC-2026-000001", CardClass::EvaluationIssue, "2031-09-29"), "2026-10-08", CardVerdict::NotValid, "error.card_payload.mismatch", "张**"},
        {8, payload("SDHC-2026-000001", CardClass::DirectIssue, "2035-09-29"), "2026-10-08", CardVerdict::NotValid, "error.card_payload.mismatch", "张**"},
        {9, payload("SDHC-2025-000007", CardClass::ReviewIssue, "2031-09-29"), "2026-10-08", CardVerdict::NotValid, "error.card_payload.revoked", "张**"},
        {10, good.substr(0, good.size() - 1) + (good.back() == '0' ? "1" : "0"), "2026-10-08", CardVerdict::NotValid, "error.card_payload.check", ""},
        {11, "SDHC-2026-000001", "2026-10-08", CardVerdict::NotValid, "error.card_payload.format", ""},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << ": " << c.text);
        const CardVerification v = verifyCardPayload(s, c.text, d(c.today));
        CHECK(v.verdict == c.verdict);
        CHECK(v.reason == c.reason);
        CHECK(v.maskedHolder == c.masked);
    }
    const CardVerification v = verifyCardPayload(s, good, d("2026-10-08"));
    CHECK(v.number == "SDHC-2026-000001");
    CHECK(v.cardClass == CardClass::DirectIssue);
    CHECK(v.validUntil == d("2031-09-29"));
}

TEST_CASE("card verification: the holder's name is masked after its first character", "[S5.1][core]") {
    struct Case { int n; const char* name; const char* masked; };
    const Case cases[] = {
        {1, "张三丰", "张**"},
        {2, "䶮", "䶮"},
        {3, "𠀾𪚥", "𠀾*"},  // characters outside the BMP count once each
        {4, "Li Wei", "L* ***"},
        {5, "", ""},
        {6, "欧阳 娜娜", "欧* **"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        CHECK(maskName(c.name) == c.masked);
    }
}
