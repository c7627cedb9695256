// `huicai replay`: the real tool runs the shipped example scripts; their key facts
// (states, card numbers, due dates recomputed here straight from the holiday
// calendar, outcomes of the deliberately wrong commands) are checked in its JSON
// output; bad input exits 2 naming the command index and field.
#include "../core/shipped_reference.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>

using nlohmann::json;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
};

Run runTool(const std::string& args) {
    Run r;
    const std::string cmd = std::string(HUICAI_CLI) + " replay " + args + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p != nullptr);
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int status = pclose(p);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

json replayExample(const char* name) {
    const Run r = runTool(std::string(HUICAI_ASSETS_DIR) + "/examples/" + name);
    INFO(r.out.substr(0, 400));
    REQUIRE(r.exitCode == 0);
    json j = json::parse(r.out, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    return j;
}

huicai::Date date(const json& j) {
    REQUIRE(j.is_string());
    auto d = huicai::Date::parse(j.get<std::string>());
    REQUIRE(d.ok());
    return *d;
}

const huicai::WorkCalendar& calendar() { return shippedReference().calendar; }

huicai::Date addWd(huicai::Date d, int n) {
    auto r = calendar().addWorkingDays(d, n);
    REQUIRE(r.ok());
    return *r;
}

// The outcomes that were rejected: command id -> error key.
std::map<std::string, std::string> rejections(const json& report) {
    std::map<std::string, std::string> out;
    for (const auto& o : report["outcomes"])
        if (o["outcome"] == "rejected") out[o["id"].get<std::string>()] = o["error"]["key"].get<std::string>();
    return out;
}

// Dates of the history entries that entered `to`.
std::vector<huicai::Date> entered(const json& history, const char* to) {
    std::vector<huicai::Date> out;
    for (const auto& h : history)
        if (h["to"] == to && h["from"] != to) out.push_back(date(h["at"]));
    return out;
}

std::string writeTemp(const char* name, const std::string& text) {
    auto dir = std::filesystem::temp_directory_path() / "huicai-replay-tests";
    std::filesystem::create_directories(dir);
    auto p = dir / name;
    std::ofstream(p) << text;
    return p.string();
}

} // namespace

TEST_CASE("1. direct-issue example: issued within 7 working days of arrival at the province", "[cli][S7.1][S5.1.1][S7.3]") {
    const json r = replayExample("card-direct-issue.json");
    CHECK(rejections(r) == std::map<std::string, std::string>{{"c9", "error.access.denied"}});
    const json& app = r["state"]["card_application"]["CA1"];
    CHECK(app["state"] == "issued");
    CHECK(app["card"] == "SDHC-2025-000001");
    const auto arrival = date(app["arrived_at_province"]);
    const auto due = addWd(arrival, 7);
    CHECK(date(r["derived"]["card_application"]["CA1"]["due"]) == due);
    const auto issued = date(r["state"]["card"]["SDHC-2025-000001"]["issued_on"]);
    CHECK(issued <= due);
    // Escalated through the district, the city and the province windows.
    std::vector<std::string> windows;
    for (const auto& h : app["history"])
        if (windows.empty() || windows.back() != h["window"]) windows.push_back(h["window"].get<std::string>());
    CHECK(windows == std::vector<std::string>{"", "370102", "370100", "370000"});
    CHECK(r["state"]["booking"]["B1"]["state"] == "served");
}

TEST_CASE("2. review-issue example: 14 working days from contract confirmation, paused while returned", "[cli][S7.1][S5.1.2]") {
    const json r = replayExample("card-review-issue.json");
    CHECK(rejections(r) == std::map<std::string, std::string>{{"c9", "error.card.contract_unconfirmed"}});
    const json& app = r["state"]["card_application"]["CA2"];
    CHECK(app["state"] == "issued");
    const auto confirmed = date(app["contract_confirmed_on"]);
    const auto returned = entered(app["history"], "returned_for_revision");
    REQUIRE(returned.size() == 1);
    huicai::Date resubmitted;
    for (const auto& h : app["history"])
        if (h["command"] == "Resubmit") resubmitted = date(h["at"]);
    auto paused = calendar().countWorkingDays(returned[0], resubmitted);
    REQUIRE(paused.ok());
    CHECK(*paused == 3);
    const auto due = addWd(addWd(confirmed, 14), *paused);
    CHECK(date(r["derived"]["card_application"]["CA2"]["due"]) == due);
    CHECK(app["reasons"].empty()); // cleared on resubmission; kept in the history
    bool reasonKept = false;
    for (const auto& h : app["history"])
        if (h["command"] == "ReturnForRevision") reasonKept = h["reason"].get<std::string>().find("柔性引进协议") != std::string::npos;
    CHECK(reasonKept);
}

