// Helpers for the sync tests: a real server on loopback (no demo, fast password
// hashing, a fixed date) with a small world of records and one account per role,
// and a Client that logs in and speaks the sync protocol as the web app will.
#pragma once
#include "serve_support.h"

#include "core/command.h"
#include "sync/protocol.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>

namespace sync_test {

using nlohmann::json;
// Each account's password: "correct horse battery <login>".
std::string passwordOf(const std::string& login);
constexpr const char* kToday = "2025-06-02";

// Accounts (login = actor id): talents T1 (employer E1, specialist S1) and T2 (E2,
// S2, with card application CA2 under review at the Shinan county window 370202); ADM-E1, S1, S2, W-370102 (Lixia county), W-370100 (Jinan city), W-370000
// (province), W-370200 (Qingdao city), D-PS, H-EXIT, root.
void seedWorld(huicai::serve::Server& server);

// Applies one command as `actor` straight to the server (seeding); n numbers the ids.
void run(huicai::serve::Server& server, const json& actor, const std::string& name, const json& args, int& n);

// seedWorld with T1 registered (E1, specialist S1), then a record of every kind
// around T2 in Qingdao, none of which any account but root sees: CA2 escalated through Shinan (370202) and Qingdao (370200)
// and card issued by the province; T2's booking B2 (rail agency); service request R2
// (item A6, one task R2:sd_hrss with agency sd_hrss_titles); hotline request H2
// recorded at Shinan and forwarded to sd_hrss_titles; T2's problem P2; Qingdao's
// evaluation V2 of E2 and S2 (correction required); complaint K2 (A6, sd_hrss);
// Qingdao's local scheme L2 and T2's credential LC2; E2's plan for 2025 and S2's
// excellent grade S2:2025; Qingdao's liaison event EV2 (item A19).
void seedQingdaoWorld(huicai::serve::Server& server);

// seedWorld with T2's application CA2 brought up to the provincial window, where its
// seven working days start (S7.1).
void seedToProvince(huicai::serve::Server& server);

// The server database's count of audit rows and its last change sequence number.
std::pair<std::int64_t, std::int64_t> written(serve_test::Site& site);

// The server's clock stands still at the system time of the world's start and
// moves only by `advance()`, so tests move time on (delays, expiries) without
// sleeping and without a second passing under them.
struct World {
    std::unique_ptr<serve_test::Site> site = serve_test::makeSite();
    std::shared_ptr<std::atomic<std::int64_t>> clock = std::make_shared<std::atomic<std::int64_t>>(0);
    std::unique_ptr<serve_test::RunningServer> server;
    explicit World(void (*seed)(huicai::serve::Server&) = seedWorld);
    void advance(std::int64_t seconds) { *clock += seconds; }
};

struct Response {
    int status = 0;
    json body;
};

class Client {
public:
    Client(int port, std::string clientId);
    Response login(const std::string& login);
    Response login(const std::string& login, const std::string& password);
    Response post(const std::string& path, const json& body, const std::string& token);
    Response post(const std::string& path, const json& body) { return post(path, body, m_token); }
    Response rawPost(const std::string& path, const std::string& body, const std::string& contentType = "application/json");
    // Pushes commands with the next sequences of this client, each under the id the
    // server expects of it, "<client id>-<seq>" (the id a command is made with is
    // replaced).
    Response push(const std::vector<json>& commands);
    Response pull(std::int64_t cursor, int limit = 200);
    // Pulls every page from `cursor` into `records` (kind/id -> record); the new cursor.
    std::int64_t pullAll(std::int64_t cursor, std::map<std::string, json>& records, int limit = 3);

    const std::string& token() const { return m_token; }
    const std::string& clientId() const { return m_clientId; }
    json actor() const { return m_actor; }
    std::int64_t nextSeq() const { return m_seq + 1; }

private:
    int m_port;
    std::string m_clientId;
    std::string m_token;
    json m_actor;
    std::int64_t m_seq = 0;
};

// One entry of a card application's evidence (S5.1): a document for an item of its basis.
inline json evidenceDoc(const std::string& evidence, const std::string& document) {
    return json{{"evidence", evidence}, {"document", document}};
}

// A command as JSON for `actor`.
json command(const std::string& id, const json& actor, const std::string& name, const json& args);
json versions(json body);

} // namespace sync_test
