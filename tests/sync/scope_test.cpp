// The scope of the records a command names, against the real server on loopback.
// 1: a window cannot bring a talent of another area into its sight, or an agency's,
// by naming them in a hotline request: the request is refused as naming an unknown
// talent, the talent's record never comes in a pull, reveal answers 404, and the
// agency it would be forwarded to sees nothing. The window of the talent's own area
// still records and forwards such a request. 9: a refusal about a record out of the
// actor's sight is the refusal for a record that does not exist: the same key, the
// id as the only detail, no state and no region.
#include "sync_support.h"

#include <catch2/catch.hpp>

using namespace sync_test;

namespace {

json pushOne(Client& c, const std::string& id, const std::string& name, const json& args) {
    auto r = c.push({command(id, c.actor(), name, args)});
    REQUIRE(r.status == 200);
    REQUIRE(r.body["results"].size() == 1);
    return r.body["results"][0];
}

std::map<std::string, json> pullEverything(Client& c) {
    std::map<std::string, json> records;
    c.pullAll(0, records, 200);
    return records;
}

int reveal(Client& c, const std::string& talent) {
    return c.post("/api/v1/reveal", versions(json{{"talent", talent}})).status;
}

} // namespace

TEST_CASE("security 1. a window cannot see a talent of another area, nor hand them to an agency, by a hotline request",
          "[sync][security][S6.2.3][S6.2.1]") {
    World w;
    Client lixia(w.server->port(), "lixia-window"), agency(w.server->port(), "exit-entry-agency"), qingdao(w.server->port(), "qingdao-window");
    REQUIRE(lixia.login("W-370102").status == 200);
    REQUIRE(agency.login("H-EXIT").status == 200);
    REQUIRE(qingdao.login("W-370200").status == 200);
    REQUIRE_FALSE(pullEverything(lixia).count("talent/T2"));
    REQUIRE(reveal(lixia, "T2") == 404);

    // T2 works for E2 in Qingdao: the Lixia county window is refused as for no such talent.
    const json refused = pushOne(lixia, "hot-1", "RecordHotlineRequest",
                                 {{"id", "H1"}, {"channel", "hotline"}, {"talent", "T2"}, {"content", "咨询子女入学"}});
    CHECK(refused["status"] == "rejected");
    CHECK(refused["error"]["key"] == "error.talent.unknown");
    CHECK(refused["error"]["detail"] == "T2");
    const json none = pushOne(lixia, "hot-2", "RecordHotlineRequest",
                              {{"id", "H1"}, {"channel", "hotline"}, {"talent", "T-none"}, {"content", "咨询子女入学"}});
    CHECK(none["error"]["key"] == refused["error"]["key"]);
    // Nothing to forward, and nothing new in sight of the window or the agency.
    CHECK(pushOne(lixia, "hot-3", "ForwardHotlineRequest", {{"hotline", "H1"}, {"agency", "sd_exit_entry"}})["error"]["key"] ==
          "error.hotline.unknown");
    const auto seen = pullEverything(lixia);
    CHECK_FALSE(seen.count("talent/T2"));
    CHECK_FALSE(seen.count("hotline/H1"));
    CHECK(reveal(lixia, "T2") == 404);
    CHECK_FALSE(pullEverything(agency).count("talent/T2"));
    CHECK(reveal(agency, "T2") == 404);

    // The Qingdao city window, over E2's region, records it and hands it to the agency.
    CHECK(pushOne(qingdao, "hot-4", "RecordHotlineRequest",
                  {{"id", "H2"}, {"channel", "hotline"}, {"talent", "T2"}, {"content", "咨询子女入学"}})["status"] == "applied");
    CHECK(pushOne(qingdao, "hot-5", "ForwardHotlineRequest", {{"hotline", "H2"}, {"agency", "sd_exit_entry"}})["status"] == "applied");
    const auto handed = pullEverything(agency);
    CHECK(handed.count("hotline/H2"));
    CHECK(handed.count("talent/T2"));
    // And Lixia still cannot forward, resolve or see it.
    CHECK(pushOne(lixia, "hot-6", "ForwardHotlineRequest", {{"hotline", "H2"}, {"agency", "sd_hrss_titles"}})["error"]["key"] ==
          "error.hotline.unknown");
    CHECK_FALSE(pullEverything(lixia).count("hotline/H2"));
}

TEST_CASE("security 9. a refusal about a record out of sight is the refusal for a record that does not exist",
          "[sync][security][S7.1][S6.2.1]") {
    World w; // CA2 under review at the Shinan county window (370202)
    const char* logins[] = {"T1", "ADM-E1", "S1", "W-370102", "W-370100", "D-PS", "H-EXIT"};
    // Commands on T2's application and on a missing one; the answers must not differ.
    const std::pair<const char*, json> commands[] = {
        {"CompleteApplication", {{"evidence", json::array({evidenceDoc("employer_nomination", "x.pdf")})}}},
        {"SubmitToWindow", json::object()},
        {"ApproveAtWindow", {{"note", ""}}},
        {"EscalateToUpperWindow", json::object()},
        {"ReturnForRevision", {{"reasons", json::array({"x"})}}},
        {"Resubmit", {{"note", ""}}},
        {"RejectApplication", {{"reasons", json::array({"x"})}}},
        {"ConfirmContract", {{"contract_date", "2025-05-01"}}},
        {"ReferToExpertPanel", json::object()},
        {"RecordExpertPanelDecision", {{"experts", json::array({"x"})}, {"approved", true}, {"opinion", "x"}}},
        {"IssueCard", json::object()},
    };
    int compared = 0;
    for (const char* login : logins) {
        Client c(w.server->port(), std::string("leak-test-") + login);
        REQUIRE(c.login(login).status == 200);
        int n = 0;
        for (const auto& [name, extra] : commands) {
            INFO(login << " " << name);
            json onCa2 = extra, onNone = extra;
            onCa2["application"] = "CA2";
            onNone["application"] = "CA-none";
            const json a = pushOne(c, std::string(login) + "-" + std::to_string(++n), name, onCa2);
            const json b = pushOne(c, std::string(login) + "-" + std::to_string(++n), name, onNone);
            REQUIRE(a["status"] == "rejected");
            REQUIRE(b["status"] == "rejected");
            CHECK(a["error"]["key"] == b["error"]["key"]);
            const std::string detail = a["error"].value("detail", ""), message = a["error"].value("message", "");
            CHECK((detail == "CA2" || a["error"]["key"] == "error.access.denied"));
            for (const char* secret : {"370202", "under_window_review", "E2", "T2"}) {
                CHECK(detail.find(secret) == std::string::npos);
                CHECK(message.find(secret) == std::string::npos);
            }
            ++compared;
        }
    }
    CHECK(compared == 7 * 11);
}
