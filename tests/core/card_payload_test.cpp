// The e-card's signed QR payload (S5.1): a card issued through the workflow is signed
// with the province's Ed25519 key (SealCard, made by seal/card_signing.h as the
// server does) and its QR verifies offline from the public keys alone, so a handling
// agency judges a card that is not in its replica; altered facts, a forged or
// re-signed code, the old unsigned format, an unknown or withdrawn key, a revoked or
// expired card are refused with their reason; key rotation keeps old cards valid;
// the demo's key is trusted only where the demo published it. Cards are shown at
// handling agencies (A13-A18).
#include "core/access.h"
#include "core/base64url.h"
#include "core/card_payload.h"
#include "seal/card_signing.h"
#include "seal/ed25519.h"
#include "workflow_fixture.h"

#include <sodium.h>

using namespace wf;

namespace {

// A deterministic Ed25519 key from a one-byte seed, as libsodium makes it.
std::string secretKey(unsigned char seedByte) {
    unsigned char seed[crypto_sign_SEEDBYTES];
    for (auto& b : seed) b = seedByte;
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, seed);
    return std::string(reinterpret_cast<const char*>(sk), sizeof sk);
}

const Actor kServer{"server", Role::SystemAdmin, ""};

// Applies the signing commands for `keys` (oldest first, the last one signs).
void signAll(World& w, const std::vector<std::string>& secrets, const std::vector<std::string>& ids, const char* on,
             std::string_view withdraw = {}) {
    std::vector<seal::PublicCardKey> keys;
    for (std::size_t i = 0; i < ids.size(); ++i) keys.push_back({ids[i], seal::publicKeyOf(secrets[i])});
    const std::string current = secrets.back();
    for (auto& c : seal::cardSigningCommands(
             w.state, keys, [&](std::string_view m) { return seal::sign(current, m); },
             kServer, withdraw)) {
        auto r = apply(w.state, c, w.ctx(d(on)));
        INFO(c.id << ": " << (r.ok() ? "" : r.error().key + " " + r.error().detail));
        REQUIRE(r.ok());
    }
}

// A world with one card issued to T1 (张三T1, masked 张***) on 2025-10-10 and signed with key k1.
struct Issued {
    World w;
    std::string number;
    std::string k1 = secretKey(1);
    Issued() {
        w.seed();
        w.addTalent("T1", "E1", 1);
        number = w.issueCard("T1", "E1", "S1", "CA1", "2025-10-10");
        signAll(w, {k1}, {"k1"}, "2025-10-10");
    }
    std::string payload() const { return encodeCardPayload(w.state.cards.at(number)); }
};

// What a verifier with no card records holds: the published keys and revocations.
State verifierState(const State& full) {
    State s;
    s.cardKeys = full.cardKeys;
    s.revocations = full.revocations;
    return s;
}

CardVerification check(const State& s, const std::string& text, const char* today) {
    return verifyCardPayload(s, text, d(today), seal::verify);
}

// Replaces the field `index` (0 = prefix) of a payload.
std::string withField(const std::string& payload, std::size_t index, const std::string& value) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto bar = payload.find('|', start);
        parts.push_back(payload.substr(start, bar == std::string::npos ? bar : bar - start));
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    parts.at(index) = value;
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "|" : "") + parts[i];
    return out;
}

} // namespace

