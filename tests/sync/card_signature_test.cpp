// E-card signatures against the real server on loopback (S5.1): the province's key is
// created in the data folder at the first start (0600, never in any answer), kept
// across restarts, rotated and withdrawn; a card issued by push is signed by the
// server; the holder's replica gets the signed card and builds its QR from it; a
// handling agency's replica, which cannot see the card, gets the public keys and
// verifies the QR offline; a revocation reaches it as a synced list; clients cannot
// push signatures or keys.
#include "sync_support.h"
#include "../core/shipped_reference.h"

#include "core/base64url.h"
#include "core/card_payload.h"
#include "data/command_json.h"
#include "seal/ed25519.h"
#include "store/database.h"
#include "store/replica.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace sync_test;
using namespace huicai;
namespace fs = std::filesystem;

namespace {

// A browser's replica: pulls everything visible into its own database.
struct CardReplica {
    Client client;
    store::Database db;
    CardReplica(int port, const std::string& login, const fs::path& file)
        : client(port, login + "-replica"), db(std::move(*store::Database::open(file.string()))) {
        REQUIRE(client.login(login).status == 200);
    }
    State sync(const Reference& ref) {
        bool more = true;
        while (more) {
            auto page = client.pull(store::replicaCursor(db), 50);
            REQUIRE(page.status == 200);
            auto m = store::applyPullPage(db, page.body);
            REQUIRE(m.ok());
            more = *m;
        }
        auto state = store::rebase(db, ref.at(*Date::parse(kToday)));
        REQUIRE(state.ok());
        return std::move(*state);
    }
};

unsigned modeOf(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

} // namespace

TEST_CASE("card signature on loopback: signed on issue, verified offline by an agency that cannot see the card, revoked by a synced list",
          "[S5.1][sync][security]") {
    auto site = serve_test::makeSite();
    auto options = serve_test::testOptions(site->www, site->data);
    options.today = kToday;
    serve_test::RunningServer server(options, seedToProvince);
    const Reference& ref = shippedReference();
    const auto dir = site->dir.path();

    Client province(server.port(), "W-370000-client");
    REQUIRE(province.login("W-370000").status == 200);
    auto issued = province.push({command("issue-ca2", province.actor(), "IssueCard", {{"application", "CA2"}})});
    REQUIRE(issued.status == 200);
    REQUIRE(issued.body["results"][0]["status"] == "applied");

    // The holder's replica: the card arrives signed, and its QR is built from it.
    CardReplica holder(server.port(), "T2", dir / "t2.sqlite");
    const State mine = holder.sync(ref);
    REQUIRE(mine.cards.size() == 1);
    const Card& card = mine.cards.begin()->second;
    REQUIRE(card.seal);
    CHECK(card.seal->key == "k1");
    CHECK(card.seal->holder == "李*");
    const std::string qr = encodeCardPayload(card);
    CHECK(qr.starts_with("HUICAI2|" + card.number + "|direct|"));

    // The public key in the records is the one in the data folder, whose secret
    // half is nowhere in what a client gets.
    const std::string secret = serve_test::readFile(site->data / "card-keys" / "k1.key");
    REQUIRE(secret.size() == seal::kSecretKeyBytes);
    REQUIRE(mine.cardKeys.count("k1"));
    CHECK(*fromBase64url(mine.cardKeys.at("k1").publicKey) == seal::publicKeyOf(secret));
    std::map<std::string, json> records;
    holder.client.pullAll(0, records);
    for (const auto& [key, record] : records) {
        INFO(key);
        CHECK(record.dump().find(toBase64url(secret)) == std::string::npos);
        CHECK(record.dump().find(toBase64url(secret.substr(0, 32))) == std::string::npos);
    }
    REQUIRE(records.count("card_key/k1"));
    for (auto it = records.at("card_key/k1").begin(); it != records.at("card_key/k1").end(); ++it)
        CHECK((it.key() == "id" || it.key() == "public_key" || it.key() == "since" || it.key() == "withdrawn_on"));

    // The exit-entry agency never sees the card, yet judges its QR offline.
    CardReplica agency(server.port(), "H-EXIT", dir / "exit.sqlite");
    State theirs = agency.sync(ref);
    CHECK(theirs.cards.empty());
    const Date today = *Date::parse(kToday);
    CardVerification v = verifyCardPayload(theirs, qr, today, seal::verify);
    CHECK(v.verdict == CardVerdict::Valid);
    CHECK(v.number == card.number);
    CHECK(v.maskedHolder == "李*");
    std::string altered = qr;
    altered.replace(altered.find("|direct|"), 8, "|review|");
    CHECK(verifyCardPayload(theirs, altered, today, seal::verify).reason == "error.card_payload.tampered");

    // Clients cannot record signatures or keys, whoever they are.
    Client root(server.port(), "root-client-1");
    REQUIRE(root.login("root").status == 200);
    auto forged = root.push({command("forge-1", root.actor(), "SealCard",
                                     {{"card", card.number}, {"key", "k1"}, {"holder", "李*"}, {"signature", card.seal->signature}})});
    CHECK(forged.status == 403);
    CHECK(forged.body["error"]["key"] == "error.sync.server_only");
    auto key = root.push({command("forge-2", root.actor(), "PublishCardKey",
                                  {{"id", "k9"}, {"public_key", toBase64url(std::string(32, 'x'))}})});
    CHECK(key.status == 403);

    // The province revokes the card; the agency's next sync carries the list.
    auto revoked = province.push({command("revoke-1", province.actor(), "RevokeCard", {{"card", card.number}, {"reason", "材料不实"}})});
    REQUIRE(revoked.status == 200);
    REQUIRE(revoked.body["results"][0]["status"] == "applied");
    theirs = agency.sync(ref);
    CHECK(theirs.cards.empty());
    REQUIRE(theirs.revocations.count(card.number));
    v = verifyCardPayload(theirs, qr, today, seal::verify);
    CHECK(v.verdict == CardVerdict::NotValid);
    CHECK(v.reason == "error.card_payload.revoked");
}

TEST_CASE("card keys: made at the first start with mode 0600, kept, rotated and withdrawn, a key others may read stops the server",
          "[S5.1][serve][security]") {
    auto site = serve_test::makeSite();
    auto options = serve_test::testOptions(site->www, site->data);
    options.today = kToday;
    const fs::path folder = site->data / "card-keys";
    std::string first;
    {
        auto server = serve::Server::open(options);
        REQUIRE(server.ok());
        CHECK(modeOf(folder) == 0700);
        CHECK(modeOf(folder / "k1.key") == 0600);
        first = serve_test::readFile(folder / "k1.key");
        CHECK(first.size() == seal::kSecretKeyBytes);
        (*server)->sync().withState([&](store::Database&, State& s) {
            REQUIRE(s.cardKeys.size() == 1);
            CHECK(*fromBase64url(s.cardKeys.at("k1").publicKey) == seal::publicKeyOf(first));
        });
    }
    {
        auto again = serve::Server::open(options);
        REQUIRE(again.ok());
        CHECK(serve_test::readFile(folder / "k1.key") == first);
        CHECK_FALSE(fs::exists(folder / "k2.key"));
    }
    {
        auto rotated = options;
        rotated.rotateCardKey = true;
        auto server = serve::Server::open(rotated);
        REQUIRE(server.ok());
        CHECK(modeOf(folder / "k2.key") == 0600);
        CHECK(serve_test::readFile(folder / "k1.key") == first);
        (*server)->sync().withState([&](store::Database&, State& s) {
            CHECK(s.cardKeys.size() == 2);
            CHECK_FALSE(s.cardKeys.at("k1").withdrawnOn);
        });
    }
    {
        auto current = options;
        current.withdrawCardKey = "k2";
        auto refused = serve::Server::open(current);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().key == "error.serve.card_key_current");
        auto older = options;
        older.withdrawCardKey = "k1";
        auto server = serve::Server::open(older);
        REQUIRE(server.ok());
        (*server)->sync().withState([&](store::Database&, State& s) { CHECK(s.cardKeys.at("k1").withdrawnOn); });
    }
    fs::permissions(folder / "k1.key", fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    auto exposed = serve::Server::open(options);
    REQUIRE_FALSE(exposed.ok());
    CHECK(exposed.error().key == "error.serve.card_key");
    CHECK(exposed.error().detail == (folder / "k1.key").string());
}