TEST_CASE("3. evaluation-issue example: issued after the expert panel, no fixed limit", "[cli][S7.1][S5.1.3]") {
    const json r = replayExample("card-evaluation-issue.json");
    CHECK(rejections(r) == std::map<std::string, std::string>{{"c1", "error.card.basis_mismatch"},
                                                              {"c8", "error.card.panel_required"}});
    const json& app = r["state"]["card_application"]["CA3"];
    CHECK(app["state"] == "issued");
    CHECK(app["panel"]["approved"] == true);
    CHECK(app["panel"]["experts"].size() == 3);
    CHECK(r["derived"]["card_application"]["CA3"]["due"].is_null());
    // A city-level employer: reviewed at Jinan, then the province.
    CHECK(entered(app["history"], "under_window_review").size() == 1);
    CHECK(app["history"][3]["window"] == "370100");
}

TEST_CASE("4. multi-department example: dispatch, one overdue with a new date, results, rating, archive", "[cli][S7.4][S6.1.1]") {
    const json r = replayExample("request-multi-department.json");
    CHECK(rejections(r) == std::map<std::string, std::string>{{"c7", "error.request.new_date"}});
    const json& req = r["state"]["request"]["R1"];
    CHECK(req["state"] == "rated");
    CHECK(req["rating"] == 5);
    CHECK(req["window"] == "370102");
    const int promised = *shippedReference().catalog.item("A2")->promisedWorkingDays;
    const json& ps = r["state"]["task"]["R1:sd_public_security"];
    const json& st = r["state"]["task"]["R1:sd_science_tech"];
    const auto received = date(st["received_on"]);
    CHECK(date(r["derived"]["task"]["R1:sd_public_security"]["due"]) == addWd(received, promised));
    // Science & technology finished after the promised date, before its stated new date.
    CHECK(date(st["clock"]["stopped_on"]) > addWd(received, promised));
    CHECK(date(r["derived"]["task"]["R1:sd_science_tech"]["due"]) == date(st["clock"]["ledger"][0]["new_date"]));
    for (const json* k : {&ps, &st}) {
        CHECK((*k)["state"] == "reported");
        CHECK((*k)["reported_to"] == json::array({"S1", "window/370102"}));
    }
    const json& archive = r["state"]["archive"]["370102:2025:Q2"];
    CHECK(archive["filed_with"] == "370100");
    CHECK(archive["archive"]["completed"] == 2);
    CHECK(archive["archive"]["on_time"] == 1);
    REQUIRE(archive["archive"]["overdue"].size() == 1);
    CHECK(archive["archive"]["overdue"][0]["department"] == "sd_science_tech");
    CHECK(archive["archive"]["items_served"]["A2"] == 1);
}

TEST_CASE("6. provisional example: a due date in a year with no holiday data is counted Monday to Friday and marked provisional", "[cli][S7.1]") {
    const json j = replayExample("card-provisional-deadline.json");
    for (const auto& o : j["outcomes"]) CHECK(o["outcome"] == "applied");
    const json& facts = j["derived"]["card_application"]["CA1"];
    CHECK(facts["state"] == "at_province");
    CHECK(facts["due"] == "2027-01-06");
    CHECK(facts["provisional"] == true);
    CHECK(facts["overdue"] == false);
    // The direct-issue example's deadline lies inside the data: no mark.
    const json firm = replayExample("card-direct-issue.json");
    CHECK_FALSE(firm["derived"]["card_application"]["CA1"].contains("provisional"));
}