TEST_CASE("card signature: an issued card's QR is signed and verifies offline, in the replica or not", "[S5.1][core][security]") {
    Issued t;
    const Card& card = t.w.state.cards.at(t.number);
    REQUIRE(card.seal);
    CHECK(card.seal->key == "k1");
    CHECK(card.seal->holder == "张***");
    const std::string p = t.payload();
    CHECK(p.starts_with("HUICAI2|SDHC-2025-000001|direct|2030-10-09|"));
    CHECK(p.size() < 160); // a small QR code (version 8 at medium correction holds 152 bytes)
    auto parsed = parseCardPayload(p);
    REQUIRE(parsed.ok());
    CHECK(parsed->maskedHolder == "张***");
    CHECK(parsed->keyId == "k1");
    CHECK(seal::verify(seal::publicKeyOf(t.k1), parsed->message, parsed->signature));

    // A verifier that never saw the card: valid on the signed facts.
    const CardVerification v = check(verifierState(t.w.state), p, "2026-03-01");
    CHECK(v.verdict == CardVerdict::Valid);
    CHECK(v.reason.empty());
    CHECK(v.signedFacts);
    CHECK(v.number == t.number);
    CHECK(v.cardClass == CardClass::DirectIssue);
    CHECK(v.validUntil == d("2030-10-09"));
    CHECK(v.maskedHolder == "张***");
    CHECK(v.keyId == "k1");
    // One that holds the card record too.
    CHECK(check(t.w.state, p, "2026-03-01").verdict == CardVerdict::ValidKnown);
    // The last day and the day after.
    CHECK(check(verifierState(t.w.state), p, "2030-10-09").verdict == CardVerdict::Valid);
    const CardVerification late = check(verifierState(t.w.state), p, "2030-10-10");
    CHECK(late.verdict == CardVerdict::NotValid);
    CHECK(late.reason == "error.card_payload.expired");
}

TEST_CASE("card signature: altered, forged and unsigned codes are refused with their reason", "[S5.1][core][security]") {
    Issued t;
    const State s = verifierState(t.w.state);
    const std::string p = t.payload();
    const std::string sig = *fromBase64url(p.substr(p.rfind('|') + 1));
    std::string flipped = sig;
    flipped[10] = static_cast<char>(flipped[10] ^ 1);
    // The same facts signed with a key that is not the province's.
    const std::string otherSecret = secretKey(9);
    Card fake = t.w.state.cards.at(t.number);
    fake.number = "SDHC-2025-000999";
    const std::string forged = cardSealMessage(fake, "张***", "k1") + "|" +
                               toBase64url(seal::sign(otherSecret, cardSealMessage(fake, "张***", "k1")));
    // An old-format code: two check digits anyone can compute.
    const std::string unsignedCode = "HUICAI1|SDHC-2025-000001|direct|2030-10-09|37";
    struct Case {
        int n;
        std::string text;
        const char* reason;
    };
    const Case cases[] = {
        {1, withField(p, 1, "SDHC-2025-000002"), "error.card_payload.tampered"},
        {2, withField(p, 2, "evaluation"), "error.card_payload.tampered"},
        {3, withField(p, 3, "2035-10-09"), "error.card_payload.tampered"},
        {4, withField(p, 4, toBase64url("李**")), "error.card_payload.tampered"},
        {5, withField(p, 6, toBase64url(flipped)), "error.card_payload.tampered"},
        {6, forged, "error.card_payload.tampered"},
        {7, withField(p, 5, "k7"), "error.card_payload.unknown_key"},
        {8, unsignedCode, "error.card_payload.unsigned"},
        {9, withField(p, 0, "HUICAI3"), "error.card_payload.format"},
        {10, withField(p, 6, toBase64url(sig.substr(0, 63))), "error.card_payload.format"},
        {11, withField(p, 6, "not*base64"), "error.card_payload.format"},
        {12, withField(p, 3, "2030-02-30"), "error.card_payload.format"},
        {13, p + "|x", "error.card_payload.format"},
        {14, "", "error.card_payload.format"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << ": " << c.text);
        const CardVerification v = check(s, c.text, "2026-03-01");
        CHECK(v.verdict == CardVerdict::NotValid);
        CHECK(v.reason == c.reason);
        CHECK_FALSE(v.signedFacts);
    }
    // Without any key (a verifier that never synchronised) nothing is valid.
    CHECK(check(State{}, p, "2026-03-01").reason == "error.card_payload.unknown_key");
    // Surrounding blanks from a scanner are ignored.
    CHECK(check(s, "  " + p + "\n", "2026-03-01").verdict == CardVerdict::Valid);
}

