// Faults: the real huicai-serve binary is killed with SIGKILL again and again while
// several clients stream pushes at it, and restarted each time on the same data
// folder and port. The clients keep their unacknowledged commands and push them
// again after each restart, as the web app's outbox does. Afterwards PRAGMA
// integrity_check is ok, every command is in the audit log exactly once (so every
// acknowledged one survived), and the clients' pulled views converge.
#include "sync_support.h"

#include "store/database.h"
#include "store/server_repo.h"
#include "store/state_repo.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <netinet/in.h>
#include <random>
#include <sys/socket.h>
#include <unistd.h>

using namespace sync_test;
using namespace std::chrono_literals;

namespace {

int freePort() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    socklen_t len = sizeof addr;
    REQUIRE(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
    close(fd);
    return ntohs(addr.sin_port);
}

// A client streaming `total` commands: it keeps an outbox and pushes what is not
// acknowledged yet, in batches, retrying through connection failures.
struct Streamer {
    std::string login, clientId;
    std::function<json(const json& actor, int n)> make;
    int total = 0;
    std::vector<std::string> acknowledged; // command ids answered "applied"
    std::atomic<int> ackCount{0};
    std::vector<std::string> all;
    std::string failure;

    void run(int port, const std::atomic<bool>& stop) {
        Client c(port, clientId);
        while (!stop && c.login(login).status != 200) std::this_thread::sleep_for(20ms);
        std::vector<std::pair<std::int64_t, json>> outbox;
        for (int n = 1; n <= total; ++n) {
            outbox.emplace_back(n, make(c.actor(), n));
            outbox.back().second["id"] = huicai::sync::pushedCommandId(clientId, n);
            all.push_back(outbox.back().second["id"].get<std::string>());
        }
        std::size_t next = 0;
        while (next < outbox.size()) {
            if (stop) return;
            json items = json::array();
            for (std::size_t i = next; i < outbox.size() && i < next + 4; ++i)
                items.push_back(json{{"seq", outbox[i].first}, {"command", outbox[i].second}});
            auto r = c.post("/api/v1/push", versions(json{{"client_id", clientId}, {"commands", items}}));
            if (r.status != 200) {
                std::this_thread::sleep_for(20ms); // the server is down or restarting
                continue;
            }
            for (const auto& res : r.body["results"]) {
                if (res["status"] != "applied") {
                    failure = res.dump();
                    return;
                }
                acknowledged.push_back(res["command_id"].get<std::string>());
                ++ackCount;
                ++next;
            }
            std::this_thread::sleep_for(40ms); // a steady stream, not one burst
        }
    }
};

} // namespace

TEST_CASE("faults: SIGKILL during a stream of pushes from several clients loses no acknowledged command", "[sync][faults]") {
    auto site = serve_test::makeSite();
    {
        auto options = serve_test::testOptions(site->www, site->data);
        options.today = kToday;
        auto server = huicai::serve::Server::open(options);
        REQUIRE(server.ok());
        seedWorld(**server);
    }
    const int port = freePort();
    auto start = [&] {
        auto child = std::make_unique<serve_test::ChildServer>(std::vector<std::string>{
            "--root", site->www.string(), "--data", site->data.string(), "--port", std::to_string(port), "--quiet",
            "--today", kToday});
        auto line = child->readLine(20s);
        REQUIRE(line);
        REQUIRE(line->find("serving") != std::string::npos);
        return child;
    };

    std::vector<Streamer> streams(3);
    auto init = [](Streamer& s, const char* login, const char* client, std::function<json(const json&, int)> make) {
        s.login = login;
        s.clientId = client;
        s.make = std::move(make);
        s.total = 90;
    };
    init(streams[0], "root", "fault-root-a", [](const json& a, int n) {
        return command("ra-" + std::to_string(n), a, "RegisterEmployer",
                       {{"id", "EA" + std::to_string(n)}, {"name", "单位甲" + std::to_string(n)}, {"region", "370102"}});
    });
    init(streams[1], "root", "fault-root-b", [](const json& a, int n) {
        return command("rb-" + std::to_string(n), a, "RegisterEmployer",
                       {{"id", "EB" + std::to_string(n)}, {"name", "单位乙" + std::to_string(n)}, {"region", "370100"}});
    });
    init(streams[2], "ADM-E1", "fault-adm-e1", [](const json& a, int n) {
        return command("sa-" + std::to_string(n), a, "RegisterSpecialist",
                       {{"id", "SX" + std::to_string(n)}, {"name", "专员" + std::to_string(n)}, {"role", "employer_specialist"}, {"org", "E1"}});
    });

    auto child = start();
    std::atomic<bool> stop{false};
    std::vector<std::thread> threads;
    for (auto& s : streams) threads.emplace_back([&s, port, &stop] { s.run(port, stop); });
    std::mt19937 rng(20250602);
    int kills = 0;
    auto acked = [&] {
        int n = 0;
        for (const auto& s : streams) n += s.ackCount;
        return n;
    };
    int killsMidStream = 0;
    for (int round = 0; round < 12 && killsMidStream < 6; ++round) {
        std::this_thread::sleep_for(std::chrono::milliseconds(80 + rng() % 200));
        const int before = acked();
        child->signal(SIGKILL);
        REQUIRE(child->waitExit(10s));
        ++kills;
        if (before > 0 && before < 270) ++killsMidStream;
        child = start();
    }
    CHECK(killsMidStream >= 3);
    // Let the clients finish on the last server.
    auto deadline = std::chrono::steady_clock::now() + 60s;
    auto finished = [&] {
        for (const auto& s : streams)
            if (s.acknowledged.size() < static_cast<std::size_t>(s.total) && s.failure.empty()) return false;
        return true;
    };
    while (std::chrono::steady_clock::now() < deadline && !finished()) std::this_thread::sleep_for(50ms);
    stop = true;
    for (auto& t : threads) t.join();
    for (const auto& s : streams) {
        INFO(s.clientId << " " << s.failure);
        CHECK(s.failure.empty());
        CHECK(s.acknowledged.size() == static_cast<std::size_t>(s.total));
    }

    // Converge: both root clients see the same records; the employer admin's view is
    // the same rows where it overlaps.
    std::map<std::string, json> va, vb, ve;
    Client a(port, "fault-root-a"), b(port, "fault-root-b"), e(port, "fault-adm-e1");
    REQUIRE(a.login("root").status == 200);
    REQUIRE(b.login("root").status == 200);
    REQUIRE(e.login("ADM-E1").status == 200);
    a.pullAll(0, va, 50);
    b.pullAll(0, vb, 7);
    e.pullAll(0, ve, 13);
    CHECK(va == vb);
    for (const auto& [key, record] : ve) {
        INFO(key);
        REQUIRE(va.count(key));
        CHECK(va[key] == record);
    }
    for (int n = 1; n <= 90; ++n) CHECK(va.count("employer/EA" + std::to_string(n)));
    child->signal(SIGTERM);
    CHECK(child->waitExit(10s) == std::optional<int>(0));

    auto db = huicai::store::Database::open((site->data / "huicai.sqlite").string());
    REQUIRE(db.ok());
    CHECK(db->integrityCheck() == "ok");
    for (const auto& s : streams)
        for (const auto& id : s.all) {
            INFO(id);
            CHECK(huicai::store::auditRowsOf(*db, id) == 1);
        }
    std::printf("faults: %d SIGKILLs (%d while the stream ran) during 270 pushed commands from %zu clients\n", kills,
                killsMidStream, streams.size());
}