TEST_CASE("7. stacking example: the card gives the schemes where the employer is, a credential alone gives its own", "[cli][S5.1][S5.2]") {
    const json r = replayExample("card-stacking.json");
    CHECK(rejections(r) == std::map<std::string, std::string>{{"g5", "error.local.out_of_region"}});
    const json& t1 = r["derived"]["entitlements"]["T1"];
    CHECK(t1["card"] == r["state"]["card"].begin().key());
    CHECK(t1["card_items"].size() == 30);
    REQUIRE(t1["local"].size() == 2);
    CHECK(t1["local"][0]["scheme"] == "JN");
    CHECK(t1["local"][0]["from"] == json::array({"card", "credential"}));
    CHECK(t1["local"][0]["credential"] == "370100-000001");
    CHECK(t1["local"][0]["services"] == json::array({"人才公寓优先租住", "年度健康体检"}));
    CHECK(t1["local"][1]["scheme"] == "LX");
    CHECK(t1["local"][1]["from"] == json::array({"card"})); // stacked: no credential of its own
    CHECK(t1["local"][1]["credential"].is_null());
    const json& t2 = r["derived"]["entitlements"]["T2"];
    CHECK(t2["card"].is_null());
    CHECK(t2["card_items"].empty());
    REQUIRE(t2["local"].size() == 1);
    CHECK(t2["local"][0]["scheme"] == "JN");
    CHECK(t2["local"][0]["from"] == json::array({"credential"}));
}

TEST_CASE("8. same-level example: the county's own department, else the nearest level above that has one", "[cli][S6.2.2][S7.4]") {
    const json r = replayExample("request-same-level.json");
    CHECK(rejections(r) == std::map<std::string, std::string>{{"r3", "error.request.unknown_task"}});
    const json& req = r["state"]["request"]["R1"];
    CHECK(req["window"] == "370102");
    CHECK(req["departments"] == json::array({"lx_public_security", "jn_science_tech"}));
    CHECK(req["state"] == "results_reported");
    const json& tasks = r["state"]["task"];
    CHECK(tasks.size() == 2);
    CHECK(tasks["R1:lx_public_security"]["agency"] == "lx_exit_entry");
    CHECK(tasks["R1:jn_science_tech"]["agency"] == ""); // handled by the bureau itself: no agency under it
    CHECK(tasks["R1:jn_science_tech"]["state"] == "reported");
}

TEST_CASE("5. bad input exits 2 naming the place, a rejected command is not bad input", "[cli][S7.1]") {
    const std::string head = R"({"commands": [{"id": "c1", "at": "2025-03-03", "actor": {"id": "root", "role": "system_admin"}, )";
    struct Case {
        int n;
        std::string text;
        int exitCode;
        const char* mentions;
    };
    const std::vector<Case> cases = {
        {1, "{\n  \"commands\": [\n    {\"id\": \"c1\",, }\n  ]\n}", 2, "line 3"},
        {2, head + R"("command": "IssueCards", "args": {}}]})", 2, "commands[0].args: IssueCards"},
        {3, head + R"("command": "RegisterEmployer", "args": {"id": "E1", "name": "x"}}]})", 2, "commands[0].args.region: missing"},
        {4, R"({"commands": [{"id": "c1", "at": "2025-02-30", "actor": {"id": "root", "role": "system_admin"}, "command": "RegisterEmployer", "args": {}}]})", 2, "commands[0].at: bad date"},
        {5, head + R"("command": "RegisterEmployer", "args": {"id": "E1", "name": "x", "region": "370102", "colour": 1}}]})", 2, "commands[0].args.colour: unknown field"},
        {6, head + R"("command": "RegisterSpecialist", "args": {"id": "S", "name": "x", "role": "wizard", "org": "E1"}}]})", 2, "commands[0].args.role"},
        {7, R"({"commands": [{"id": "c1", "at": "2025-03-03", "actor": "nobody", "command": "RegisterEmployer", "args": {}}]})", 2, "commands[0].actor: nobody"},
        {8, head + R"("command": "RegisterEmployer", "args": {"id": "E1", "name": "x", "region": "999999"}}]})", 0, "error.region.unknown"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION("case " << c.n) {
            const Run r = runTool(writeTemp(("bad" + std::to_string(c.n) + ".json").c_str(), c.text));
            INFO(r.out);
            CHECK(r.exitCode == c.exitCode);
            CHECK(r.out.find(c.mentions) != std::string::npos);
        }
    }
    const Run missing = runTool("/nonexistent/replay.json");
    CHECK(missing.exitCode == 2);
}