TEST_CASE("card signature: a revoked card is refused from the revocation list alone", "[S5.1][core][security]") {
    Issued t;
    const std::string p = t.payload();
    t.w.fails(window("370102"), RevokeCard{t.number, "材料造假"}, "2026-01-05", "error.access.denied");
    t.w.fails(window("370000"), RevokeCard{t.number, ""}, "2026-01-05", "error.command.field");
    auto revoked = t.w.ok(window("370000"), RevokeCard{t.number, "材料造假"}, "2026-01-05");
    CHECK(revoked.changed == std::vector<std::string>{"card/" + t.number, "revocation/" + t.number});
    CHECK(t.w.state.cards.at(t.number).status == CardStatus::Revoked);
    t.w.fails(window("370000"), RevokeCard{t.number, "again"}, "2026-01-06", "error.card.already_revoked");
    // A verifier without the card record, with the list: refused as revoked.
    const State s = verifierState(t.w.state);
    REQUIRE(s.cards.empty());
    const CardVerification v = check(s, p, "2026-03-01");
    CHECK(v.verdict == CardVerdict::NotValid);
    CHECK(v.reason == "error.card_payload.revoked");
    CHECK(v.signedFacts);
    CHECK(check(t.w.state, p, "2026-03-01").reason == "error.card_payload.revoked");
    // Everyone sees the list and the keys; nobody but the holder's side sees the card.
    CHECK(visible(agency("sd_exit_entry"), "revocation/" + t.number, t.w.state, t.w.ref.regions));
    CHECK(visible(window("370202"), "revocation/" + t.number, t.w.state, t.w.ref.regions));
    CHECK(visible(agency("sd_exit_entry"), "card_key/k1", t.w.state, t.w.ref.regions));
    CHECK_FALSE(visible(agency("sd_exit_entry"), "card/" + t.number, t.w.state, t.w.ref.regions));
}

TEST_CASE("card signature: after a key rotation old cards stay valid and new ones are signed with the new key", "[S5.1][core][security]") {
    Issued t;
    const std::string oldPayload = t.payload();
    const std::string k2 = secretKey(2);
    t.w.addTalent("T2", "E1", 2);
    const std::string second = t.w.issueCard("T2", "E1", "S1", "CA2", "2026-02-02");
    signAll(t.w, {t.k1, k2}, {"k1", "k2"}, "2026-02-02");
    CHECK(t.w.state.cardKeys.size() == 2);
    CHECK(t.w.state.cards.at(t.number).seal->key == "k1"); // not signed again
    REQUIRE(t.w.state.cards.at(second).seal);
    CHECK(t.w.state.cards.at(second).seal->key == "k2");
    const State s = verifierState(t.w.state);
    CHECK(check(s, oldPayload, "2026-03-01").verdict == CardVerdict::Valid);
    CHECK(check(s, encodeCardPayload(t.w.state.cards.at(second)), "2026-03-01").verdict == CardVerdict::Valid);
    // A code signed with k2 but claiming k1 fails.
    CHECK(check(s, withField(encodeCardPayload(t.w.state.cards.at(second)), 5, "k1"), "2026-03-01").reason ==
          "error.card_payload.tampered");

    // Withdrawing k1: its codes are refused, and its cards are signed again with k2.
    signAll(t.w, {t.k1, k2}, {"k1", "k2"}, "2026-03-02", "k1");
    REQUIRE(t.w.state.cardKeys.at("k1").withdrawnOn);
    const State after = verifierState(t.w.state);
    CHECK(check(after, oldPayload, "2026-03-03").reason == "error.card_payload.key_withdrawn");
    const std::string renewed = t.payload();
    CHECK(t.w.state.cards.at(t.number).seal->key == "k2");
    CHECK(check(after, renewed, "2026-03-03").verdict == CardVerdict::Valid);
}

TEST_CASE("card signature: only the system administrator records keys and signatures, and they must fit the card", "[S5.1][core][security]") {
    Issued t;
    const Card& card = t.w.state.cards.at(t.number);
    const std::string sig = card.seal->signature;
    t.w.fails(window("370000"), SealCard{t.number, "k1", "张***", sig}, "2026-01-05", "error.access.denied");
    t.w.fails(talent("T1"), PublishCardKey{"k9", toBase64url(seal::publicKeyOf(secretKey(9)))}, "2026-01-05",
              "error.access.denied");
    t.w.fails(kAdmin, SealCard{t.number, "k9", "张***", sig}, "2026-01-05", "error.card.unknown_key");
    t.w.fails(kAdmin, SealCard{t.number, "k1", "李**", sig}, "2026-01-05", "error.command.field");
    t.w.fails(kAdmin, SealCard{t.number, "k1", "张***", "abc"}, "2026-01-05", "error.command.field");
    t.w.fails(kAdmin, SealCard{"SDHC-2025-000999", "k1", "张***", sig}, "2026-01-05", "error.card.unknown_card");
    t.w.fails(kAdmin, PublishCardKey{"k1", toBase64url(seal::publicKeyOf(secretKey(9)))}, "2026-01-05", "error.record.exists");
    t.w.fails(kAdmin, PublishCardKey{"k 2", toBase64url(seal::publicKeyOf(secretKey(9)))}, "2026-01-05", "error.command.field");
    t.w.fails(kAdmin, PublishCardKey{"k2", "short"}, "2026-01-05", "error.command.field");
}

TEST_CASE("card signature: the demo's key is trusted only where the demo published it", "[S5.1][core][security]") {
    World w;
    w.seed();
    w.addTalent("T1", "E1", 1);
    const std::string number = w.issueCard("T1", "E1", "S1", "CA1", "2025-10-10");
    for (auto& c : seal::demoSigningCommands(w.state)) REQUIRE(apply(w.state, c, w.ctx(d("2025-10-10"))).ok());
    REQUIRE(w.state.cards.at(number).seal);
    CHECK(w.state.cards.at(number).seal->key == "demo");
    const std::string p = encodeCardPayload(w.state.cards.at(number));
    CHECK(check(w.state, p, "2026-03-01").verdict == CardVerdict::ValidKnown);
    // A replica of a server holds the server's keys only.
    Issued server;
    const CardVerification v = check(verifierState(server.w.state), p, "2026-03-01");
    CHECK(v.reason == "error.card_payload.unknown_key");
    // Signing again changes nothing.
    CHECK(seal::demoSigningCommands(w.state).empty());
}

TEST_CASE("card payload: base64url without padding round-trips and refuses other spellings", "[S5.1][core]") {
    for (const std::string& bytes : {std::string(), std::string("f"), std::string("fo"), std::string("foo"),
                                     std::string("张**"), std::string("\xff\xfe\x00\x01", 4)}) {
        INFO(bytes.size());
        const std::string text = toBase64url(bytes);
        CHECK(text.find('=') == std::string::npos);
        CHECK(fromBase64url(text) == bytes);
    }
    CHECK(toBase64url("foob") == "Zm9vYg");
    CHECK(toBase64url("\xfb\xff") == "-_8");
    CHECK_FALSE(fromBase64url("Zm9vYg=="));
    CHECK_FALSE(fromBase64url("Zm9vY"));  // an impossible length
    CHECK_FALSE(fromBase64url("Zm9vYh")); // leftover bits set
    CHECK_FALSE(fromBase64url("Zm+v"));
}

TEST_CASE("card verification: the holder's name is masked after its first character", "[S5.1][core]") {
    struct Case {
        int n;
        const char* name;
        const char* masked;
    };
    const Case cases[] = {
        {1, "张三丰", "张**"},
        {2, "䶮", "䶮"},
        {3, "𠀾𪚥", "𠀾*"}, // characters outside the BMP count once each
        {4, "Li Wei", "L* ***"},
        {5, "", ""},
        {6, "欧阳 娜娜", "欧* **"},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n);
        CHECK(maskName(c.name) == c.masked);
    }
}
